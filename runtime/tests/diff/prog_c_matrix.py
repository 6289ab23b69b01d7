# Exact linear algebra over the rationals: a Matrix class with operator
# overloading, Gaussian elimination with Fractions, and a Poly type with
# functools.total_ordering.
from __future__ import annotations

import functools
import itertools
import operator
from fractions import Fraction
from numbers import Number


class DimensionError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [[Fraction(x) for x in r] for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise DimensionError("ragged or empty matrix")
        self.rows, self.n, self.m = rows, len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m=None):
        return cls([[0] * (m or n) for _ in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = Fraction(value)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _zip(self, other, op):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise DimensionError(f"shapes {self.shape} and {other.shape} differ")
        return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, operator.add)

    def __sub__(self, other):
        return self._zip(other, operator.sub)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return self * (Fraction(1) / k)

    def __matmul__(self, other):
        if self.m != other.n:
            raise DimensionError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c), Fraction(0)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        if k < 0:
            return self.inverse() ** -k
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def rref(self):
        a = [row[:] for row in self.rows]
        pivots, r, swaps, det = [], 0, 0, Fraction(1)
        for c in range(self.m):
            p = next((i for i in range(r, self.n) if a[i][c] != 0), None)
            if p is None:
                det = Fraction(0)
                continue
            if p != r:
                a[r], a[p] = a[p], a[r]
                swaps += 1
            pv = a[r][c]
            det *= pv
            a[r] = [x / pv for x in a[r]]
            for i in range(self.n):
                if i != r and a[i][c]:
                    f = a[i][c]
                    a[i] = [x - f * y for x, y in zip(a[i], a[r])]
            pivots.append(c)
            r += 1
            if r == self.n:
                break
        return Matrix(a), pivots, det * (-1) ** swaps

    def det(self):
        if self.n != self.m:
            raise DimensionError("determinant needs a square matrix")
        _, pivots, d = self.rref()
        return d if len(pivots) == self.n else Fraction(0)

    def rank(self):
        return len(self.rref()[1])

    def inverse(self):
        if self.det() == 0:
            raise ZeroDivisionError("matrix is singular")
        aug = Matrix([r + [Fraction(int(i == j)) for j in range(self.n)] for i, r in enumerate(self.rows)])
        red = aug.rref()[0]
        return Matrix([r[self.n:] for r in red.rows])

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


@functools.total_ordering
class Poly:
    """Polynomial with Fraction coefficients, lowest degree first."""

    def __init__(self, *coeffs):
        cs = [Fraction(c) for c in coeffs]
        while cs and cs[-1] == 0:
            cs.pop()
        self.c = tuple(cs)

    degree = property(lambda self: len(self.c) - 1)

    def __call__(self, x):
        return functools.reduce(lambda acc, a: acc * x + a, reversed(self.c), Fraction(0))

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        return Poly(*(a + b for a, b in itertools.zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [Fraction(0)] * (len(self.c) + len(o.c))
        for (i, a), (j, b) in itertools.product(enumerate(self.c), enumerate(o.c)):
            out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def derivative(self):
        return Poly(*(i * a for i, a in enumerate(self.c) if i))

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __lt__(self, o):
        return (self.degree, tuple(reversed(self.c))) < (o.degree, tuple(reversed(o.c)))

    def __hash__(self):
        return hash(self.c)

    def __repr__(self):
        if not self.c:
            return "0"
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(("-" if a < 0 else "+", coef + var))
        s = " ".join(f"{sg} {t}" for sg, t in terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A, A.shape, B.T.shape, sep="\n")
print(A.det(), A.rank(), Matrix([[1, 2], [2, 4]]).rank())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
print(A @ B)
print((A ** 3)[0, 0], (A ** -1) == inv, (A ** 0) == Matrix.identity(3))
print(repr(A * Fraction(1, 2)), repr(-B.T), repr(3 * Matrix.identity(2) - Matrix.identity(2) / 2))
for bad in (lambda: A + B, lambda: B @ B, lambda: Matrix([[1, 2], [3]]),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: B.det(), lambda: A * "x",
            lambda: {A: 1}):
    try:
        bad()
    except (DimensionError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
M = Matrix.zeros(2, 3)
M[1, 2] = "3/4"
M[0, 0] = 0.5
print(M, M.rref()[1])
# solve a linear system via inverse
coeffs = Matrix([[3, 2, -1], [2, -2, 4], [-1, Fraction(1, 2), -1]])
rhs = Matrix([[1], [-2], [0]])
print([str(x[0]) for x in (coeffs.inverse() @ rhs).rows])
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], int(fib[0, 0]))

p = Poly(1, -3, 0, 2)
q = Poly(Fraction(1, 2), 1)
print(p, "|", q, "|", p + q, "|", p * q, "|", p.derivative(), "|", Poly(), "|", Poly(0, -1))
print(p(2), q(Fraction(-1, 2)), (p * p)(1), p.degree, Poly(5).degree, Poly().degree)
print(sorted([p, q, Poly(7), p.derivative(), Poly(-1, 0, 2)]))
print(p > q, q <= q, Poly(1, 2) == Poly(1, 2, 0), len({Poly(1), Poly(1, 0), Poly(2)}))
print(2 + q, q * 4, sum([q, q, q], Poly()))
print(Fraction(355, 113) - Fraction(22, 7), float(Fraction(1, 3)), Fraction(-7, 3) // 1, Fraction(-7, 3) % 1)
print(f"{str(Fraction(1, 3)):>8}|{float(Fraction(2, 3)):.4f}", Fraction("-0.125"), Fraction(3, 6).numerator, abs(Fraction(-1, 4)))
