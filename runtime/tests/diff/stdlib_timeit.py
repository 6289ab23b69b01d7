# timeit: only deterministic facts (types, counts, non-negative floats, side effects).
import timeit

print(callable(timeit.default_timer), isinstance(timeit.default_timer(), float))
print(timeit.default_number, timeit.default_repeat)

t = timeit.Timer("x = sum(range(10))")
r = t.timeit(100)
print(type(r).__name__, r >= 0)
rs = t.repeat(3, 10)
print(type(rs).__name__, len(rs), all(isinstance(v, float) and v >= 0 for v in rs))

calls = []


def stmt():
    calls.append(1)


def setup():
    calls.append("s")


t = timeit.Timer(stmt, setup)
t.timeit(7)
print(calls.count(1), calls.count("s"))
calls.clear()
t.repeat(4, 3)
print(calls.count(1), calls.count("s"))

# setup names visible to stmt; globals
t = timeit.Timer("y = [a * 2 for a in data]", setup="data = list(range(5))")
print(t.timeit(5) >= 0)
counter = {"n": 0}
timeit.timeit("counter['n'] += 1", number=12, globals={"counter": counter})
print(counter["n"])
print(timeit.timeit("pass", number=0) >= 0)
res = timeit.repeat("len('abc')", repeat=2, number=5)
print(len(res), all(v >= 0 for v in res))
res = timeit.repeat(stmt, repeat=3, number=1)
print(len(res))

# multi-line statements
t = timeit.Timer("for i in range(3):\n    z = i\nw = 1", "import math\nq = math.pi")
print(t.timeit(2) >= 0)


# a fake timer gives exact, deterministic numbers
class Fake:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 0.5
        return self.now


t = timeit.Timer("pass", timer=Fake())
print(t.timeit(10), t.repeat(2, 1))

seen = []
t = timeit.Timer("pass", timer=Fake())
n, took = t.autorange(lambda number, dt: seen.append((number, dt)))
print(n, took, seen)

t = timeit.Timer(stmt)
n, took = t.autorange()
print(type(n).__name__, n >= 1, took >= 0.2)

for bad in [(1, "pass"), ("pass", 2)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    timeit.Timer("return 1")
except SyntaxError:
    print("SyntaxError return")
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sorted(timeit.__all__))
