# Special methods and __init__ called from native code (binary operators, class calls),
# in each shape of parameter list, and builtin types called through `type.__call__`.


class V:
    def __init__(self, x, y=10, *, z=100):
        self.t = (x, y, z)

    def __add__(self, o, extra=1):
        return V(self.t[0] + o.t[0] + extra)

    def __sub__(self, *rest):
        return ("sub", len(rest))

    def __mul__(self, o):
        yield self.t[0]
        yield o

    def __truediv__(self, o, /, scale=2):
        return self.t[0] * scale / o

    def __repr__(self):
        return f"V{self.t}"


a, b = V(1), V(2, 3)
print(a, b, V(4, z=5))
print(a + b)
print(a - b)
print(list(a * 7))
print(a / 4)


class Bad:
    def __init__(self):
        return 3


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Deep:
    def __eq__(self, o):
        return self == o


try:
    Deep() == Deep()
except RecursionError as e:
    print("RecursionError:", e)


class Many:
    def __init__(self, a, b, c, d, e):
        self.s = a + b + c + d + e


print(Many(1, 2, 3, 4, 5).s)
try:
    Many(1, 2)
except TypeError as e:
    print("TypeError:", e)

for r in [range(0, 10, 3), range(10, 0, -3), range(-5, 5), range(5, -5), range(7, 7),
          range(-2**62, 2**62, 2**61), range(2**62, -2**62, -3), range(0, -1, -1)]:
    print(r, len(r), list(r[:4]), r[-1] if r else None)
print(int("12", base=3), int("  7 "), str(b"ab", "ascii"), float("1.5"), tuple("ab"))
print(complex(1, 2), bool([]), bytes(3), frozenset("aa"), type(3), slice(1, 5, 2))
for bad in [lambda: range(), lambda: range(1, 2, 0), lambda: int("x"),
            lambda: range(1, 2, 3, 4), lambda: int(base=3), lambda: str(1, 2, 3, 4)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
