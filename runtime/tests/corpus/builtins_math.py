# The math module: functions, constants, and error messages.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.trunc(-3.7), math.floor(5), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.copysign(2, -0.0), math.remainder(7, 4))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.log(2 ** 1000))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1) * 4, math.atan2(1, 1), math.atan2(-1, -1), math.asin(1), math.acos(1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 8), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8), math.ldexp(0.5, 4), math.cosh(0), math.sinh(0), math.tanh(0))
print(math.erf(0), math.gamma(5), math.lgamma(1), math.expm1(0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.nextafter(1, 2) - 1, math.ulp(1.0), math.floor(1e300) == 10 ** 300 if False else "skip")
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
             lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.isqrt(-1),
             lambda: math.comb(-1, 2), lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.pow(0, -1),
             lambda: math.sqrt("x"), lambda: math.gcd(1.5, 2), lambda: math.log(1, 1)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(round(math.sin(math.pi), 10), round(math.cos(math.pi / 3), 10), math.sqrt(0.0), math.sqrt(-0.0))
print(sorted([math.e, math.pi, math.sqrt(10)]), max(math.tau, 6.3))
