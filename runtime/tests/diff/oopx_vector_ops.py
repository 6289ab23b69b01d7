"""Vector and Money classes with full operator overloading."""
import functools
import math
import operator
from fractions import Fraction


class Vector:
    __slots__ = ("_xs",)
    __match_args__ = ("x", "y")

    def __init__(self, *xs):
        self._xs = tuple(float(x) for x in xs)

    x = property(lambda self: self._xs[0])
    y = property(lambda self: self._xs[1])

    def __repr__(self):
        return f"Vector({', '.join(format(x, 'g') for x in self._xs)})"

    def __len__(self):
        return len(self._xs)

    def __iter__(self):
        return iter(self._xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._xs[i])
        return self._xs[i]

    def _coerce(self, other):
        if isinstance(other, Vector):
            if len(other) != len(self):
                raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
            return other._xs
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vector(*map(operator.add, self._xs, o))

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vector(*map(operator.sub, self._xs, o))

    def __mul__(self, k):
        if isinstance(k, (int, float, Fraction)):
            return Vector(*(x * k for x in self._xs))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return sum(a * b for a, b in zip(self._xs, o))

    def __truediv__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(x / k for x in self._xs))
        return NotImplemented

    def __neg__(self):
        return Vector(*(-x for x in self._xs))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(*self._xs)

    def __bool__(self):
        return any(self._xs)

    def __eq__(self, other):
        if isinstance(other, Vector):
            return self._xs == other._xs
        return NotImplemented

    def __hash__(self):
        return hash(self._xs)

    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1] or "g"
            return f"<{format(abs(self), inner)}, {format(math.atan2(self.y, self.x), inner)}>"
        return "(" + ", ".join(format(x, spec) for x in self._xs) + ")"


@functools.total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, _, cur = text.partition(" ")
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        cents = abs(int(whole)) * 100 + int((frac + "00")[:2])
        return cls(sign * cents, cur or "EUR")

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch {self.currency}/{other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        return self.__add__(other)

    def __iadd__(self, other):
        if not self._check(other):
            return NotImplemented
        self.cents += other.cents
        return self

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k, self.currency)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __floordiv__(self, n):
        if isinstance(n, int):
            return Money(self.cents // n, self.currency)
        if isinstance(n, Money) and self._check(n):
            return self.cents // n.cents
        return NotImplemented

    def __divmod__(self, n):
        q = Money(self.cents // n, self.currency)
        r = Money(self.cents % n, self.currency)
        return q, r

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0

    def __index__(self):
        return self.cents

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self.cents / 100, spec) + " " + self.currency


def main():
    v, w = Vector(3, 4), Vector(1, -2)
    print(v + w, v - w, v * 2, 2 * v, v @ w, v / 2, -v, +v is v, abs(v))
    print(bool(Vector(0, 0)), bool(v), len(v), list(v), v[1], v[::-1], v[:1])
    print(f"{v:.2f}", f"{v:p}", f"{v:.3fp}", format(w, "+g"))
    print(v * Fraction(1, 2), v == Vector(3, 4), v != w, hash(v) == hash(Vector(3.0, 4.0)))
    match v:
        case Vector(x, y) if x < y:
            print("match", x, y)
    acc = v
    acc += w
    acc *= 3
    print(acc, v)
    for expr in ["v + 1", "1 - v", "v @ 3", "v / w", "v < w", "Vector(1,2,3) + v", "v ** 2", "~v"]:
        try:
            print(expr, "=", eval(expr))
        except (TypeError, ValueError) as e:
            print(expr, "->", type(e).__name__, e)

    a = Money.parse("12.50")
    b = Money.parse("0.75")
    c = Money.parse("-3.5 USD")
    print(a, b, c, repr(c))
    print(a + b, a * 3, 3 * a, a // 4, a // b, divmod(a, 3))
    print(sum([a, b, b]), sorted([a, b, Money(100)]))
    print(a > b, a >= b, b <= a, a < b, a == Money(1250), a != b, a == "x")
    t = a
    t += b
    print(t is a, a)
    print(bool(Money(0)), bool(b), hex(b), bin(Money(5)), operator.index(b), [10, 20, 30, 40][Money(2)])
    print(f"{b}", f"{b:.3f}", f"{a:>10.1f}|", "{:,.2f}".format(Money(123456789)))
    print(range(10)[Money(3)], "abcdef"[Money(1):Money(4)])
    for expr in ["a + c", "a < c", "a < 5", "a * 1.5", "a + 'x'", "a - b", "1.5 * a"]:
        try:
            print(expr, "=", eval(expr))
        except (TypeError, ValueError) as e:
            print(expr, "->", type(e).__name__, e)
    print(functools.total_ordering.__name__, Money.__le__.__name__, Money.__gt__.__qualname__)
    try:
        Vector(1).z = 3
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        v.x = 3
    except AttributeError as e:
        print("AttributeError:", e)


main()
