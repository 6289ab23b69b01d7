"""Vector / money arithmetic with reflected and in-place operators."""
import functools
import operator


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        print("    (rmul called)")
        return self.__mul__(k)

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None


class MVec(Vec):
    __slots__ = ()

    def __iadd__(self, other):
        if isinstance(other, Vec):
            self.x += other.x
            self.y += other.y
            return self
        return NotImplemented

    def __radd__(self, other):
        print("    (MVec.__radd__)")
        return Vec.__add__(self, other)

    def __rsub__(self, other):
        print("    (MVec.__rsub__)")
        return Vec(other.x - self.x, other.y - self.y)


@functools.total_ordering
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents, self.cur = cents, cur

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.cur != self.cur:
            raise ValueError(f"currency mismatch {self.cur}/{other.cur}")
        return True

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.cur)

    __radd__ = __add__

    def __truediv__(self, n):
        q, r = divmod(self.cents, n)
        return [Money(q + (1 if i < r else 0), self.cur) for i in range(n)]

    def __format__(self, spec):
        amount = f"{self.cents / 100:{spec or '.2f'}}"
        return f"{amount} {self.cur}"

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"


def trial(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "-> err:", type(e).__name__, e)


a, b = Vec(1, 2), Vec(3, 4)
trial("a+b", lambda: a + b)
trial("a+1", lambda: a + 1)
trial("1+a", lambda: 1 + a)
trial("2*a", lambda: 2 * a)
trial("a*b", lambda: a * b)
trial("a@b", lambda: a @ b)
trial("a-1", lambda: a - 1)
trial("1-a", lambda: 1 - a)
trial("a*'s'", lambda: a * "s")
trial("'s'*a", lambda: "s" * a)
trial("a+None", lambda: a + None)
trial("-a abs", lambda: (-a, abs(b)))
trial("bool", lambda: (bool(Vec(0, 0)), bool(a)))
trial("eq", lambda: (a == Vec(1, 2), a != Vec(1, 2), a == 5, a != "x"))
trial("hash", lambda: hash(a))
trial("set", lambda: {a})
m = MVec(1, 1)
alias = m
m += a
trial("iadd", lambda: (m, alias is m, type(m).__name__))
m2 = MVec(5, 5)
trial("vec+mvec", lambda: a + m2)
trial("vec-mvec", lambda: a - m2)
v = Vec(1, 1)
v2 = v
v += a
trial("v+= rebinds", lambda: (v, v2, v is v2))
trial("m+=3", lambda: operator.iadd(MVec(1, 1), 3))
trial("m+='x'", lambda: operator.iadd(MVec(1, 1), "x"))
trial("sum", lambda: sum([a, b, Vec(1, 1)], Vec(0, 0)))
trial("pow", lambda: a ** 2)
trial("lt", lambda: a < b)

x, y = Money(250), Money(199)
trial("cmp", lambda: (x > y, x >= y, x <= y, x < y, x == Money(250)))
trial("sorted", lambda: sorted([x, y, Money(5)]))
trial("max", lambda: max(x, y))
trial("sum money", lambda: sum([x, y, Money(1)]))
trial("split", lambda: x / 3)
trial("fmt", lambda: f"{x} | {y:8.3f} | {Money(5)!r}")
trial("format()", lambda: format(Money(12345), ",.1f"))
trial("mismatch", lambda: x < Money(1, "USD"))
trial("le other", lambda: x <= 3)
trial("ge other", lambda: x >= "a")
trial("dict", lambda: {x: 1, Money(250): 2, y: 3})
trial("in set", lambda: Money(199) in {x, y})
trial("ops", lambda: sorted(k for k in dir(Money) if k in ("__le__", "__gt__", "__ge__", "__lt__")))
trial("opfunc", lambda: [f(x, y) for f in (operator.lt, operator.le, operator.gt, operator.ge)])
