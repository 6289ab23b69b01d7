"""Operator overloading: Vector, Matrix and Money classes used in a small ledger."""
import math
from decimal import Decimal, ROUND_HALF_UP
from numbers import Number


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        self._c = tuple(float(x) for x in components)

    def __repr__(self):
        return f"Vector({', '.join(repr(c) for c in self._c)})"

    def __str__(self):
        return "(" + ", ".join(f"{c:g}" for c in self._c) + ")"

    def __len__(self):
        return len(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __iter__(self):
        return iter(self._c)

    def __contains__(self, x):
        return x in self._c

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-c for c in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, Number):
            return Vector(*(c * k for c in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __truediv__(self, k):
        return Vector(*(c / k for c in self))

    def __abs__(self):
        return math.hypot(*self._c)

    def __bool__(self):
        return any(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __format__(self, spec):
        if spec.endswith("p"):
            r, theta = abs(self), math.atan2(self[1], self[0])
            return f"<{format(r, spec[:-1])}, {format(theta, spec[:-1])}>"
        return "(" + ", ".join(format(c, spec) for c in self._c) + ")"


v, w = Vector(3, 4), Vector(1, -2)
print(repr(v), str(w), v + w, v - w, -v, v * 2, 3 * w, v * w, v @ w, v / 2, abs(v))
print(len(v), v[0], v[-1], v[:1], list(v), 4.0 in v, 5 in v, bool(v), bool(Vector(0, 0)))
print(f"{v:.2f}", f"{v:.3p}", format(w, "+.1e"), f"{v!r}", f"{v!s}")
print(sorted([v, w, Vector(0, 1)]), max([v, w]), v == Vector(3.0, 4.0), v != w, {v, Vector(3, 4)} == {v})
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
acc = Vector(0, 0)
acc += v
acc *= 2
print(acc, acc is not v, sum([v, w], Vector(0, 0)))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        return "\n".join(" ".join(f"{x:7.2f}" for x in row) for row in self.rows)

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = float(value)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(row, other)) for row in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        return Matrix([[x * k for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def det(self):
        (a, b), (c, d) = self.rows
        return a * d - b * c


m = Matrix([[1, 2], [3, 4]])
print(m)
print(repr(m @ m), m ** 3 == m @ m @ m, m @ v, (2 * m)[1, 1], m.transpose().rows, m.det())
m[0, 0] = 5
print(m[0, 0], m.shape, m == Matrix([[5, 2], [3, 4]]), Matrix.identity(3).rows[1])
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
print(Matrix.identity(2) ** 0 == Matrix.identity(2), Matrix([[0, 1], [1, 1]]) ** 10)


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} != {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, n):
        share = (self.amount / n).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        parts = [share] * n
        rest = self.amount - share * n
        i = 0
        while rest > 0:
            parts[i] += Decimal("0.01")
            rest -= Decimal("0.01")
            i += 1
        return [Money(p, self.currency) for p in parts]

    def __eq__(self, other):
        if isinstance(other, (int, float)) and other == 0:
            return self.amount == 0
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self):
        return self.amount != 0

    def __repr__(self):
        return f"Money({str(self.amount)!r}, {self.currency!r})"

    def __format__(self, spec):
        sym = {"EUR": "€", "USD": "$"}.get(self.currency, self.currency + " ")
        body = format(self.amount, spec or ",.2f")
        return f"{sym}{body}"


items = [Money("19.99"), Money(5), Money("0.015"), Money(1234.5)]
print(items, sum(items), sum(items, Money(0)), f"{sum(items)}", f"{Money(-1234567.891):>14,.2f}")
print(Money(10) / 3, Money("0.05") / 2, Money(100) * 0.175, 3 * Money("1.10"))
print(sorted(items), max(items), bool(Money(0)), Money(0) == 0, Money(1) == Money("1.00"), len({Money(1), Money("1.0")}))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      Decimal("10") / Decimal("3"), Decimal("2") ** 10, Decimal("-0.5").to_integral_value(), Decimal("1.50").normalize())
