# pidigits + telco + scimark-ish + aes-ish
def pidigits(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(map(str, out))
print(pidigits(300))
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, getcontext
getcontext().rounding = ROUND_DOWN
rates = [Decimal('0.0013'), Decimal('0.00894')]
disttax = Decimal('0.0341'); fedtax = Decimal('0.0675')
tot = [Decimal(0)] * 3
for i in range(300):
    n = (i * 7919) % 10000 + 1
    calltype = i & 1
    r = rates[calltype]
    p = (r * n).quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN)
    b = (p * fedtax).quantize(Decimal('0.01'), rounding=ROUND_DOWN)
    d = (p * disttax).quantize(Decimal('0.01'), rounding=ROUND_DOWN) if calltype else Decimal(0)
    tot[0] += p; tot[1] += b; tot[2] += d
print(tot, sum(tot), getcontext().rounding)
getcontext().rounding = ROUND_HALF_EVEN
import math, random
def sor(n, cycles, omega=1.25):
    G = [[(i * j) % 7 / 7.0 for j in range(n)] for i in range(n)]
    for _ in range(cycles):
        for i in range(1, n - 1):
            Gi, Gim, Gip = G[i], G[i - 1], G[i + 1]
            for j in range(1, n - 1):
                Gi[j] = omega * 0.25 * (Gim[j] + Gip[j] + Gi[j - 1] + Gi[j + 1]) + (1 - omega) * Gi[j]
    return sum(map(sum, G))
print(f"{sor(30, 10):.10f}")
def monte_carlo(n, seed):
    rnd = random.Random(seed)
    inside = sum(1 for _ in range(n) if rnd.random() ** 2 + rnd.random() ** 2 <= 1.0)
    return inside * 4.0 / n
print(monte_carlo(5000, 113))
def fft(x):
    n = len(x)
    if n == 1: return x
    ev, od = fft(x[0::2]), fft(x[1::2])
    t = [complex(math.cos(-2 * math.pi * k / n), math.sin(-2 * math.pi * k / n)) * od[k] for k in range(n // 2)]
    return [ev[k] + t[k] for k in range(n // 2)] + [ev[k] - t[k] for k in range(n // 2)]
sig = [math.sin(2 * math.pi * 3 * i / 64) + 0.5 * math.cos(2 * math.pi * 7 * i / 64) for i in range(64)]
spec = fft(sig)
print([(k, round(abs(v), 6)) for k, v in enumerate(spec) if abs(v) > 1e-6][:6])
def lu(A):
    n = len(A); A = [r[:] for r in A]; piv = list(range(n))
    for j in range(n):
        p = max(range(j, n), key=lambda i: abs(A[i][j]))
        A[j], A[p] = A[p], A[j]; piv[j], piv[p] = piv[p], piv[j]
        for i in range(j + 1, n):
            A[i][j] /= A[j][j]
            for k in range(j + 1, n):
                A[i][k] -= A[i][j] * A[j][k]
    return A, piv
rnd = random.Random(7)
M = [[rnd.random() for _ in range(8)] for _ in range(8)]
L, piv = lu(M)
print(piv, f"{math.prod(L[i][i] for i in range(8)):.12e}")
SBOX = [(i * 7 + 99) % 256 for i in range(256)]
def xtime(a): return ((a << 1) ^ 0x1B) & 0xFF if a & 0x80 else a << 1
def mix(col):
    t = col[0] ^ col[1] ^ col[2] ^ col[3]
    u = col[0]
    return [col[i] ^ t ^ xtime(col[i] ^ col[(i + 1) % 4 if i < 3 else 0] if i < 3 else col[3] ^ u) for i in range(4)]
state = list(b'Sixteen byte key')
for rnd_ in range(100):
    state = [SBOX[b] for b in state]
    state = state[0:4] + state[5:8] + state[4:5] + state[10:12] + state[8:10] + state[15:16] + state[12:15]
    state = sum((mix(state[c * 4:c * 4 + 4]) for c in range(4)), [])
    state = [b ^ ((rnd_ * 17 + i) & 0xFF) for i, b in enumerate(state)]
print(bytes(state).hex())
