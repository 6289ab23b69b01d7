"""Numerical integration and ODE solvers with comparison tables."""
import math
from functools import partial


def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (0.5 * f(a) + sum(f(a + i * h) for i in range(1, n)) + 0.5 * f(b))


def simpson(f, a, b, n):
    if n % 2:
        raise ValueError(f"Simpson needs an even number of intervals, got {n}")
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


def romberg(f, a, b, depth=6):
    R = [[trapezoid(f, a, b, 1)]]
    for i in range(1, depth):
        row = [trapezoid(f, a, b, 2 ** i)]
        for j in range(1, i + 1):
            row.append(row[j - 1] + (row[j - 1] - R[i - 1][j - 1]) / (4 ** j - 1))
        R.append(row)
    return R


def adaptive_simpson(f, a, b, eps, whole=None, depth=0, counter=None):
    c = (a + b) / 2
    if whole is None:
        whole = simpson(f, a, b, 2)
    left = simpson(f, a, c, 2)
    right = simpson(f, c, b, 2)
    if counter is not None:
        counter[0] += 1
    if depth > 40 or abs(left + right - whole) <= 15 * eps:
        return left + right + (left + right - whole) / 15
    return (adaptive_simpson(f, a, c, eps / 2, left, depth + 1, counter) +
            adaptive_simpson(f, c, b, eps / 2, right, depth + 1, counter))


def euler(f, t0, y0, h, steps):
    t, y = t0, y0
    out = [(t, y)]
    for _ in range(steps):
        y = y + h * f(t, y)
        t = t + h
        out.append((t, y))
    return out


def rk4(f, t0, y0, h, steps):
    t, y = t0, y0
    out = [(t, y)]
    for _ in range(steps):
        k1 = f(t, y)
        k2 = f(t + h / 2, y + h / 2 * k1)
        k3 = f(t + h / 2, y + h / 2 * k2)
        k4 = f(t + h, y + h * k3)
        y = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t = t + h
        out.append((t, y))
    return out


def rk4_system(f, t, ys, h, steps):
    rows = [(t, tuple(ys))]
    for _ in range(steps):
        k1 = f(t, ys)
        k2 = f(t + h / 2, [y + h / 2 * k for y, k in zip(ys, k1)])
        k3 = f(t + h / 2, [y + h / 2 * k for y, k in zip(ys, k2)])
        k4 = f(t + h, [y + h * k for y, k in zip(ys, k3)])
        ys = [y + h / 6 * (a + 2 * b + 2 * c + d) for y, a, b, c, d in zip(ys, k1, k2, k3, k4)]
        t += h
        rows.append((t, tuple(ys)))
    return rows


problems = [
    ("sin on [0,pi]", math.sin, 0, math.pi, 2.0),
    ("x^3 on [0,2]", lambda x: x ** 3, 0, 2, 4.0),
    ("exp on [0,1]", math.exp, 0, 1, math.e - 1),
    ("1/(1+x^2) [0,1]", lambda x: 1 / (1 + x * x), 0, 1, math.pi / 4),
    ("sqrt on [0,1]", math.sqrt, 0, 1, 2 / 3),
]
print(f"{'integral':<18}{'n':>5}{'trapezoid':>16}{'err':>11}{'simpson':>16}{'err':>11}")
for name, f, a, b, exact in problems:
    for n in (4, 16, 64):
        t = trapezoid(f, a, b, n)
        s = simpson(f, a, b, n)
        print(f"{name:<18}{n:>5}{t:>16.10f}{abs(t - exact):>11.2e}{s:>16.10f}{abs(s - exact):>11.2e}")
try:
    simpson(math.sin, 0, 1, 3)
except ValueError as e:
    print("error:", e)

print("Romberg table for exp on [0,1]:")
for row in romberg(math.exp, 0, 1, 5):
    print("  " + " ".join(f"{v:.12f}" for v in row))
print("  best error:", f"{abs(romberg(math.exp, 0, 1, 6)[-1][-1] - (math.e - 1)):.3e}")

calls = [0]
val = adaptive_simpson(lambda x: math.sin(x) ** 2 / (x + 0.1), 0, 10, 1e-9, counter=calls)
print(f"adaptive simpson: {val:.10f} subdivisions={calls[0]}")

print("ODE y' = y, y(0) = 1 up to t=1:")
growth = lambda t, y: y
for h in (0.1, 0.05, 0.01):
    n = round(1 / h)
    e_end = euler(growth, 0.0, 1.0, h, n)[-1][1]
    r_end = rk4(growth, 0.0, 1.0, h, n)[-1][1]
    print(f"  h={h:<5} euler={e_end:.8f} (err {abs(e_end - math.e):.2e})  rk4={r_end:.12f} (err {abs(r_end - math.e):.2e})")

print("logistic growth table (rk4, h=0.5):")
logistic = partial(lambda r, K, t, y: r * y * (1 - y / K), 0.8, 100.0)
print(f"  {'t':>5} {'rk4':>10} {'euler':>10} {'exact':>10}")
rk = rk4(logistic, 0.0, 5.0, 0.5, 12)
eu = euler(logistic, 0.0, 5.0, 0.5, 12)
for (t, y), (_, ye) in zip(rk[::2], eu[::2]):
    exact = 100 / (1 + 19 * math.exp(-0.8 * t))
    print(f"  {t:5.1f} {y:10.4f} {ye:10.4f} {exact:10.4f}")

print("harmonic oscillator x'' = -x (energy drift):")
osc = lambda t, s: [s[1], -s[0]]
rows = rk4_system(osc, 0.0, [1.0, 0.0], 0.1, 63)
for t, (x, v) in rows[::9]:
    print(f"  t={t:6.3f} x={x:+.6f} v={v:+.6f} E={0.5 * (x * x + v * v):.10f}")

print("Lotka-Volterra predator/prey:")
lv = lambda t, s: [1.1 * s[0] - 0.4 * s[0] * s[1], 0.1 * s[0] * s[1] - 0.4 * s[1]]
rows = rk4_system(lv, 0.0, [10.0, 10.0], 0.05, 400)
peak_prey = max(rows, key=lambda r: r[1][0])
print(f"  peak prey {peak_prey[1][0]:.3f} at t={peak_prey[0]:.2f}")
for t, (prey, pred) in rows[::80]:
    print(f"  t={round(t, 2):5} prey={prey:8.3f} predators={pred:7.3f}")

print("derivatives by finite differences:")
for h in (1e-1, 1e-3, 1e-5, 1e-8, 1e-12):
    fwd = (math.sin(1 + h) - math.sin(1)) / h
    cen = (math.sin(1 + h) - math.sin(1 - h)) / (2 * h)
    print(f"  h={h:.0e} forward err={abs(fwd - math.cos(1)):.3e} central err={abs(cen - math.cos(1)):.3e}")
print("gamma/lgamma/erf:", math.gamma(5), math.gamma(0.5) ** 2, round(math.lgamma(100), 6), math.erf(1), math.erfc(2), math.expm1(1e-10), math.log1p(1e-10))
print("hypot/dist:", math.hypot(3, 4, 12), math.dist((1, 2, 3), (4, 6, 3)), math.prod([1.5, 2, 4]), math.log(1024, 2), math.log2(1e-3), math.cbrt(27) if hasattr(math, "cbrt") else "n/a")
