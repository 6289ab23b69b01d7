# Caching layers: a hand-written LRU cache (OrderedDict), a TTL cache with a
# fake clock, a memoizing decorator with stats, functools.lru_cache/cache,
# cached_property, and weak-value caches of interned objects.
import functools
import weakref
from collections import OrderedDict
from typing import Callable, Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data: "OrderedDict[K, V]" = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key: K, value: V) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            self.on_evict(old)

    def on_evict(self, key):
        pass

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"{type(self).__name__}({self.capacity}, {{{items}}})"


class LoggingLRU(LRUCache):
    def __init__(self, capacity, log):
        super().__init__(capacity)
        self.log = log

    def on_evict(self, key):
        self.log.append(f"evict {key!r}")
        super().on_evict(key)


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t

    def advance(self, dt):
        self.t += dt


class TTLCache:
    def __init__(self, ttl, clock):
        self.ttl, self.clock, self.store = ttl, clock, {}

    def __setitem__(self, key, value):
        self.store[key] = (self.clock() + self.ttl, value)

    def __getitem__(self, key):
        expires, value = self.store[key]
        if self.clock() >= expires:
            del self.store[key]
            raise KeyError(key)
        return value

    def purge(self):
        now = self.clock()
        dead = [k for k, (exp, _) in self.store.items() if exp <= now]
        for k in dead:
            del self.store[k]
        return sorted(dead)


def memoize(maxsize=2):
    def deco(fn: Callable):
        cache = LRUCache(maxsize)
        sentinel = object()

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            hit = cache.get(key, sentinel)
            if hit is not sentinel:
                return hit
            result = fn(*args, **kwargs)
            cache.put(key, result)
            return result

        wrapper.cache = cache
        wrapper.stats = lambda: (cache.hits, cache.misses, cache.evictions)
        return wrapper
    return deco


calls = []


@memoize(maxsize=3)
def slow_square(x, *, offset=0):
    """Square x and add an offset."""
    calls.append(x)
    return x * x + offset


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=4, typed=True)
def kind(x):
    calls.append(("kind", x))
    return type(x).__name__


@functools.cache
def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    return sum(partitions(n - i, i) for i in range(1, min(n, k) + 1))


class Dataset:
    loads = 0

    def __init__(self, values):
        self.values = list(values)

    @functools.cached_property
    def stats(self):
        Dataset.loads += 1
        n = len(self.values)
        mean = sum(self.values) / n
        var = sum((v - mean) ** 2 for v in self.values) / n
        return {"n": n, "mean": mean, "var": round(var, 4)}


class Symbol:
    _table = weakref.WeakValueDictionary()
    __slots__ = ("name", "__weakref__")

    def __new__(cls, name):
        sym = cls._table.get(name)
        if sym is None:
            sym = super().__new__(cls)
            sym.name = name
            cls._table[name] = sym
        return sym

    def __repr__(self):
        return f"'{self.name}"


log = []
lru = LoggingLRU(3, log)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    lru.put(k, v)
print(lru.get("a"), lru.get("zz", -1))
lru.put("d", 4)
lru.put("b", 20)
lru.put("e", 5)
print(lru, len(lru), "a" in lru, "c" in lru)
print(lru.hits, lru.misses, lru.evictions, log)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

clock = FakeClock()
ttl = TTLCache(10, clock)
ttl["x"] = 1
clock.advance(4)
ttl["y"] = 2
clock.advance(7)
for key in "xy":
    try:
        print(key, ttl[key])
    except KeyError as e:
        print("expired", e)
clock.advance(5)
ttl["z"] = 3
print(ttl.purge(), sorted(ttl.store))

print([slow_square(n) for n in [2, 3, 2, 4, 5, 2, 3]], slow_square(3, offset=1))
print(calls, slow_square.stats(), slow_square.__name__, slow_square.__doc__)
print(slow_square.__wrapped__(9), len(slow_square.cache))

print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info().misses)
calls.clear()
print([kind(v) for v in [1, 1.0, 1, True, "1", 2, 3]], calls)
print(kind.cache_info())
print([partitions(n) for n in range(1, 16)], partitions.cache_info().currsize > 0)

ds = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(ds.stats, ds.stats["mean"], Dataset.loads)
ds.values.append(100)
print(ds.stats["n"], Dataset.loads)
del ds.stats
print(ds.stats["n"], Dataset.loads, "stats" in vars(ds))

a, b = Symbol("alpha"), Symbol("alpha")
c = Symbol("beta")
print(a is b, a, c, sorted(Symbol._table.keys()))
del a, b
print(sorted(Symbol._table.keys()))
del c
print(len(Symbol._table))
r = weakref.ref(Symbol("gamma"))
print(r() is None)
keep = Symbol("delta")
r2 = weakref.ref(keep)
print(r2() is keep, r2().name)
