import functools
from functools import lru_cache, partial, reduce, wraps, total_ordering, singledispatch, cached_property, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=3)
def sq(x):
    return x * x

for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(sq.cache_info())
print(sq.cache_parameters())

@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways.cache_info().currsize)

@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(3), square.func.__name__, square.args, square.keywords)
p2 = partial(partial(power, 2), exp=10)
print(p2(), p2.args, p2.keywords)
print(repr(partial(max, 1, key=abs)).replace(" at 0x", "@").split("@")[0])

print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def trace(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return wrapper

@trace
def add(a, b):
    "Add two things."
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"))

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)

@describe.register(str)
def _(x):
    return f"str {x.upper()}"

print(describe(5), describe("hi"), describe([1, "a", 2.5]), describe(True), sep=" | ")
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.area, c.area, c.computed, "area" in vars(c))
del c.area
print(c.area, c.computed)

print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

class Calc:
    def __init__(self):
        self.total = 0
    def _op(self, f, x):
        self.total = f(self.total, x)
        return self
    add = functools.partialmethod(_op, lambda a, b: a + b)
    mul = functools.partialmethod(_op, lambda a, b: a * b)
print(Calc().add(3).mul(4).add(1).total)
