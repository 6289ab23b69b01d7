import functools
from functools import lru_cache, partial, reduce, singledispatch, total_ordering, cached_property, wraps
import operator


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.__name__, sq.__wrapped__(9))


@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info().currsize)
power = partial(pow, exp=2)
print(power(5), power(base=3), power.keywords, power.func is pow)
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args, repr(partial(int, base=2))[:22])
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register(str)
def _(x):
    return f"str {x.upper()}"


print(describe(3), describe(True), describe([1, 2]), describe("hi"), describe(2.5), describe(None))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        return self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __repr__(self):
        return f"Money({self.cents})"


a, b = Money(100), Money(250)
print(a < b, a > b, a <= b, a >= b, a != b, sorted([b, a, Money(5)]))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed)


def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k)
        print(f"call {fn.__name__}{a} -> {r}")
        return r
    return inner


@logged
def add(x, y):
    """Add two numbers."""
    return x + y


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
key = functools.cmp_to_key(lambda x, y: (x % 10) - (y % 10) or x - y)
print(sorted([23, 11, 42, 31, 9, 19], key=key))


class Calc:
    def __init__(self):
        self.v = 0

    def add(self, n):
        self.v += n
        return self

    inc = functools.partialmethod(add, 1)


print(Calc().inc().inc().add(10).v)
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
