import math

def newton(f, df, x0, tol=1e-12, maxiter=50):
    x = x0
    for i in range(maxiter):
        fx = f(x)
        d = df(x)
        if d == 0:
            raise ZeroDivisionError(f"zero derivative at x={x!r}")
        step = fx / d
        x -= step
        if abs(step) < tol:
            return x, i + 1
    raise RuntimeError(f"no convergence after {maxiter} iterations (x={x:.6g})")

def bisect_root(f, a, b, tol=1e-10):
    fa = f(a)
    n = 0
    while b - a > tol:
        m = (a + b) / 2
        fm = f(m)
        if (fm < 0) == (fa < 0):
            a, fa = m, fm
        else:
            b = m
        n += 1
    return (a + b) / 2, n

def simpson(f, a, b, n=100):
    if n % 2:
        raise ValueError("n must be even")
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3

def trapezoid(f, a, b, n=100):
    h = (b - a) / n
    return h * (0.5 * f(a) + sum(f(a + i * h) for i in range(1, n)) + 0.5 * f(b))

def rk4(f, t0, y0, h, steps):
    t, y = t0, list(y0)
    out = [(t, y[:])]
    for _ in range(steps):
        k1 = f(t, y)
        k2 = f(t + h / 2, [yi + h / 2 * ki for yi, ki in zip(y, k1)])
        k3 = f(t + h / 2, [yi + h / 2 * ki for yi, ki in zip(y, k2)])
        k4 = f(t + h, [yi + h * ki for yi, ki in zip(y, k3)])
        y = [yi + h / 6 * (a + 2 * b + 2 * c + d) for yi, a, b, c, d in zip(y, k1, k2, k3, k4)]
        t += h
        out.append((t, y[:]))
    return out

print("== roots ==")
for target in (2, 3, 10, 1e-6, 12345.678):
    r, it = newton(lambda x: x * x - target, lambda x: 2 * x, max(target, 1.0))
    print(f"sqrt({target}) = {r!r} in {it} its; math.sqrt={math.sqrt(target)!r}; same={r == math.sqrt(target)}")
r, it = newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0)
print("dottie", repr(r), it)
try:
    newton(lambda x: x ** 3 - 2 * x + 2, lambda x: 3 * x ** 2 - 2, 0.0, maxiter=20)
except RuntimeError as e:
    print("error:", e)
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.0)
except ZeroDivisionError as e:
    print("error:", e)
r, n = bisect_root(lambda x: x ** 3 - x - 2, 1, 2)
print(f"bisect root {r:.12f} after {n} halvings")

print("== integrals ==")
cases = [("x^2", lambda x: x * x, 0, 3, 9.0),
         ("sin", math.sin, 0, math.pi, 2.0),
         ("exp", math.exp, 0, 1, math.e - 1),
         ("1/x", lambda x: 1 / x, 1, math.e, 1.0),
         ("gauss", lambda x: math.exp(-x * x), -5, 5, math.sqrt(math.pi))]
for name, f, a, b, exact in cases:
    for n in (4, 16, 64):
        s = simpson(f, a, b, n)
        t = trapezoid(f, a, b, n)
        print(f"{name:>5} n={n:<3} simpson={s:.12f} err={abs(s - exact):.3e} trap={t:.10f} err={abs(t - exact):.3e}")
try:
    simpson(math.sin, 0, 1, 3)
except ValueError as e:
    print("error:", e)

print("== ODE ==")
decay = rk4(lambda t, y: [-0.5 * y[0]], 0.0, [10.0], 0.5, 8)
for t, y in decay:
    print(f"t={t:4.1f} y={y[0]:.10f} exact={10 * math.exp(-0.5 * t):.10f}")
osc = rk4(lambda t, y: [y[1], -y[0]], 0.0, [1.0, 0.0], 0.1, 63)
for t, y in osc[::9]:
    energy = 0.5 * (y[0] ** 2 + y[1] ** 2)
    print(f"t={t:5.2f} x={y[0]:+.8f} v={y[1]:+.8f} E={energy:.12f}")
lv = rk4(lambda t, y: [1.1 * y[0] - 0.4 * y[0] * y[1], 0.1 * y[0] * y[1] - 0.4 * y[1]], 0, [10.0, 10.0], 0.05, 200)
for t, (prey, pred) in lv[::25]:
    print(f"t={t:6.2f} prey={prey:9.4f} pred={pred:9.4f}")

print("== series ==")
def taylor_exp(x, terms):
    total, term = 0.0, 1.0
    for k in range(terms):
        total += term
        term *= x / (k + 1)
    return total
for x in (0.5, 1.0, -2.0, 5.0):
    print(x, [f"{taylor_exp(x, n):.10g}" for n in (2, 5, 10, 20)], math.exp(x))
leibniz = sum((-1) ** k / (2 * k + 1) for k in range(10000)) * 4
print("leibniz", leibniz, f"{leibniz - math.pi:.3e}")
print("fsum vs sum", sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print("isclose", math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9))
print("gamma/lgamma", math.gamma(5.5), math.lgamma(100.5), math.erf(0.5), math.erfc(2.5))
print("misc", math.log1p(1e-10), math.expm1(1e-10), math.log(1024, 2), math.log2(1e300), math.log10(0.001))
print("hyp", math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(2), math.acosh(2), math.atanh(0.5))
print("prod/comb", math.prod(range(1, 15)), math.comb(50, 25), math.perm(10, 4), math.dist((1, 2, 3), (4, 6, 8)))
print("ulp", math.ulp(1.0), math.nextafter(1.0, 2.0), math.remainder(10, 3), math.fmod(-10, 3), math.copysign(3, -0.0))
print("frexp", math.frexp(1234.5), math.ldexp(0.6, 11), math.modf(-3.75), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print("cbrt-ish", 27 ** (1 / 3), (-8) ** (1 / 3), pow(2, 0.5), 2 ** -1074, 10.0 ** -323)
