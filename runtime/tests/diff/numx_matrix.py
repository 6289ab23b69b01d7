"""A small matrix class with Gaussian elimination, LU, inverse using Fractions."""
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __str__(self):
        cells = [[self._fmt(x) for x in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(f"{c:>{width}}" for c in row) + "]" for row in cells)

    @staticmethod
    def _fmt(x):
        if isinstance(x, float):
            return f"{x:.4f}"
        return str(x)

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def determinant(self):
        a = [[Fraction(x) for x in row] for row in self.rows]
        n = self.n
        det = Fraction(1)
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if a[pivot][col] == 0:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= f * a[col][c]
        return det

    def inverse(self):
        n = self.n
        aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)]
               for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if aug[pivot][col] == 0:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [x / pv for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def lu(self):
        n = self.n
        L = [[0.0] * n for _ in range(n)]
        U = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for k in range(i, n):
                U[i][k] = self.rows[i][k] - sum(L[i][j] * U[j][k] for j in range(i))
            L[i][i] = 1.0
            for k in range(i + 1, n):
                L[k][i] = (self.rows[k][i] - sum(L[k][j] * U[j][i] for j in range(i))) / U[i][i]
        return Matrix(L), Matrix(U)


def solve(A, b):
    """Solve Ax=b with partial pivoting on floats."""
    n = len(A)
    M = [list(map(float, row)) + [float(bi)] for row, bi in zip(A, b)]
    for col in range(n):
        p = max(range(col, n), key=lambda r: abs(M[r][col]))
        M[col], M[p] = M[p], M[col]
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            for c in range(col, n + 1):
                M[r][c] -= f * M[col][c]
    x = [0.0] * n
    for i in reversed(range(n)):
        s = M[i][n] - sum(M[i][j] * x[j] for j in range(i + 1, n))
        x[i] = s / M[i][i]
    return x


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(A)
print(repr(A.transpose()))
print("det:", A.determinant())
inv = A.inverse()
print("inverse:")
print(inv)
print("A @ inv == I:", A @ inv == Matrix.identity(3))

H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.determinant())
Hinv = H.inverse()
print(Hinv)
print("sum of Hinv entries:", sum(x for row in Hinv.rows for x in row))

L, U = Matrix([[4, 3, 2], [6, 3, 1], [2, 5, 7]]).lu()
print("L=")
print(L)
print("U=")
print(U)
prod = L @ U
print("LU rows:", [[round(x, 10) for x in r] for r in prod.rows])

sol = solve([[3, 2, -4], [2, 3, 3], [5, -3, 1]], [3, 15, 14])
print("solution:", [f"{v:+.6f}" for v in sol])
print("rounded:", [round(v, 9) for v in sol])

S = Matrix([[1, 2], [2, 4]])
try:
    S.inverse()
except ZeroDivisionError as e:
    print("singular:", e)
print("det S:", S.determinant(), type(S.determinant()).__name__)

try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("error:", e)

for n in range(1, 7):
    V = Matrix([[Fraction(i + 1) ** j for j in range(n)] for i in range(n)])
    print(f"vandermonde {n}: det={V.determinant()!s:>8}")

R = Matrix([[0.1 * (i + 1) + j for j in range(3)] for i in range(3)])
print(R)
print("{:>10}|{:<10}|{:^10}".format("right", "left", "mid"))
for row in R.rows:
    print("|".join(f"{x:10.3e}" for x in row))
