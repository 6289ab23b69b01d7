from fractions import Fraction
from numbers import Number
import math
import operator
import itertools


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __add__(self, other):
        if isinstance(other, Matrix):
            return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        if isinstance(other, Number):
            return Matrix([[a + other for a in r] for r in self.rows])
        return NotImplemented

    __radd__ = __add__

    def __neg__(self):
        return Matrix([[-a for a in r] for r in self.rows])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n = self.n
        d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                for k in range(c, n):
                    a[r][k] -= f * a[c][k]
        return d

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(a[r][c]))
            if a[p][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[p] = a[p], a[c]
            pv = a[c][c]
            a[c] = [x / pv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])

    def solve(self, b):
        inv = self.inverse()
        return [sum(inv[i, j] * b[j] for j in range(self.n)) for i in range(self.n)]


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A)
print("A@B =\n" + str(A @ B))
print("A.T =", A.transpose())
print("det A =", A.det(), "det A.T =", A.transpose().det())
inv = A.inverse()
print("inverse:\n" + str(inv))
print("A @ inv == I:", A @ inv == Matrix.identity(3))
print("solve:", A.solve([4, 5, 6]))
print("2*A+1:\n" + str(2 * A + 1))
print("1 + A == A + 1:", 1 + A == A + 1, A != B, A == 5)
try:
    B @ B
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    hash(A)
except TypeError as e:
    print("TypeError:", e)
try:
    A.extra = 1
except AttributeError as e:
    print("AttributeError:", e)

F = Matrix([[1, 1], [1, 0]])
for k in (1, 2, 10, 50, 90):
    print(f"fib via matrix power {k}: {(F ** k)[0, 1]}")
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", H.det(), float(H.det()))
print("hilbert inverse row 0:", H.inverse().rows[0])
R = Matrix([[math.cos(math.pi / 6), -math.sin(math.pi / 6)], [math.sin(math.pi / 6), math.cos(math.pi / 6)]])
R12 = R ** 12
print("rotation^12:", [[round(x, 12) + 0.0 for x in r] for r in R12.rows])
print("float matrix:", (R * 2).rows[0], repr(Matrix([[0.1, 0.2]]) + 0.3))


class Mod(int):
    P = 1_000_000_007

    def __new__(cls, v):
        return super().__new__(cls, v % cls.P)

    def __add__(self, o):
        return Mod(int(self) + int(o))

    __radd__ = __add__

    def __mul__(self, o):
        return Mod(int(self) * int(o))

    __rmul__ = __mul__

    def __sub__(self, o):
        return Mod(int(self) - int(o))

    def __truediv__(self, o):
        return self * pow(int(o), -1, self.P)

    def __repr__(self):
        return f"Mod({int(self)})"


x = Mod(10**12)
print(x, repr(x), x + 5, repr(x * x), repr(Mod(1) / 3), repr(Mod(3) - 5), isinstance(x, int), f"{x:>12,}", hex(x))
M = Matrix([[Mod(1), Mod(1)], [Mod(1), Mod(0)]])
print("fib(1000) mod p:", (M ** 1000)[0, 1], repr((M ** 10)[0, 0]))
print(sum([Mod(5), Mod(7)]), type(sum([Mod(5), Mod(7)])).__name__, sorted([Mod(9), Mod(-1), Mod(3)]), max(Mod(2), 3))
print(list(itertools.accumulate([Mod(2)] * 5, operator.mul)), math.gcd(Mod(12), 18), [Mod(4)] * 2, divmod(Mod(17), 5), Mod(7) // 2, -Mod(3))
