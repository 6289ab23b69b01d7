"""An LRU cache implemented with a hand-written doubly linked list, compared against
functools.lru_cache and OrderedDict-based variants."""
from collections import OrderedDict
from functools import lru_cache


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None

    def __repr__(self):
        return f"<{self.key}={self.value}>"


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.on_evict = on_evict
        self._map = {}
        self._head = _Node("HEAD")
        self._tail = _Node("TAIL")
        self._head.next = self._tail
        self._tail.prev = self._head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self._head.next
        node.prev = self._head
        self._head.next.prev = node
        self._head.next = node

    def __getitem__(self, key):
        node = self._map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        node = _Node(key, value)
        self._map[key] = node
        self._push_front(node)
        if len(self._map) > self.capacity:
            lru = self._tail.prev
            self._unlink(lru)
            del self._map[lru.key]
            if self.on_evict:
                self.on_evict(lru.key, lru.value)

    def __delitem__(self, key):
        node = self._map.pop(key)
        self._unlink(node)

    def __contains__(self, key):
        return key in self._map

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        node = self._head.next
        while node is not self._tail:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self._tail.prev
        while node is not self._head:
            yield node.key
            node = node.prev

    def items(self):
        return [(k, self._map[k].value) for k in self]

    def __repr__(self):
        return f"LRUCache({self.capacity}, {self.items()})"

    def check(self):
        forward = list(self)
        backward = list(reversed(self))
        assert forward == backward[::-1], (forward, backward)
        assert len(forward) == len(self._map)
        return True


class OrderedLRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key, last=False)
        return value

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key, last=False)
        if len(self) > self.capacity:
            self.popitem(last=True)


evicted = []
cache = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
ocache = OrderedLRU(3)
ops = [("set", "a", 1), ("set", "b", 2), ("set", "c", 3), ("get", "a"), ("set", "d", 4),
       ("get", "b"), ("get", "c"), ("set", "a", 10), ("set", "e", 5), ("get", "d"),
       ("del", "a"), ("set", "f", 6), ("get", "zz"), ("set", "c", 33)]
for op in ops:
    kind, key = op[0], op[1]
    if kind == "set":
        cache[key] = op[2]
        ocache[key] = op[2]
        res = None
    elif kind == "get":
        res = cache.get(key, "MISS")
        try:
            ores = ocache[key]
        except KeyError:
            ores = "MISS"
        assert res == ores, (res, ores)
    else:
        del cache[key]
        del ocache[key]
        res = None
    cache.check()
    print(f"{kind:3} {key:2} -> {str(res):5} order={list(cache)} ordered={list(ocache)}")
print("evicted:", evicted)
print("hits/misses:", cache.hits, cache.misses)
print(repr(cache), len(cache), "c" in cache, "a" in cache)
print(list(reversed(cache)), cache.items())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
try:
    del cache["nope"]
except KeyError as e:
    print("KeyError:", e)


calls = []


@lru_cache(maxsize=4)
def expensive(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 3]:
    expensive(n)
print(calls)
info = expensive.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
expensive.cache_clear()
print(expensive.cache_info())


@lru_cache(maxsize=None)
def ways(n, coins=(25, 10, 5, 1)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print([ways(n) for n in (0, 1, 5, 10, 25, 50, 100)], ways.cache_info().currsize > 100)


@lru_cache(maxsize=8, typed=True)
def typed_fn(x):
    return type(x).__name__


print(typed_fn(1), typed_fn(1.0), typed_fn(True), typed_fn.cache_info().currsize)
try:
    expensive([1])
except TypeError as e:
    print("TypeError:", e)

big = LRUCache(100)
for i in range(1000):
    big[i % 137] = i
    if i % 3 == 0:
        big.get((i * 7) % 137)
big.check()
print(len(big), list(big)[:5], list(reversed(big))[:5], big.hits, big.misses)
