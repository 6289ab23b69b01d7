"""A thread-safe memoizing cache where concurrent callers for one key share one computation."""
import threading
import time
from collections import Counter


class SingleFlightCache:
    def __init__(self, loader):
        self._loader = loader
        self._lock = threading.Lock()
        self._values = {}
        self._inflight = {}   # key -> (Event, [result, error])
        self.loads = Counter()
        self.hits = 0
        self.shared = 0

    def get(self, key):
        with self._lock:
            if key in self._values:
                self.hits += 1
                return self._values[key]
            entry = self._inflight.get(key)
            leader = entry is None
            if leader:
                entry = (threading.Event(), [None, None])
                self._inflight[key] = entry
            else:
                self.shared += 1
        event, slot = entry
        if leader:
            try:
                slot[0] = self._loader(key)
                self.loads[key] += 1
            except Exception as e:
                slot[1] = e
            with self._lock:
                if slot[1] is None:
                    self._values[key] = slot[0]
                del self._inflight[key]
            event.set()
        else:
            event.wait()
        if slot[1] is not None:
            raise slot[1]
        return slot[0]

    def invalidate(self, key):
        with self._lock:
            self._values.pop(key, None)


USERS = {1: "ada", 2: "grace", 3: "linus", 4: "guido"}


def load_user(uid):
    time.sleep(0.01)  # simulated slow database call
    if uid not in USERS:
        raise KeyError(f"no user {uid}")
    return {"id": uid, "name": USERS[uid], "len": len(USERS[uid])}


cache = SingleFlightCache(load_user)
barrier = threading.Barrier(8)
answers = []
ans_lock = threading.Lock()


def request(rid, uid):
    barrier.wait()  # everyone asks at the same moment
    try:
        user = cache.get(uid)
        res = (rid, uid, user["name"])
    except KeyError as e:
        res = (rid, uid, f"error {e}")
    with ans_lock:
        answers.append(res)


uids = [1, 2, 1, 1, 3, 2, 9, 9]
threads = [threading.Thread(target=request, args=(i, u)) for i, u in enumerate(uids)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for a in sorted(answers):
    print(a)
print("loads:", sorted(cache.loads.items()))
print("callers that did not load:", cache.shared + cache.hits >= 3)
print("in flight left:", cache._inflight)

# Second wave: cached values are hits, failed key is retried
answers.clear()
hits_before = cache.hits
barrier = threading.Barrier(4)
threads = [threading.Thread(target=request, args=(i, u)) for i, u in enumerate([1, 2, 3, 4])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(answers))
print("new hits:", cache.hits - hits_before, "loads:", sum(cache.loads.values()))
cache.invalidate(1)
print(cache.get(1), cache.loads[1])

# memoize decorator built on the cache, used from several threads
def memoize(fn):
    c = SingleFlightCache(fn)
    def wrapper(arg):
        return c.get(arg)
    wrapper.cache = c
    return wrapper


@memoize
def slow_fib(n):
    time.sleep(0.001)
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


outs = {}
def fib_worker(n):
    outs[n] = slow_fib(n)

fts = [threading.Thread(target=fib_worker, args=(n,)) for n in (15, 20, 18, 20)]
for t in fts:
    t.start()
for t in fts:
    t.join()
print(sorted(outs.items()))
print("fib loads all once:", set(slow_fib.cache.loads.values()) == {1}, len(slow_fib.cache.loads))
