"""Vectors and matrices with full operator overloading."""
import math
import numbers


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], numbers.Number):
            components = tuple(components[0])
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._c))})"

    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self._c) + ">"

    def __eq__(self, other):
        if isinstance(other, Vector):
            return self._c == other._c
        return NotImplemented

    def __hash__(self):
        return hash(self._c)

    def _zip(self, other):
        if not isinstance(other, Vector):
            return None
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} != {len(other)}")
        return zip(self._c, other._c)

    def __add__(self, other):
        z = self._zip(other)
        if z is None:
            return NotImplemented
        return Vector(a + b for a, b in z)

    def __sub__(self, other):
        z = self._zip(other)
        if z is None:
            return NotImplemented
        return Vector(a - b for a, b in z)

    def __mul__(self, k):
        if isinstance(k, numbers.Real):
            return Vector(c * k for c in self._c)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        if isinstance(k, numbers.Real):
            return Vector(c / k for c in self._c)
        return NotImplemented

    def __matmul__(self, other):
        z = self._zip(other)
        if z is None:
            return NotImplemented
        return sum(a * b for a, b in z)

    def __neg__(self):
        return Vector(-c for c in self._c)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(*self._c)

    def __bool__(self):
        return any(self._c)

    def __round__(self, n=None):
        return Vector(round(c, n) for c in self._c)

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize zero vector")
        return self / n


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}g}" for v in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector(r) @ other for r in self.rows)
        if isinstance(other, Matrix):
            if self.shape[1] != other.shape[0]:
                raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector(c) @ other for c in zip(*self.rows))
        return NotImplemented

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            return NotImplemented
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det()
                   for j in range(n))


v = Vector(3, 4)
w = Vector([1, 2])
print(v, repr(w), len(v), list(v), v[0], v[-1], v[:1])
print(v + w, v - w, v * 2, 2 * v, v / 2, -v, +v is v, abs(v), v @ w)
print(bool(Vector(0, 0)), bool(v), v == Vector(3, 4), v != w, v == (3, 4))
print(round(Vector(1.2345, 2.5), 2), round(Vector(0.5, 1.5, 2.5)))
print(v.normalized(), abs(v.normalized()))
print({v: "a", Vector(3, 4): "b", w: "c"})
for expr in ["v + 1", "v * 'x'", "v @ 3", "Vector(1, 2, 3) + v", "Vector(0, 0).normalized()",
             "1 - v", "v / v", "hash(Matrix([[1]]))"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)

m = Matrix([[1, 2], [3, 4]])
print(m)
print(repr(m.transpose()), m.shape, m[1, 0])
print(m @ Matrix.identity(2) == m, m @ v, v @ m)
print(m ** 5)
print(m ** 0)
print(2 * m == m * 2, m.det(), (m @ m).det(), m.det() ** 2)
fib = Matrix([[1, 1], [1, 0]])
for n in (1, 10, 30, 90):
    print(n, (fib ** n)[0, 1])
big = Matrix([[2, 0, 1, 3], [1, 1, 0, 2], [0, 4, 1, 1], [3, 2, 2, 0]])
print(big.det(), big.transpose().det())
rot = Matrix([[0, -1], [1, 0]])
p = Vector(1, 0)
for i in range(5):
    print(i, p)
    p = rot @ p
m[0, 0] = 10
print(m)
for bad in [lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2]]) @ Matrix([[1, 2]]),
            lambda: m ** -1, lambda: m ** 1.5, lambda: m @ "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(1.5, numbers.Real), isinstance(1j, numbers.Real), isinstance(True, numbers.Integral))
from fractions import Fraction
print(repr(Vector(Fraction(1, 3), Fraction(2, 3)) * 3), repr(Vector(1, 2) * Fraction(1, 2)))
try:
    str(Vector(Fraction(1, 3)))
except TypeError as e:
    print("TypeError:", e)
print(Matrix([[Fraction(1, 2), 1], [1, Fraction(1, 3)]]).det())
