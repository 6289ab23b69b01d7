# int/float edge cases: big ints, floor division, modulo, round, repr, bases.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10**30, 7), (-10**30, 7), (2**100, -3)]
for a, b in pairs:
    print(a // b, a % b, divmod(a, b), a / b if abs(a) < 10**20 else "big")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (1e300, 1e-300), (5.0, 0.3)]
for a, b in fpairs:
    try:
        print(a // b, a % b, divmod(a, b))
    except OverflowError as e:
        print("OverflowError", e)
print(-0.0 % 5, 0.0 % -5, (-1e-20) % 1.0, 3 % -0.5)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1234.5678, -1234.5678, 1e20, 0.1 + 0.2]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -2), type(round(x)).__name__)
for n in [15, 25, -15, 1234567, 10**20 + 5]:
    print(round(n, -1), round(n, -2), round(n), round(n, 3))

for r in [0.1, 1/3, 2/3, 1e16, 1e-5, 123456789012345678.0, 1.0, 100.0, 1e100, 2**0.5, 5e-324, 1.7976931348623157e308]:
    print(repr(r), str(r), float(repr(r)) == r)
print(float("1_000.5"), float(" -inf "), float("nan") != float("nan"), float("1e500"), float("-0"))
print(int("ff", 16), int("0xff", 0), int("0b1010", 0), int("0o777", 0), int("  42  "), int("-1_000_000"))
print(int("z", 36), int("Z", 36), int("10", 2), int(3.99), int(-3.99), int(True), int("0", 0))
for bad in ["1__0", "0x", "12a", "", " ", "1.5", "_1", "08"]:
    try:
        print(int(bad, 0) if bad == "08" else int(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)

print(pow(2, 100), pow(2, 100, 97), pow(3, -1, 7), pow(-2, 3), pow(2, -2), pow(-8, 1/3) if False else pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(2**-1, (-2)**2, -2**2, 2**3**2, 10**-2, 0**0, 0.0**0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

big = 3**200
print(big.bit_length(), len(str(big)), big % 1000, (-big) >> 100, big & 0xFFFF, ~big % 100)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((1024).bit_length(), (-1024).bit_length(), (0).bit_length(), (12).bit_count() if hasattr(int, "bit_count") else 2)
print(abs(-5), abs(-5.5), abs(-0.0), -(-0.0), max(1, 2.0), min(-0.0, 0.0), sum([0.1] * 10), sum([1, 2], 10))
print(1 == 1.0, hash(1) == hash(1.0), 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308, 10**400 < float("inf"))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (-7).__floordiv__(2), (7).__rtruediv__(14), float.fromhex("0x1.8p1"), (3.0).hex())
print(True + True, True * 10, -True, ~True, True & False, True | 2, True ^ True, type(True + 1).__name__)
print(7 .real, (7).imag, (7).numerator, (7).denominator, (3.5).real, 1_000.000_1)
print(complex(3, 4) * complex(1, -1), abs(3 + 4j), (1 + 2j).conjugate(), (1j) ** 2, complex("1+2j"))
print(divmod(-7.5, 2), divmod(7, -3), -7 // 3.0, 7 % float("inf"), -7 % float("inf"))
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
print(10**400 / 10**399, 1 / 3 * 3, 1e308 * 10, -1e308 * 10, 7 // -1, -(2**63) // -1)
print(int.__name__, (5).__class__, isinstance(True, int), bool.__mro__)
