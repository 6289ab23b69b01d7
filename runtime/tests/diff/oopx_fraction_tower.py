"""A Rational number type plugged into the numbers tower, plus functools/reprlib/types helpers."""
import abc
import functools
import math
import numbers
import operator
import reprlib
import types
from fractions import Fraction


@functools.total_ordering
class Q(numbers.Rational):
    __slots__ = ("_n", "_d")

    def __new__(cls, n=0, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Q({n}, 0)")
        if isinstance(n, Q):
            n, d = n._n, n._d * d
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self = object.__new__(cls)
        self._n, self._d = n // g, d // g
        return self

    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)

    def __repr__(self):
        return f"Q({self._n}, {self._d})"

    def __str__(self):
        return str(self._n) if self._d == 1 else f"{self._n}/{self._d}"

    def _op(fwd):
        def forward(a, b):
            if isinstance(b, (int, Q)):
                b = Q(b) if isinstance(b, int) else b
                return fwd(a, b)
            if isinstance(b, float):
                return fwd(float(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return fwd(Q(a), b)
            if isinstance(a, float):
                return fwd(a, float(b))
            return NotImplemented
        forward.__name__ = f"__{fwd.__name__}__"
        reverse.__name__ = f"__r{fwd.__name__}__"
        return forward, reverse

    def add(a, b):
        if isinstance(a, float):
            return a + b
        return Q(a._n * b._d + b._n * a._d, a._d * b._d)

    def mul(a, b):
        if isinstance(a, float):
            return a * b
        return Q(a._n * b._n, a._d * b._d)

    def truediv(a, b):
        if isinstance(a, float):
            return a / b
        return Q(a._n * b._d, a._d * b._n)

    __add__, __radd__ = _op(add)
    __mul__, __rmul__ = _op(mul)
    __truediv__, __rtruediv__ = _op(truediv)
    del add, mul, truediv, _op

    def __neg__(self):
        return Q(-self._n, self._d)

    def __pos__(self):
        return self

    def __abs__(self):
        return Q(abs(self._n), self._d)

    def __sub__(self, o):
        return self + -o

    def __rsub__(self, o):
        return -self + o

    def __pow__(self, e):
        if isinstance(e, int):
            return Q(self._n ** e, self._d ** e) if e >= 0 else Q(self._d ** -e, self._n ** -e)
        return float(self) ** e

    def __rpow__(self, b):
        return b ** float(self)

    def __floordiv__(self, o):
        return math.floor(self / o)

    def __rfloordiv__(self, o):
        return math.floor(o / self)

    def __mod__(self, o):
        return self - o * (self // o)

    def __rmod__(self, o):
        return o - self * (o // self)

    def __trunc__(self):
        return int(self._n / self._d) if abs(self._n) < 2 ** 52 else -(-self._n // self._d)

    __int__ = __trunc__

    def __floor__(self):
        return self._n // self._d

    def __ceil__(self):
        return -(-self._n // self._d)

    def __round__(self, nd=None):
        return round(Fraction(self._n, self._d), nd)

    def __eq__(self, o):
        if isinstance(o, numbers.Rational):
            return self._n == o.numerator and self._d == o.denominator
        if isinstance(o, float):
            return float(self) == o
        return NotImplemented

    def __lt__(self, o):
        if isinstance(o, numbers.Rational):
            return self._n * o.denominator < o.numerator * self._d
        if isinstance(o, float):
            return float(self) < o
        return NotImplemented

    def __le__(self, o):
        lt = self.__lt__(o)
        return lt if lt is NotImplemented else lt or self == o

    def __hash__(self):
        return hash(Fraction(self._n, self._d))

    def __format__(self, spec):
        if spec.endswith("%"):
            return format(float(self), spec)
        return format(str(self), spec)


abc.update_abstractmethods(Q)


class Matrix2:
    def __init__(self, a, b, c, d):
        self.rows = ((a, b), (c, d))

    def __matmul__(self, o):
        (a, b), (c, d) = self.rows
        (e, f), (g, h) = o.rows
        return Matrix2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)

    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self

    def det(self):
        (a, b), (c, d) = self.rows
        return a * d - b * c

    def __repr__(self):
        return "Matrix2(" + "; ".join(" ".join(str(x) for x in r) for r in self.rows) + ")"


class Tree:
    def __init__(self, label):
        self.label = label
        self.kids = []

    @reprlib.recursive_repr(fillvalue="<...>")
    def __repr__(self):
        return f"Tree({self.label}, {self.kids})"

    def _walk(self, order):
        return [self.label] if order == "pre" else [k.label for k in self.kids]

    pre = functools.partialmethod(_walk, "pre")
    children = functools.partialmethod(_walk, "children")


def main():
    a, b = Q(1, 3), Q(-2, 4)
    print(a, b, repr(b), a + b, a - b, a * b, a / b, -a, abs(b), a ** 2, b ** -3, Q(6, -4))
    print(a + 1, 1 + a, 2 - a, a * 3, 3 / a, a + 0.5, 0.5 * a, 2 ** Q(1, 2) == math.sqrt(2))
    print(a < b, a > b, a >= Q(2, 6), a <= b, a == Q(2, 6), a == Fraction(1, 3), Fraction(1, 3) == a, a != 0.333)
    print(sorted([Q(1, 2), Q(-1), Q(1, 3), Q(5, 4)]), max(Q(1, 2), Q(2, 3)), min([a, b], key=abs))
    print(int(Q(7, 2)), int(Q(-7, 2)), math.floor(Q(-7, 2)), math.ceil(Q(-7, 2)), round(Q(7, 2)), round(Q(5, 2)), round(Q(22, 7), 2))
    print(Q(7, 2) // 1, Q(7, 2) % 1, 7 // Q(2), 7 % Q(2, 3), divmod(Q(7, 2), 1))
    print(float(a), complex(a), bool(Q(0)), bool(a), hash(Q(1, 2)) == hash(0.5), hash(Q(4, 2)) == hash(2), {Q(1, 2): "h"}[0.5])
    print(f"{a:>8}|{a:.1%}|{b!s}|{b!r}", format(Q(3), "^5"))
    print(isinstance(a, numbers.Number), isinstance(a, numbers.Real), isinstance(a, numbers.Integral), a.real, a.imag, a.conjugate())
    print(Fraction(a), a - Fraction(1, 3), Fraction(1, 2) < a, Fraction(2, 6) == a, Fraction(a, Q(2)), math.isclose(a, 1 / 3), sum([Q(1, 2), Q(1, 3), Q(1, 6)]))
    try:
        Q(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        a + "x"
    except TypeError as e:
        print("TypeError:", e)
    try:
        a < "x"
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.numerator = 5
    except AttributeError as e:
        print("AttributeError:", e)
    print(Q.__add__.__name__, Q.__radd__.__name__, Q.__gt__.__name__, "add" in Q.__dict__)

    m = Matrix2(1, 1, 1, 0)
    acc = Matrix2(1, 0, 0, 1)
    for _ in range(10):
        acc @= m
    print(acc, acc.det(), Matrix2(Q(1, 2), 0, 0, Q(2)) @ Matrix2(2, 0, 0, Q(1, 2)))

    root = Tree("root")
    child = Tree("kid")
    root.kids.append(child)
    child.kids.append(root)
    print(repr(root))
    print(root.pre(), root.children(), type(Tree.__dict__["pre"]).__name__)
    tr = Tree("solo")
    tr.shout = types.MethodType(lambda self, s: f"{self.label}:{s.upper()}", tr)
    print(tr.shout("hi"), tr.shout.__self__ is tr)
    ns = types.SimpleNamespace(x=1, y=Q(1, 2))
    ns.z = [ns.x]
    print(ns, ns == types.SimpleNamespace(x=1, y=Q(1, 2), z=[1]), sorted(vars(ns)))
    mp = types.MappingProxyType({"k": 1})
    try:
        mp["k"] = 2
    except TypeError as e:
        print("TypeError:", e)
    print(mp, mp | {"j": 2}, type(mp | {"j": 2}).__name__, mp.get("k"), list(mp.items()))
    caller = operator.methodcaller("pre")
    print(caller(root), caller, operator.attrgetter("label", "kids")(child)[0], operator.itemgetter(slice(1, None))("abc"))


main()
