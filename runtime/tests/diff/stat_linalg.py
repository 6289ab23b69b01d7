from fractions import Fraction
from decimal import Decimal, getcontext
import copy

def fmt_matrix(m, w=8):
    return "\n".join(" ".join(f"{str(x):>{w}}" for x in row) for row in m)

def det(m):
    m = [row[:] for row in m]
    n = len(m)
    sign = 1
    result = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        result *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
    return sign * result

def solve(a, b):
    n = len(a)
    aug = [list(map(Fraction, row)) + [Fraction(bv)] for row, bv in zip(a, b)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if aug[piv][col] == 0:
            raise ValueError("singular matrix")
        aug[col], aug[piv] = aug[piv], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [aug[i][n] / aug[i][i] for i in range(n)]

def inverse(a):
    n = len(a)
    aug = [list(map(Fraction, row)) + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(a)]
    for col in range(n):
        piv = next(r for r in range(col, n) if aug[r][col] != 0)
        aug[col], aug[piv] = aug[piv], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col]:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(c) for c in zip(*m)]

A = [[2, -1, 0, 3], [1, 3, 2, -2], [0, 1, 4, 1], [5, 0, -1, 2]]
FA = [[Fraction(x) for x in row] for row in A]
print("det A =", det(FA), repr(det(FA)))
print("det I =", det([[Fraction(int(i == j)) for j in range(4)] for i in range(4)]))
print("det singular =", det([[Fraction(1), Fraction(2)], [Fraction(2), Fraction(4)]]))
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("Hilbert:")
print(fmt_matrix(H))
print("det H =", det(H))
Hi = inverse(H)
print("inv H:")
print(fmt_matrix(Hi, 7))
print("H*Hinv == I:", matmul(H, Hi) == [[int(i == j) for j in range(4)] for i in range(4)])

x = solve(A, [1, 2, 3, 4])
print("solve:", x)
print("as floats:", [float(v) for v in x])
print("check:", [sum(a * b for a, b in zip(row, x)) for row in A])
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("error:", e)

# Float Gaussian elimination with partial pivoting
def solve_float(a, b):
    n = len(a)
    m = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(m[i][k]))
        m[k], m[p] = m[p], m[k]
        for i in range(k + 1, n):
            f = m[i][k] / m[k][k]
            for j in range(k, n + 1):
                m[i][j] -= f * m[k][j]
    xs = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n] - sum(m[i][j] * xs[j] for j in range(i + 1, n))
        xs[i] = s / m[i][i]
    return xs

xf = solve_float(A, [1, 2, 3, 4])
print("float solve:", xf)
print("diffs:", [f"{abs(a - float(b)):.1e}" for a, b in zip(xf, x)])

# Decimal matrix
getcontext().prec = 30
D = [[Decimal("1.1"), Decimal("2.2")], [Decimal("3.3"), Decimal("4.5")]]
dd = D[0][0] * D[1][1] - D[0][1] * D[1][0]
print("decimal det", dd, repr(dd))
inv = [[D[1][1] / dd, -D[0][1] / dd], [-D[1][0] / dd, D[0][0] / dd]]
for row in inv:
    print([str(v) for v in row])
getcontext().prec = 28

# Power iteration for dominant eigenvalue
S = [[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 1.0]]
v = [1.0, 1.0, 1.0]
lam = 0.0
for it in range(50):
    w = [sum(S[i][j] * v[j] for j in range(3)) for i in range(3)]
    norm = max(abs(c) for c in w)
    v = [c / norm for c in w]
    lam = norm
print("eigen ~ %.12f" % lam, [round(c, 8) for c in v])
print("transpose", transpose(A))
print("A*At diag", [matmul(A, transpose(A))[i][i] for i in range(4)])
print(Fraction(3, 4) ** 2, Fraction(-27, 8) ** Fraction(1, 3) if False else Fraction(2, 3) ** -2, Fraction("1.25"), Fraction(0.1).limit_denominator(100))
