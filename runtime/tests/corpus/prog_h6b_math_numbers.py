import math
import cmath

print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(1, 1.1))
print(math.comb(10, 3), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.comb(5, 7), math.factorial(20))
print(math.gcd(48, 180), math.gcd(0, 0), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.gcd())
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=3))
print(math.sqrt(2), math.isqrt(99), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(2.675, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.remainder(10, 3), math.nextafter(1, 2), math.ulp(1.0))
print(math.asin(1), math.acos(1), math.atan(1), math.sinh(1), math.cosh(0), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.expm1(1e-5), math.pow(2, 0.5), 2 ** -1, pow(2, -1, 7) if False else pow(3, -1, 7))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.exp(1000), lambda: math.isqrt(-4), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), cmath.exp(1j * math.pi).real, abs(3 + 4j), cmath.isclose(1j, 1.0000000001j))
print(math.floor(1e20), math.ceil(1.0000001), type(math.floor(2.0)).__name__, math.trunc(1e30) == int(1e30), int(-0.0), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)

def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
ps = primes(100)
print(ps, len(primes(10000)))
def stddev(xs):
    m = math.fsum(xs) / len(xs)
    return math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1))
print(stddev([2, 4, 4, 4, 5, 5, 7, 9]))
def newton_sqrt(x, eps=1e-12):
    g = x / 2
    while not math.isclose(g * g, x, rel_tol=eps):
        g = (g + x / g) / 2
    return g
print(newton_sqrt(10), math.sqrt(10), newton_sqrt(10) == math.sqrt(10))
print(sum(1 / math.factorial(k) for k in range(20)), math.comb(100, 50) % 1000007, 2 ** 100 // 3 ** 40, math.gcd(2 ** 64, 6 ** 30))
pts = [(1, 1), (4, 5), (-2, 3), (0, -1)]
print(max(pts, key=lambda p: math.hypot(*p)), sorted(pts, key=lambda p: math.atan2(p[1], p[0])))
print(f"{math.pi:.10f} {math.e:e} {1/3:.3%} {1e-7:g} {123456789.0:g} {1.5e300 * 1e10} {-1e-320}")
print(float("1e-400"), 5e-324, 1.7976931348623157e308 * 10, float.fromhex("0x1.8p1"), (0.1).hex(), (2.5).as_integer_ratio(), (1e16).is_integer())
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, 7 // -2.0, 2 ** 0.5 * 2 ** 0.5, 10 ** -2, (-8) ** (1 / 3))
