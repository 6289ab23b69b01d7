"""Interval arithmetic with outward rounding via math.nextafter, used to bound roots."""
import math
from dataclasses import dataclass, field
from typing import Iterator

INF = math.inf


def down(x):
    return math.nextafter(x, -INF)


def up(x):
    return math.nextafter(x, INF)


@dataclass(frozen=True, order=True)
class Interval:
    lo: float
    hi: float = field(default=None)

    def __post_init__(self):
        if self.hi is None:
            object.__setattr__(self, "hi", self.lo)
        if math.isnan(self.lo) or math.isnan(self.hi):
            raise ValueError("interval bounds may not be NaN")
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @classmethod
    def around(cls, x):
        return cls(down(x), up(x))

    def __add__(self, o):
        o = _iv(o)
        return Interval(down(self.lo + o.lo), up(self.hi + o.hi))

    __radd__ = __add__

    def __neg__(self):
        return Interval(-self.hi, -self.lo)

    def __sub__(self, o):
        return self + (-_iv(o))

    def __rsub__(self, o):
        return _iv(o) - self

    def __mul__(self, o):
        o = _iv(o)
        products = [a * b for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        products = [0.0 if math.isnan(p) else p for p in products]
        return Interval(down(min(products)), up(max(products)))

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = _iv(o)
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError(f"divisor {o} contains zero")
        return self * Interval(down(1 / o.hi), up(1 / o.lo))

    def __rtruediv__(self, o):
        return _iv(o) / self

    def __pow__(self, n):
        if n % 2 == 0 and self.lo < 0 < self.hi:
            return Interval(0.0, up(max(self.lo ** n, self.hi ** n)))
        a, b = sorted((self.lo ** n, self.hi ** n))
        return Interval(down(a), up(b))

    def __contains__(self, x):
        return self.lo <= x <= self.hi

    @property
    def width(self):
        return self.hi - self.lo

    @property
    def mid(self):
        return self.lo + (self.hi - self.lo) / 2

    def split(self):
        m = self.mid
        return Interval(self.lo, m), Interval(m, self.hi)

    def sqrt(self):
        if self.lo < 0:
            raise ValueError("sqrt of interval with negative part")
        return Interval(down(math.sqrt(self.lo)), up(math.sqrt(self.hi)))

    def __str__(self):
        return f"[{self.lo:.10g}, {self.hi:.10g}]"


def _iv(x):
    if isinstance(x, Interval):
        return x
    if isinstance(x, (int, float)):
        return Interval(float(x))
    raise TypeError(f"cannot use {type(x).__name__} as an interval")


def f(x):
    return x ** 3 - 2 * x - 5


def bisect_roots(fn, box: Interval, tol=1e-9) -> Iterator[Interval]:
    stack = [box]
    while stack:
        iv = stack.pop()
        y = fn(iv)
        if 0 not in y:
            continue
        if iv.width < tol:
            yield iv
            continue
        left, right = iv.split()
        stack.append(right)
        stack.append(left)


x = Interval(1.0, 2.0)
y = Interval(-0.5, 3.0)
print("x =", x, "y =", y, "repr:", repr(Interval(1.5)))
print("x + y =", x + y, "| x - y =", x - y, "| x * y =", x * y, "| x / x =", x / x)
print("y ** 2 =", y ** 2, "| y ** 3 =", y ** 3, "| x ** 2 =", x ** 2, "| x.sqrt() =", x.sqrt())
print("1 + x =", 1 + x, "| 3 - x =", 3 - x, "| 2 * y =", 2 * y, "| 1 / x =", 1 / x)
print("contains:", 1.5 in x, 3 in x, 0 in y, "| width:", x.width, "| mid:", y.mid)
print("ordering:", Interval(1, 2) < Interval(1, 3), sorted([y, x, Interval(0)]) [0], max(x, y))
print("hash equal:", hash(Interval(1.0, 2.0)) == hash(x), x == Interval(1, 2), {x, Interval(1.0, 2.0)} == {x})
tenth = Interval.around(0.1)
total = sum([tenth] * 10, Interval(0.0))
print("ten tenths:", total, "contains 1:", 1 in total, "width:", f"{total.width:.3e}")
print("float sum:", sum([0.1] * 10), "exact?", sum([0.1] * 10) == 1)
print("nextafter steps:", down(1.0), up(1.0), up(0.0), down(-0.0), up(INF), down(-INF))
print("ulp around 1:", up(1.0) - 1.0 == math.ulp(1.0), 1.0 - down(1.0) == math.ulp(1.0) / 2)

for bad in [lambda: x / y, lambda: Interval(2, 1), lambda: Interval(math.nan), lambda: y.sqrt(), lambda: x + "s"]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    x.lo = 5
except AttributeError as e:
    print("frozen:", type(e).__name__, e)

print("roots of x^3 - 2x - 5 in [-10, 10]:")
roots = list(bisect_roots(f, Interval(-10.0, 10.0)))
for r in roots[:3]:
    print("  ", r, f"width={r.width:.2e}", f"mid={r.mid!r}")
print("  count:", len(roots), "distinct:", len({round(r.mid, 6) for r in roots}))
print("roots of (x-1)(x-2)(x-3):")
g = lambda t: (t - 1) * (t - 2) * (t - 3)
found = sorted({round(r.mid, 6) for r in bisect_roots(g, Interval(0.0, 4.0), 1e-7)})
print("  ", found)

print("dependency problem:")
for w in [1.0, 0.1, 0.01]:
    box = Interval(2.0 - w, 2.0 + w)
    naive = box * box - 4 * box + 4
    better = (box - 2) ** 2
    print(f"  w={w:<5} naive={naive!s:<32} factored={better}")

print("range of sin-like polynomial on [0, 1] by subdivision:")
p = lambda t: t - t ** 3 / 6 + t ** 5 / 120
for n in [1, 4, 16, 64]:
    pieces = [Interval(i / n, (i + 1) / n) for i in range(n)]
    images = [p(iv) for iv in pieces]
    lo = min(im.lo for im in images)
    hi = max(im.hi for im in images)
    print(f"  n={n:3d}: [{lo:.8f}, {hi:.8f}] true max {p(1.0):.8f}")
