import math
from fractions import Fraction

vals = [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e-7, 1.5e-5, 123456.789, 1e16, 1.2345e17, 1e22, 1e23, 5e-324,
        1.7976931348623157e308, 2.5, 3.5, -2.5, 0.125, 1234.5, 0.000123456, 100.0, 12345678.9]
for v in vals:
    print(repr(v), str(v), '%.3g' % v, '%g' % v, '%e' % v, format(v, '.2f'), format(v, '.4e'), format(v, 'g'), format(v, '.10g'))
for v in vals[:12]:
    print(v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio() if math.isfinite(v) else None, v.is_integer())
print(float.fromhex('0x1.8p3'), float.fromhex('-0x1p-1074'), float.fromhex('0x.8p1'), float.fromhex('inf'))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.285, 1e300, 123.456]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 0))
print(round(float('inf'), 2), round(float('nan'), 2) != round(float('nan'), 2))
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(1e20), type(math.floor(2.0)).__name__)
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3.0)
print(math.modf(-3.75), math.frexp(40.0), math.ldexp(0.625, 6), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.degrees(math.pi), math.radians(180), math.gamma(5.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5))
print(math.inf, -math.inf, math.nan, math.tau, math.e, math.pi)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(10, 3), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: 1.0 / 0, lambda: 10.0 ** 400, lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(2.0 ** -1074, 2.0 ** 0.5, (-8) ** (1/3), 0.0 ** 0, pow(2.0, 3), 10 ** -2, (-2) ** -2)
print(f"{3.14159:10.3f}|{3.14159:<10.2f}|{3.14159:^10.1f}|{-3.14159:+.2f}|{3.14159: .2f}|{1234567.891:,.2f}|{0.5:%}|{0.256:.1%}")
print(f"{1e10:g} {1e-5:g} {123456789.0:g} {1.0:g} {0.0001:g} {1e16:.17g} {0.1:.20f} {2/3:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{12.5:08.2f} {-12.5:08.2f} {12.5:+08.2f} {float('inf'):8.2f} {float('-inf'):e} {float('nan'):F} {1e100:E}")
print('%5.1f|%-8.3e|%+g|%#g|%#.0f|%010.4f|%G' % (2.25, 12345.678, 1e-10, 1.0, 3.0, -3.14159, 1e-20))
print(str(1e15), str(1e16), str(1.0e-4), str(1.0e-5), repr(0.1 + 0.2), repr(1.1 * 3), str(-1e-300 * 1e-300))
F = Fraction
print(F(3, 4) + F(1, 6), F(3, 4) * 2, F(1, 3) ** 2, F(-7, 3) // 2, F(-7, 3) % 2, F(7, 3) ** -2, F('3.1415'), F('-2/6'), F(0.1), F(0.1).limit_denominator(100))
print(F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), float(F(22, 7)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3), math.floor(F(-7, 2)), int(F(-7, 2)))
print(repr(F(5, 10)), str(F(6, 3)), F(2, 3).numerator, F(2, 3).denominator, F(5).as_integer_ratio() if hasattr(F, 'as_integer_ratio') else (5, 1), abs(F(-3, 4)))
print(sum(F(1, n) for n in range(1, 21)))
print(F(1, 3) + 1.0, 2 ** F(1, 2), F(2) ** 3, F(4, 9) ** F(1, 2), format(F(1, 3), '') if False else 'skip')
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F('abc')
except ValueError as e:
    print("ValueError", e)
