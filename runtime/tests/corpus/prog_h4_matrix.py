class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x + other for x in r] for r in self.rows])
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    __radd__ = __add__
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __iter__(self):
        for r in self.rows:
            yield from r
    def __len__(self):
        return len(self.rows)
    def __abs__(self):
        return sum(x * x for x in self) ** 0.5
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{x:g}") for x in self)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)
    def __format__(self, spec):
        if not spec:
            return str(self)
        return "; ".join(",".join(format(x, spec) for x in r) for r in self.rows)
    def __bool__(self):
        return any(self)
    def __contains__(self, x):
        return any(x == y for y in self)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0.5, -1], [2, 0]])
print(a + b, a - b, sep="\n")
print(repr(a * 2), repr(3 * a), repr(a + 1), repr(1 + a))
print(a @ b)
print(a ** 3, (a ** 0) == Matrix.identity(2))
print(a.T(), a.shape, len(a), list(a), abs(a))
print(f"{a:.2f}", format(b, "+.1f"), f"{a}")
print(bool(Matrix.zeros(2, 2)), bool(a), 4 in a, 9 in a)
a[0, 0] = 10
print(a[0], a[0, 0], a[1][1])
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    a + Matrix([[1]])
except ValueError as e:
    print(e)
try:
    a * a
except TypeError as e:
    print(e)
try:
    Matrix([[1], [1, 2]])
except ValueError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
try:
    a["x"]
except TypeError as e:
    print(e)
fibm = Matrix([[1, 1], [1, 0]])
print([(fibm ** n)[0, 1] for n in range(1, 15)])
print(sum([a, b], Matrix.zeros(2, 2)))
import math
print(math.isclose(abs(Matrix([[3, 4]])), 5.0), round(abs(b), 6), math.fsum([0.1] * 10), sum([0.1] * 10))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, divmod(7.5, 2), 2 ** -1, pow(3, 4, 5), pow(3, -1, 7))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(2.675, 2))
print(int("0x1f", 16), int("1_000"), float("1e3"), int(-3.9), math.floor(-3.1), math.ceil(3.1), math.trunc(-3.9))
print(1 / 3, 2 / 3, 10 / 4, 1e16, 1e15 + 0.5, 123456789.123456789, 0.1 + 0.2, 1e-5, 3.0, -0.0, float("inf"), float("-nan"))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.sqrt(2), math.log(100, 10), math.log2(1024), math.hypot(3, 4), math.degrees(math.pi), math.copysign(1, -0.0))
print(7 .bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-5).__abs__(), (10).__divmod__(3))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.25).as_integer_ratio(), (3.0).is_integer(), complex(1, 2) * 1j, abs(3 + 4j))
