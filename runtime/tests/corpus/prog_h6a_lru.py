# An LRU cache built on a hand-written doubly linked list, plus a memoizing decorator using it.
class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map.get(key)
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
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self.tail.prev
        while node is not self.head:
            yield node.key
            node = node.prev

    def items(self):
        return [(k, self.map[k].value) for k in self]

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"

cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache[k] = v
print(cache, len(cache))
print(cache["a"], cache.get("zz", "none"))
cache["d"] = 4
print(cache, "b" in cache, list(reversed(cache)))
cache["c"] = 30
del cache["a"]
print(cache, cache.items())
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    del cache["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)
print(cache.hits, cache.misses, cache.evictions)

def memoize(capacity):
    def decorate(fn):
        store = LRUCache(capacity)
        def wrapper(*args):
            try:
                return store[args]
            except KeyError:
                result = fn(*args)
                store[args] = result
                return result
        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorate

@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memoize(2)
def slow_square(x):
    slow_square.calls = getattr(slow_square, "calls", 0) + 1
    return x * x

print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache), fib.__name__, fib.__wrapped__.__name__)
for x in [1, 2, 1, 3, 1, 2, 2]:
    slow_square(x)
print(slow_square.calls, slow_square.cache, slow_square.cache.evictions)
paths = LRUCache(4)
for p in "/a /b /a/c /d /b /e /a".split():
    paths[p] = paths.get(p, 0) + 1
print(paths, list(paths), dict(paths.items()))
