# float: arithmetic, methods, special values, comparisons, conversion.
import math
vals = [0.0, -0.0, 1.5, -2.5, 1e300, 1e-300, 123.456, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), v.is_integer(), math.isfinite(v), math.isinf(v), math.isnan(v))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(1.5.real, 1.5.imag, 1.5.conjugate(), float.__name__)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e10, 3.3), (0.1, 0.01)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-400, 2.0 ** 1023 * 2)
try:
    2.0 ** 10000
except OverflowError:
    print("OverflowError for 2.0 ** 10000")
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, nan + 1, 0 * inf)
print(inf > 1e308, -inf < -1e308, nan > 0, nan < 0, nan == nan, inf == inf)
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0), sorted([3.0, 1.0, 2.0]))
print(1 == 1.0, 1.0 == True, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < inf, -(10 ** 400) > -inf, 0.1 < 1 / 9 * 1)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.14159, 2), round(2.675, 2))
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(-25, -1), round(1.23456e10, -5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.4))
print(int(1e100), float(10 ** 100), float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError", e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.0000001))
print(abs(-0.0), -0.0 + 0.0, 0.0 * -1, math.copysign(1, -0.0), math.copysign(3, 0.0))
print(float(True), float(-5), float("  12.5\n"), float(" -0 "))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, math.isclose(total, 1.0), math.fsum([0.1] * 10))
print(3.0 * 1.1, 0.1 * 3, 1.1 + 2.2, 1e16 + 1, 1e16 + 2, 9.999999999999999e22)
print(5e-324 * 0.5, 5e-324 / 2 == 0, 2.2250738585072014e-308 / 2)
print(-1.0 ** 2, (-1.0) ** 2, (-8.0) ** (1.0 / 3) if False else "skip", 4.0 ** 0.5, 2 ** 0.5 * 2 ** 0.5)
print("negative base, fractional exponent:", type((-8.0) ** 0.5).__name__, (-8) ** 0.5)
