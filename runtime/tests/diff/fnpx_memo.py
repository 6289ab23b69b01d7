import functools
from functools import lru_cache, cache, cached_property


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info().misses, fib.cache_info().hits)
print(fib.cache_parameters())
print(fib.__name__, fib.__wrapped__.__name__, type(fib.cache_info()).__name__)


@lru_cache(maxsize=3)
def slow_square(x):
    calls.append(x)
    return x * x

calls = []
for v in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    slow_square(v)
print(calls)
info = slow_square.cache_info()
print(info, info.hits + info.misses, info._asdict())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())


@lru_cache
def untyped(x):
    return repr(x)

print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
print(untyped.cache_parameters())


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(16, 16), grid_paths.cache_info())

# keyword args produce distinct keys
@lru_cache(maxsize=None)
def combo(a, b=0):
    return a + b

combo(1, 2); combo(1, b=2); combo(a=1, b=2); combo(b=2, a=1)
print(combo.cache_info())

# unhashable args
try:
    combo([1], 2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)

# lru_cache on methods
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def det(self):
        print("  computing det")
        (a, b), (c, d) = self.rows
        return a * d - b * c

    @functools.lru_cache(maxsize=16)
    def scaled(self, k):
        return [[k * x for x in row] for row in self.rows]

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def __eq__(self, other):
        return self.rows == other.rows

m = Matrix([[3, 4], [1, 2]])
print(m.det)
print(m.det)
print("det" in vars(m))
del m.det
print(m.det)
m.__dict__["det"] = 99
print(m.det)
print(m.scaled(2), Matrix.scaled.cache_info())
print(m.scaled(2) is m.scaled(2), Matrix.scaled.cache_info())
print(type(Matrix.__dict__["det"]).__name__, Matrix.det.attrname)

class Bad:
    __slots__ = ("x",)
    @cached_property
    def val(self):
        return 1
try:
    Bad().val
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)

# memoised recursion on strings: edit distance
@lru_cache(maxsize=None)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(x, y, edit(x, y))
print(edit.cache_info().currsize > 0)

# maxsize=0
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
neg = lru_cache(maxsize=-5)(lambda x: x)
neg(1); neg(1)
print(neg.cache_info(), neg.cache_parameters())
