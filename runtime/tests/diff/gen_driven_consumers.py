# Generators consumed by list(), tuple(), sorted(), set() and set.update(): the values,
# the order of side effects, errors midway, and what the generator sees of itself.
import sys


def squares(n, log):
    for i in range(n):
        log.append(i)
        yield i * i


log = []
print(list(squares(6, log)), log)
print(tuple(x + 1 for x in range(5)))
print(sorted(-x for x in range(7)))
print(sorted(set(i % 4 for i in range(20))))
print(sorted(frozenset(str(i % 3) for i in range(9))))
print(set(x for x in ()), list(x for x in ()))


class Loud:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("  hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        o = getattr(other, "v", other)
        print("  eq", self.v, o)
        return self.v == o

    def __repr__(self):
        return "Loud(%r)" % self.v


def mixed():
    for v in [1, "a", 2.5, Loud(1), 1, Loud(1), "a", 2.5, 3]:
        print(" yield", v)
        yield v


s = set(mixed())
print(sorted(map(repr, s)))

# A generator that fails midway: set.update keeps what it added before the error.
def failing():
    yield 1
    yield 2
    raise ValueError("midway")


s = {0}
try:
    s.update(failing())
except ValueError as e:
    print("update failed:", e, sorted(s))
try:
    list(failing())
except ValueError as e:
    print("list failed:", e)


# Unhashable value in the middle: the generator stays suspended after that yield.
def with_unhashable():
    yield 1
    yield [2]
    yield 3


g = with_unhashable()
try:
    set(g)
except TypeError as e:
    print("set failed:", e)
print("rest:", list(g))


# What the generator sees while a native consumer drives it.
def introspect():
    f = sys._getframe()
    print(" running:", gen.gi_running, "caller:", f.f_back.f_code.co_name)
    yield 1
    print(" running:", gen.gi_running)
    yield 2


def consume():
    return list(gen)


gen = introspect()
print(consume(), gen.gi_running, gen.gi_frame)

# try/finally and yield from inside a driven generator.
def inner():
    try:
        yield "a"
        yield "b"
    finally:
        print(" inner finally")
    return "ret"


def outer():
    r = yield from inner()
    yield r
    try:
        yield "c"
    finally:
        print(" outer finally")


print(list(outer()))
print(set(outer()) == {"a", "b", "ret", "c"})

# A partly consumed generator, then driven to the end; then exhausted.
g = (i * 10 for i in range(5))
print(next(g), next(g), list(g), list(g), set(g))

# Nested generator expressions and a generator driven from inside another's body.
print(list(sum(1 for _ in range(i)) for i in range(5)))
print(list(set(j % 3 for j in range(i)) for i in range(5)))


# Exceptions being handled stay separate between the consumer and the generator.
def sees_exc():
    yield sys.exc_info()[0]
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise IndexError("outside")
except IndexError:
    print([t.__name__ if t else None for t in list(sees_exc())])
    print(sys.exc_info()[0].__name__)
print([t.__name__ if t else None for t in list(sees_exc())])

# Values of many kinds, in order, with duplicates removed by the set.
vals = [0, -1, -2, 2**61 - 1, -(2**61 - 1), 2**62, "", "x", 0.5, -0.0, 0.0, float("inf"), True, 1, 1.0]
print(list(v for v in vals))
print(len(set(v for v in vals)), sorted(set(v for v in vals if not isinstance(v, str)), key=repr))
print(hash(2**61 - 1), hash(-(2**61 - 1)), hash(2**62), hash(-1), hash(-2**63), hash(2**63 - 1))

# sum() over generators: small ints, then past 64 bits, bools, floats, a start value,
# an object with __add__, and an error midway.
print(sum(i for i in range(1000)), sum(x for x in ()), sum((x for x in ()), 5))
print(sum(2**62 for _ in range(8)), sum(v for v in [2**63 - 1, 1, -5]))
print(sum(b for b in [True, True, 3]), sum(f for f in [1, 0.5, 2]), sum((i for i in range(4)), 0.25))
print(sum((i for i in range(3)), -2**70), sum(x for x in [-2**63, -1, 2**64]))


class Acc:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        print("  radd", other)
        return other + self.n

    def __add__(self, other):
        print("  add", other)
        return Acc(self.n + other)


print(sum(x for x in [1, 2, Acc(10), 3, 4]))
print(sum((x for x in [1, 2]), Acc(100)).n)


def sum_fails():
    yield 1
    yield 2
    raise OSError("gone")


try:
    sum(sum_fails())
except OSError as e:
    print("sum failed:", e)
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("sum failed:", e)
