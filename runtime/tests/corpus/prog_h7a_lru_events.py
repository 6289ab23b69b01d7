# An LRU cache built on OrderedDict plus a small event bus.
from collections import OrderedDict, defaultdict, deque
import functools


class LRU:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.cap = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
        self.evicted = []

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.cap:
            old, _ = self.data.popitem(last=False)
            self.evicted.append(old)

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


c = LRU(3)
for k in "abcabdaeb":
    if c.get(k) is None:
        c.put(k, k.upper() * 2)
print(c, c.evicted)
try:
    LRU(0)
except ValueError as e:
    print(e)


class Bus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.log = deque(maxlen=5)

    def on(self, event, prio=0):
        def deco(fn):
            self.handlers[event].append((prio, fn.__name__, fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return deco

    def emit(self, event, *args, **kw):
        results = []
        for prio, name, fn in self.handlers.get(event, []):
            try:
                r = fn(*args, **kw)
            except Exception as e:
                r = f"{type(e).__name__}: {e}"
            self.log.append((event, name))
            results.append(r)
            if r == "stop":
                break
        return results


bus = Bus()


@bus.on("save", prio=5)
def validate(doc):
    if not doc.get("title"):
        return "stop"
    return "valid"


@bus.on("save")
def store(doc):
    return f"stored {doc['title']}"


@bus.on("save", prio=1)
def audit(doc, user="anon"):
    return f"audit by {user}"


@bus.on("delete")
def remove(doc):
    return doc["missing"]


print(bus.emit("save", {"title": "hello"}))
print(bus.emit("save", {"title": ""}))
print(bus.emit("save", {"title": "x"}, user="root") if False else bus.emit("delete", {}))
print(bus.emit("unknown"))
print(list(bus.log), bus.log.maxlen)


@functools.lru_cache(maxsize=4)
def slow_square(n):
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6]:
    slow_square(n)
info = slow_square.cache_info()
print(info, info.hits, info.misses, info._asdict())


@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
q = deque(range(10), maxlen=4)
print(q, q.maxlen)
q.rotate(1)
print(q, list(reversed(q)), q * 2 if False else q + deque([99]))
dq = deque([1, 2, 3])
dq.insert(1, 9)
dq.remove(2)
print(dq, dq.copy(), 9 in dq, dq == deque([1, 9, 3]), dq < deque([2]))
try:
    full = deque([1], maxlen=1)
    full.insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
