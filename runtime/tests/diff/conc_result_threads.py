"""A ResultThread that captures return values and exceptions, used for a small
parallel build: targets with dependencies run level by level."""
import threading
import _thread
import functools
import time


class ResultThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.value = None
        self.error = None

    def run(self):
        try:
            if self._target is not None:
                self.value = self._target(*self._args, **self._kwargs)
        except Exception as exc:
            self.error = exc
        finally:
            del self._target, self._args, self._kwargs

    def result(self):
        self.join()
        if self.error is not None:
            raise self.error
        return self.value


GRAPH = {
    "app": ["lib", "assets"],
    "lib": ["core", "utils"],
    "assets": ["images"],
    "core": [],
    "utils": ["core"],
    "images": [],
    "docs": ["app"],
    "tests": ["lib", "broken"],
    "broken": [],
}


def levels(graph):
    remaining = dict(graph)
    done = set()
    out = []
    while remaining:
        ready = sorted(n for n, deps in remaining.items() if set(deps) <= done)
        if not ready:
            raise ValueError("cycle among " + ", ".join(sorted(remaining)))
        out.append(ready)
        done.update(ready)
        for n in ready:
            del remaining[n]
    return out


build_lock = threading.Lock()
artifacts = {}


@functools.lru_cache(maxsize=None)
def checksum(name):
    return sum(ord(c) * (i + 1) for i, c in enumerate(name)) % 9973


def build(name, deps):
    if name == "broken":
        raise OSError(f"compiler crashed on {name}")
    missing = [d for d in deps if d not in artifacts]
    if missing:
        raise LookupError(f"{name}: missing {missing}")
    art = f"{name}.o[{checksum(name)}]" + "".join(f"+{d}" for d in deps)
    with build_lock:
        artifacts[name] = art
    return art


plan = levels(GRAPH)
print("levels:", plan)
failed = {}
for level in plan:
    workers = [ResultThread(target=build, args=(n, GRAPH[n]), name=f"build-{n}")
               for n in level]
    for w in workers:
        w.start()
    for w in workers:
        try:
            w.result()
        except Exception as e:
            failed[w.name] = f"{type(e).__name__}: {e}"
for name in sorted(artifacts):
    print(f"{name:7s} -> {artifacts[name]}")
print("failed:", sorted(failed.items()))
print("cache:", checksum.cache_info())
try:
    levels({"a": ["b"], "b": ["a"], "c": []})
except ValueError as e:
    print("ValueError:", e)

# target with kwargs and a bad args value
t = ResultThread(target=lambda a, b=2, *, c: a * b + c, args=(3,), kwargs={"c": 1})
t.start()
print("kwargs result:", t.result())
bad = ResultThread(target=max, args=([],))
bad.start()
try:
    bad.result()
except ValueError as e:
    print("ValueError from thread:", e)

# _thread low-level API
lock = _thread.allocate_lock()
box = []
def low(x, y=0):
    with lock:
        box.append(x + y)
ident = _thread.start_new_thread(low, (1,), {"y": 41})
for _ in range(200):
    if box:
        break
    time.sleep(0.01)
print("low-level result:", box, isinstance(ident, int))
print("lock type:", type(lock).__name__, lock.locked(), isinstance(lock, _thread.LockType))
try:
    _thread.start_new_thread(low, [1])
except TypeError as e:
    print("TypeError:", e)
print("error alias:", _thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print("TIMEOUT_MAX positive:", threading.TIMEOUT_MAX > 1e6)
print("stack_size:", threading.stack_size())
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
