"""functools in a small pricing / caching service."""
import functools
from functools import lru_cache, partial, reduce, total_ordering, wraps, singledispatch, cached_property, cache
import operator


calls = []


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@lru_cache(maxsize=4)
def fib(n):
    """Fibonacci, memoized."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
for n in [1, 2, 3, 1, 5, 6, 7, 1, 2]:
    fib(n)
print(fib.cache_info(), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)


@lru_cache(maxsize=None)
def slow_square(x):
    calls.append(("sq", x))
    return x * x


print([slow_square(i % 3) for i in range(7)], slow_square.cache_info())
print(slow_square(2.0), slow_square.cache_info().hits)


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(20), ways.cache_info().currsize > 0)


@logged
def tax(amount, rate=0.2, *, round_to=2):
    """Compute tax."""
    return round(amount * rate, round_to)


print(tax(100), tax(59.99, 0.07), tax.__name__, tax.__doc__, tax.__wrapped__.__name__)
vat = partial(tax, rate=0.25)
print(vat(80), vat.func.__name__, vat.args, vat.keywords, vat(80, round_to=0))
p2 = partial(partial(pow, 2), 10)
print(p2(), p2.args, repr(partial(int, base=2))[:30])
print(calls)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 7), 1))
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(max, [3, 9, 2], 0), reduce(operator.concat, ["ab", "cd", "ef"]))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "2.0", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.99"), Version("3") > Version("2.9"))
try:
    Version("1") < 3
except TypeError as e:
    print(type(e).__name__, e)
print(Version("1.0") == "1.0", Version("1.0") != Version("1.0"))


@singledispatch
def describe(obj):
    return f"object:{type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int:{obj:+d}"


@describe.register(float)
def _(obj):
    return f"float:{obj:.2f}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "seq[" + ",".join(describe(x) for x in obj) + "]"


print(describe(5), describe(2.5), describe("s"), describe([1, 2.0, (3,)]), describe(True))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)

    @functools.cached_property
    def summary(self):
        return f"{len(self.rows)} rows, total {self.total}"


r = Report([3, 4, 5])
print(r.total, r.total, r.computed, r.summary, "total" in vars(r))
del r.total
r.rows.append(10)
print(r.total, r.computed, r.summary)
print(Report.total.__class__.__name__, Report.total.attrname)


class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}!"

    hello = functools.partialmethod(greet, "Hello")


print(Greeter().hello("Ada"))
key = functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))
print(sorted(["ccc", "a", "bb", "aa", "b"], key=key))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(sorted(set(calls) - {"tax"}, key=str))
