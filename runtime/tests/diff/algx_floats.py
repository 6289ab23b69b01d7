import math

values = [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1e-7, 123456789.123456789, 1.5e300, 5e-324,
          2.5, -3.5, 0.125, 1e22, 1e23, 9007199254740993.0, float('inf'), float('-inf'), float('nan')]
for v in values:
    print(repr(v), str(v), f"{v:.3e}", f"{v:.5g}", f"{v:g}", f"{v:10.2f}|", f"{v:%}" if math.isfinite(v) and abs(v) < 1e10 else "-")

print("formats")
for spec in ("", ".0f", ".1f", "+.2f", " .3f", "08.3f", "<10.1f", "^12.4g", ">+12.3e", ".10g", ".17g", ".0e", "#.0f", "#g", ",.2f", "_.1f", ".2%", "E", "G", ".3G", "n"):
    print(repr(spec), [format(x, spec) for x in (0.5, 1234567.891, -0.00012345, 1e21)])

print("rounding")
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, 1e300):
    print(x, round(x), round(x, 2), round(x, -1), round(x, 1), type(round(x)).__name__)
print(round(float('inf'), 2), round(float('nan'), 1))
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

print("hex")
for x in (1.0, 0.1, -2.5, 1e-310, 3.0e300, 0.0, -0.0, float('inf'), 1/3):
    h = x.hex()
    print(h, float.fromhex(h) == x or math.isnan(x))
for s in ("0x1p-2", "0x1.8p1", "-0X.8P+3", "0x1.fffffffffffffp+1023", "inf", "-0x0p0", " 0xA ", "0x1p-1074"):
    print(s.strip(), float.fromhex(s))
try:
    float.fromhex("0x1p+1024")
except OverflowError as e:
    print("OverflowError:", e)

print("fsum / isclose / prod")
data = [0.1] * 10
print(sum(data), math.fsum(data), sum(data) == 1.0, math.fsum(data) == 1.0)
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([float('inf'), 1.0]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(float('inf'), float('inf')), math.isclose(float('nan'), float('nan')), math.isclose(100, 101, rel_tol=0.01))
print(math.prod([0.5, 4, 3]), math.prod([]), math.prod(range(1, 6), start=2), math.prod([1.5] * 40))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.modf(-3.25), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.log(8, 2), math.log2(1024), math.log10(1e-5), math.log1p(1e-10), math.expm1(1e-10), math.exp(1))
print(math.sqrt(2), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0, math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(1e300), math.nextafter(0.0, -1.0))
print(float('1e500'), float('-1e-500'), float(' -12.5e+2 '), float('nan') == float('nan'), float('inf') - float('inf'))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) * 0, 2.0 ** -1075, 10 ** -2, 2 ** 0.5)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -0.0 % 5, 5 % -0.5 if False else 0)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (1e20).is_integer(), float.is_integer(-0.0))
print(int(1e20), int(-2.9), int(2**53 + 1.0), float(2**53 + 1), float(10**30), float(-(10**400) // 10**399))
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 / 10**399, 1 / 3 * 3, 7 / 7, (2**1000) / (2**999), 3 / 10**400)
print(hash(1.0) == hash(1), hash(0.5), hash(float('inf')), hash(-0.0), hash(1e100) == hash(int(1e100)))
print(sorted([3, 1.5, float('-inf'), -2, 0.0, True]), max(1, 1.0), min(0.0, -0.0), max(-0.0, 0.0))
print("%.3f %5.1e %g %G %r %s %10.4f|%-8.2f|" % (math.pi, 12345.678, 1e-5, 1e-20, 0.1, 1e16, math.e, -1.5))
print("%+d %05d %x %o %e" % (3.9, -2.7, 255, 8, 10))


def mean_sd(xs):
    n = len(xs)
    m = math.fsum(xs) / n
    return m, math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (n - 1))


m, sd = mean_sd([2.5, 3.7, 1.2, 9.9, 4.4, 6.0])
print(f"mean={m:.4f} sd={sd:.4f} cv={sd / m:.2%} {m!r} {sd!r}")
table = [(n, math.sqrt(n), n ** (1 / 3), math.log(n)) for n in (1, 2, 10, 100, 12345)]
for row in table:
    print("{:>6d} {:>10.6f} {:>8.4f} {:<12.5e}|".format(*row))
