"""A Polynomial class with arithmetic, derivatives, and several root finders."""
import math
from fractions import Fraction
from numbers import Number


class ConvergenceError(ArithmeticError):
    pass


class Polynomial:
    __slots__ = ("coeffs",)

    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.coeffs = tuple(c) if c else (0,)

    @property
    def degree(self):
        return -1 if self.coeffs == (0,) else len(self.coeffs) - 1

    def __call__(self, x):
        acc = 0
        for c in reversed(self.coeffs):
            acc = acc * x + c
        return acc

    def __add__(self, other):
        if isinstance(other, Number):
            other = Polynomial(other)
        if not isinstance(other, Polynomial):
            return NotImplemented
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + (0,) * (n - len(self.coeffs))
        b = other.coeffs + (0,) * (n - len(other.coeffs))
        return Polynomial(*(x + y for x, y in zip(a, b)))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(*(-c for c in self.coeffs))

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if isinstance(other, Number):
            return Polynomial(*(c * other for c in self.coeffs))
        if not isinstance(other, Polynomial):
            return NotImplemented
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial(1)
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        num = [Fraction(c) for c in self.coeffs]
        den = [Fraction(c) for c in other.coeffs]
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(len(num) - len(den) + 1, 1)
        while len(num) >= len(den) and any(num):
            shift = len(num) - len(den)
            factor = num[-1] / den[-1]
            q[shift] = factor
            for i, d in enumerate(den):
                num[i + shift] -= factor * d
            num.pop()
        return Polynomial(*q), Polynomial(*(num or [0]))

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        if isinstance(other, Number):
            other = Polynomial(other)
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __hash__(self):
        return hash(self.coeffs)

    def derivative(self):
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs) if i)) if len(self.coeffs) > 1 else Polynomial(0)

    def integral(self, const=0):
        return Polynomial(const, *(Fraction(c, i + 1) for i, c in enumerate(self.coeffs)))

    def __repr__(self):
        return f"Polynomial{self.coeffs!r}"

    def __str__(self):
        terms = []
        for i in range(len(self.coeffs) - 1, -1, -1):
            c = self.coeffs[i]
            if c == 0 and self.degree >= 0:
                continue
            sign = "-" if c < 0 else "+"
            mag = abs(c)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, f"{coef}{var}"))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s


def newton(p, x0, tol=1e-12, max_iter=50):
    dp = p.derivative()
    x = x0
    for i in range(1, max_iter + 1):
        d = dp(x)
        if d == 0:
            raise ZeroDivisionError(f"zero derivative at x={x}")
        step = p(x) / d
        x -= step
        if abs(step) < tol:
            return x, i
    raise ConvergenceError(f"newton did not converge from {x0} in {max_iter} steps")


def bisection(f, a, b, tol=1e-10):
    fa, fb = f(a), f(b)
    if fa * fb > 0:
        raise ValueError(f"no sign change on [{a}, {b}]")
    n = 0
    while b - a > tol:
        m = (a + b) / 2
        fm = f(m)
        n += 1
        if fa * fm <= 0:
            b, fb = m, fm
        else:
            a, fa = m, fm
    return (a + b) / 2, n


def secant(f, x0, x1, tol=1e-12, max_iter=100):
    for i in range(max_iter):
        f0, f1 = f(x0), f(x1)
        if f1 == f0:
            break
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x1 - x0) < tol:
            return x1, i + 1
    return x1, max_iter


p = Polynomial(-6, 11, -6, 1)
q = Polynomial(1, 1)
print("p =", p, "| repr:", repr(p), "| degree:", p.degree)
print("q =", q, "| p(4) =", p(4), "| p(0.5) =", p(0.5), "| p(Fraction(1,3)) =", p(Fraction(1, 3)))
print("p + q =", p + q, "| p - p =", p - p, "| degree of zero:", (p - p).degree)
print("p * q =", p * q, "| 2 * q =", 2 * q, "| q ** 4 =", q ** 4)
print("3 - q =", 3 - q, "| q + 1.5 =", q + 1.5, "| q == 1 + q - 1:", q == 1 + q - 1)
quo, rem = divmod(p, Polynomial(-1, 1))
print("p / (x - 1) =", quo, "remainder", rem)
quo, rem = divmod(Polynomial(1, 0, 0, 0, 1), Polynomial(1, 2))
print("(x^4 + 1) / (2x + 1) =", quo, "rem", rem)
print("check:", quo * Polynomial(1, 2) + rem == Polynomial(1, 0, 0, 0, 1))
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative(), "| integral =", p.integral())
print("definite integral 0..3 =", p.integral()(3) - p.integral()(0))
print("set of polys:", len({Polynomial(1, 2), Polynomial(1, 2, 0), Polynomial(1)}))
try:
    divmod(p, Polynomial(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    p + "x"
except TypeError as e:
    print("TypeError:", e)

print("Newton from several starts:")
for x0 in [0.0, 1.6, 2.4, 10.0, -5.0]:
    root, its = newton(p, x0)
    print(f"  x0={x0:>5}: root={root:.12f} iterations={its:2d} residual={p(root):+.1e}")
try:
    newton(Polynomial(1, 0, 1), 0.5, max_iter=20)
except ConvergenceError as e:
    print("  ConvergenceError:", e, "| is ArithmeticError:", isinstance(e, ArithmeticError))
try:
    newton(Polynomial(1, 0, 1), 0.0)
except ZeroDivisionError as e:
    print("  ZeroDivisionError:", e)

print("Bisection vs secant on cos(x) = x and x^3 - 2:")
for name, f, a, b in [("cos(x)-x", lambda x: math.cos(x) - x, 0.0, 1.0), ("x^3-2", Polynomial(-2, 0, 0, 1), 1.0, 2.0)]:
    r1, n1 = bisection(f, a, b)
    r2, n2 = secant(f, a, b)
    print(f"  {name:<9} bisection={r1:.10f} ({n1} steps) secant={r2:.10f} ({n2} steps) agree={math.isclose(r1, r2, rel_tol=1e-9)}")
try:
    bisection(lambda x: x * x + 1, -1, 1)
except ValueError as e:
    print("  ValueError:", e)

print("Chebyshev polynomials:")
T = [Polynomial(1), Polynomial(0, 1)]
for n in range(2, 8):
    T.append(Polynomial(0, 2) * T[-1] - T[-2])
for n, t in enumerate(T):
    roots = sorted(round(math.cos((2 * k + 1) * math.pi / (2 * n)), 6) for k in range(n))
    ok = all(abs(t(r)) < 1e-4 for r in roots)
    print(f"  T{n}: {t!s:<44} roots ok: {ok}")
print("Legendre P4(x) exact:", (Polynomial(3, 0, -30, 0, 35) * Fraction(1, 8)), "at 1/2:", (Polynomial(3, 0, -30, 0, 35) * Fraction(1, 8))(Fraction(1, 2)))
