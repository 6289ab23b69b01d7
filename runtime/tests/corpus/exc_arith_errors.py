# ZeroDivisionError, OverflowError and RecursionError caught and printed.
import sys, math
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1.0 // 0,
    lambda: 1.0 % 0, lambda: divmod(1.0, 0.0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -2),
    lambda: 1j / 0, lambda: (10 ** 400) / 0, lambda: 5 % 0.0, lambda: math.fmod(1, 0),
    lambda: math.pow(2.0, 5000), lambda: math.exp(800), lambda: float(10 ** 400), lambda: int(float("inf")),
    lambda: 10 ** 400 / 3, lambda: 10 ** 400 * 1.0, lambda: math.factorial(10 ** 20) if False else round(1e308 * 10),
    lambda: (1.5).__truediv__(0), lambda: 1e308 * 10, lambda: math.ldexp(1, 5000), lambda: [1] * (10 ** 30),
    lambda: "x" * (10 ** 20), lambda: range(10 ** 30)[10 ** 29], lambda: len(range(10 ** 30)),
]
for i, c in enumerate(cases):
    try:
        print(i, "ok", c())
    except (ZeroDivisionError, OverflowError, ValueError, MemoryError) as e:
        print(i, type(e).__name__ + ":", e)
def recurse(n):
    return recurse(n + 1) + 1
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Deep().a
except RecursionError as e:
    print("RecursionError via __getattr__")
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("RecursionError (mutual):", e)
print("recursion limit unchanged:", sys.getrecursionlimit())
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(900))
sys.setrecursionlimit(200)
try:
    depth_ok(500)
except RecursionError:
    print("lower limit hit")
sys.setrecursionlimit(1000)
print(depth_ok(500))
print(issubclass(RecursionError, RuntimeError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
try:
    import_result = 1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
