# Matrix operations with lists: multiply, transpose, determinant, inverse with exact fractions.
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        a, b = abs(n), d
        while b:
            a, b = b, a % b
        g = a or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = _f(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = _f(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = _f(o); return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = _f(o); return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o): o = _f(o); return self.n == o.n and self.d == o.d
    def __repr__(self): return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
def _f(x):
    return x if isinstance(x, Frac) else Frac(x)
def mat(rows):
    return [[_f(v) for v in r] for r in rows]
def show(m, name):
    print(name)
    w = max(len(repr(v)) for r in m for v in r)
    for r in m:
        print("  [" + " ".join(repr(v).rjust(w) for v in r) + "]")
def mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Frac(0)) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[Frac(1 if i == j else 0) for j in range(n)] for i in range(n)]
def det(m):
    m = [r[:] for r in m]
    n = len(m)
    result = Frac(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != Frac(0)), None)
        if p is None:
            return Frac(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            result = -result
        result = result * m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return result
def inverse(m):
    n = len(m)
    aug = [r[:] + e for r, e in zip(m, identity(n))]
    for c in range(n):
        p = next((r for r in range(c, n) if aug[r][c] != Frac(0)), None)
        if p is None:
            raise ValueError("matrix is singular")
        aug[c], aug[p] = aug[p], aug[c]
        pivot = aug[c][c]
        aug[c] = [x / pivot for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [r[n:] for r in aug]
A = mat([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = mat([[1, 2], [3, 4], [5, 6]])
show(A, "A"); show(B, "B")
show(mul(A, B), "A @ B")
show(transpose(B), "B^T")
print("det(A) =", det(A), " det(I4) =", det(identity(4)), " det(singular) =", det(mat([[1, 2], [2, 4]])))
Ai = inverse(A)
show(Ai, "inverse(A)")
print("A @ inv(A) == I:", mul(A, Ai) == identity(3))
H = mat([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
show(H, "Hilbert(4)")
print("det(H4) =", det(H))
show(inverse(H), "inverse(H4)")
try:
    mul(B, B)
except ValueError as e:
    print("ValueError", e)
try:
    inverse(mat([[1, 2], [2, 4]]))
except ValueError as e:
    print("ValueError", e)
def fmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def mpow(m, k):
    r = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while k:
        if k & 1:
            r = fmul(r, m)
        m = fmul(m, m)
        k >>= 1
    return r
print("fib(90) via matrix power:", mpow([[1, 1], [1, 0]], 90)[0][1])
rot = [[0.0, -1.0], [1.0, 0.0]]
print([fmul(mpow(rot, k), [[1.0], [0.0]]) for k in range(5)])
