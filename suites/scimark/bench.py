"""SciMark 2.0 kernels in pure Python, one per variant:

  sor              successive over-relaxation on a 100x100 grid
  sparse_mat_mult  compressed-row sparse matrix times vector
  monte_carlo      pi from random points in the unit square
  lu               LU factorisation with partial pivoting, 100x100
  fft              complex radix-2 FFT of 1024 points, forward and inverse

Random inputs come from a small seeded linear congruential generator
class (SciMark ships its own generator too), so runs are reproducible
everywhere.  Usage: bench.py --variant sor (default: sor).
"""

import math

import harness


class Lcg(object):
    """48-bit linear congruential generator returning floats in [0, 1)."""

    MULT = 0x5DEECE66D
    MASK = (1 << 48) - 1

    def __init__(self, seed):
        self.state = (seed ^ self.MULT) & self.MASK

    def next_float(self):
        self.state = (self.state * self.MULT + 0xB) & self.MASK
        return (self.state >> 22) / 67108864.0   # 26 high bits

    def vector(self, n):
        return [self.next_float() for _ in range(n)]

    def matrix(self, rows, cols):
        return [self.vector(cols) for _ in range(rows)]


# ---------------------------------------------------------------- SOR

def sor(grid, omega, iterations):
    n = len(grid)
    m = len(grid[0])
    w4 = omega * 0.25
    rest = 1.0 - omega
    for _ in range(iterations):
        for i in range(1, n - 1):
            up = grid[i - 1]
            row = grid[i]
            down = grid[i + 1]
            for j in range(1, m - 1):
                row[j] = (w4 * (up[j] + down[j] + row[j - 1] + row[j + 1])
                          + rest * row[j])
    return grid


def run_sor():
    grid = Lcg(101).matrix(100, 100)
    sor(grid, 1.25, 10)
    return sum(sum(row) for row in grid)


# ---------------------------------------------------------------- sparse

def sparse_matmult(values, row_start, cols, x, cycles):
    n = len(row_start) - 1
    y = [0.0] * n
    for _ in range(cycles):
        for r in range(n):
            total = 0.0
            for i in range(row_start[r], row_start[r + 1]):
                total += x[cols[i]] * values[i]
            y[r] = total
    return y


def run_sparse():
    n = 1000
    per_row = 5
    rng = Lcg(102)
    x = rng.vector(n)
    values = []
    cols = []
    row_start = [0]
    for r in range(n):
        step = max(n // per_row, 1)
        for k in range(per_row):
            cols.append((r + k * step) % n)
            values.append(rng.next_float())
        row_start.append(len(values))
    y = sparse_matmult(values, row_start, cols, x, 25)
    return sum(y)


# ---------------------------------------------------------------- Monte Carlo

def monte_carlo(samples, rng):
    inside = 0
    for _ in range(samples):
        x = rng.next_float()
        y = rng.next_float()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside / samples * 4.0


def run_monte_carlo():
    return monte_carlo(100000, Lcg(103))


# ---------------------------------------------------------------- LU

def lu_factor(a, pivot):
    n = len(a)
    for j in range(n):
        # choose the pivot row
        best = j
        biggest = abs(a[j][j])
        for i in range(j + 1, n):
            v = abs(a[i][j])
            if v > biggest:
                best = i
                biggest = v
        pivot[j] = best
        if best != j:
            a[best], a[j] = a[j], a[best]
        if a[j][j] == 0.0:
            raise ZeroDivisionError("singular matrix")
        if j < n - 1:
            inv = 1.0 / a[j][j]
            for i in range(j + 1, n):
                a[i][j] *= inv
        if j < n - 1:
            row_j = a[j]
            for i in range(j + 1, n):
                row_i = a[i]
                f = row_i[j]
                for k in range(j + 1, n):
                    row_i[k] -= f * row_j[k]
    return a


def run_lu():
    n = 100
    original = Lcg(104).matrix(n, n)
    a = [row[:] for row in original]
    pivot = [0] * n
    lu_factor(a, pivot)
    return original, a, pivot


def lu_residual(original, lu, pivot):
    """max |P A - L U| over all entries."""
    n = len(lu)
    pa = [row[:] for row in original]
    for j in range(n):
        p = pivot[j]
        if p != j:
            pa[p], pa[j] = pa[j], pa[p]
    worst = 0.0
    for i in range(n):
        for k in range(n):
            total = 0.0
            for m in range(min(i, k) + 1):
                l = 1.0 if m == i else lu[i][m]
                total += l * lu[m][k]
            worst = max(worst, abs(total - pa[i][k]))
    return worst


# ---------------------------------------------------------------- FFT

def bit_reverse(data):
    n = len(data) // 2
    j = 0
    for i in range(n - 1):
        if i < j:
            ii = 2 * i
            jj = 2 * j
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        k = n >> 1
        while k <= j:
            j -= k
            k >>= 1
        j += k


def fft_transform(data, direction):
    """In-place complex FFT of interleaved (re, im) pairs."""
    n = len(data) // 2
    if n <= 1:
        return
    bit_reverse(data)
    dual = 1
    while dual < n:
        theta = 2.0 * direction * math.pi / (2.0 * dual)
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        w_real = 1.0
        w_imag = 0.0
        for a in range(dual):
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                j = 2 * (b + a + dual)
                z1_real = data[j]
                z1_imag = data[j + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[j] = data[i] - wd_real
                data[j + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
            tmp_real = w_real - s * w_imag - s2 * w_real
            w_imag = w_imag + s * w_real - s2 * w_imag
            w_real = tmp_real
        dual *= 2


def fft_inverse(data):
    fft_transform(data, 1)
    n = len(data) // 2
    norm = 1.0 / n
    for i in range(len(data)):
        data[i] *= norm


def run_fft():
    original = Lcg(105).vector(2 * 1024)
    data = original[:]
    spectrum_sum = 0.0
    for _ in range(4):
        fft_transform(data, -1)
        spectrum_sum = sum(data)
        fft_inverse(data)
    err = max(abs(a - b) for a, b in zip(original, data))
    return spectrum_sum, err


# ---------------------------------------------------------------- checks

def check_sor(total):
    harness.expect_close(total, EXPECTED["sor"], 1e-12, "grid sum")


def check_sparse(total):
    harness.expect_close(total, EXPECTED["sparse_mat_mult"], 1e-12,
                         "sum of y")


def check_monte_carlo(estimate):
    harness.expect(estimate, EXPECTED["monte_carlo"], "pi estimate")
    if abs(estimate - math.pi) > 0.02:
        raise harness.CheckFailed("pi estimate too far off: %r" % estimate)


def check_lu(result):
    original, lu, pivot = result
    residual = lu_residual(original, lu, pivot)
    if residual > 1e-10:
        raise harness.CheckFailed("P A != L U (residual %g)" % residual)
    diag = sum(lu[i][i] for i in range(len(lu)))
    harness.expect_close(diag, EXPECTED["lu"], 1e-12, "trace of U")


def check_fft(result):
    spectrum_sum, err = result
    if err > 1e-10:
        raise harness.CheckFailed("inverse(fft(x)) != x (error %g)" % err)
    harness.expect_close(spectrum_sum, EXPECTED["fft"], 1e-9,
                         "sum of the spectrum")


EXPECTED = {
    "sor": 5027.785850597441,
    "sparse_mat_mult": 1239.847294444638,
    "monte_carlo": 3.14184,
    "lu": -4.352733630979521,
    "fft": 820.6188201904305,
}

VARIANTS = {
    "sor": (run_sor, check_sor),
    "sparse_mat_mult": (run_sparse, check_sparse),
    "monte_carlo": (run_monte_carlo, check_monte_carlo),
    "lu": (run_lu, check_lu),
    "fft": (run_fft, check_fft),
}

if __name__ == "__main__":
    which = harness.variant("sor", ["sor", "sparse_mat_mult", "monte_carlo",
                                    "lu", "fft"])
    func, chk = VARIANTS[which]
    harness.main("scimark_" + which, func, check=chk)
