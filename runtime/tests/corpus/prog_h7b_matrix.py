from fractions import Fraction

def matmul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    assert len(A[0]) == m, "shape mismatch"
    return [[sum(A[i][k] * B[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def transpose(A):
    return [list(r) for r in zip(*A)]

def mpow(A, e):
    R = identity(len(A))
    while e:
        if e & 1:
            R = matmul(R, A)
        A = matmul(A, A)
        e >>= 1
    return R

def det_frac(M):
    A = [[Fraction(x) for x in row] for row in M]
    n = len(A)
    det = Fraction(1)
    for c in range(n):
        piv = next((r for r in range(c, n) if A[r][c] != 0), None)
        if piv is None:
            return Fraction(0)
        if piv != c:
            A[c], A[piv] = A[piv], A[c]
            det = -det
        det *= A[c][c]
        for r in range(c + 1, n):
            f = A[r][c] / A[c][c]
            for k in range(c, n):
                A[r][k] -= f * A[c][k]
    return det

def inverse(M):
    n = len(M)
    A = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(M)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(A[r][c]))
        if A[piv][c] == 0:
            raise ZeroDivisionError("singular matrix")
        A[c], A[piv] = A[piv], A[c]
        pv = A[c][c]
        A[c] = [x / pv for x in A[c]]
        for r in range(n):
            if r != c and A[r][c]:
                f = A[r][c]
                A[r] = [x - f * y for x, y in zip(A[r], A[c])]
    return [row[n:] for row in A]

def fmt(M, w=8):
    return '\n'.join(' '.join(f"{str(x):>{w}}" for x in row) for row in M)

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
print(fmt(matmul(A, B)))
print(transpose(B))
print(fmt(mpow([[1, 1], [1, 0]], 50), 14))
print(mpow([[1, 1], [1, 0]], 300)[0][1] % 1000000007)
print(det_frac(A), det_frac([[1, 2], [2, 4]]), det_frac([[0, 1], [1, 0]]), det_frac([[3]]))
inv = inverse(A)
print(fmt(inv))
print(matmul(A, inv) == identity(3))
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    matmul(B, B)
except AssertionError as e:
    print('AssertionError', e)
H = [[Fraction(1, i + j + 1) for j in range(5)] for i in range(5)]
print(det_frac(H))
Hi = inverse(H)
print([int(x) for x in Hi[0]], sum(sum(r) for r in Hi))
import math
def rot(theta):
    c, s = math.cos(theta), math.sin(theta)
    return [[c, -s], [s, c]]
R = identity(2)
for _ in range(360):
    R = matmul(R, rot(math.pi / 180))
print([[round(x, 9) + 0.0 for x in row] for row in R])
print(['%.3e' % x for row in matmul(rot(0.5), rot(-0.5)) for x in row])
N = 12
M = [[(i * 31 + j * 17) % 11 - 5 for j in range(N)] for i in range(N)]
print(det_frac(M))
v = [1.0] * N
for it in range(100):
    w = [sum(M[i][j] * v[j] for j in range(N)) for i in range(N)]
    norm = max(abs(x) for x in w)
    v = [x / norm for x in w]
print(f"{norm:.6f}", [f"{x:+.4f}" for x in v[:4]])
S = [[sum(a * b for a, b in zip(r1, r2)) for r2 in M] for r1 in M]
print(all(S[i][j] == S[j][i] for i in range(N) for j in range(N)), sum(S[i][i] for i in range(N)))
