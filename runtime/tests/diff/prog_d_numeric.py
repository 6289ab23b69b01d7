"""Numeric corner cases a units/finance library runs into: division with negatives,
rounding, float bit patterns, byte encodings of ints, and very big numbers."""
import math
import sys

print("== floor division and modulo")
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1),
         (1e300, 1e-300), (5, 0.5), (-1, 3.0), (10**20, 7), (-(10**20), 7), (3, 10**20)]
for a, b in pairs:
    print(f"{a!r} {b!r}: // {a // b!r}  % {a % b!r}  divmod {divmod(a, b)!r}")
print(math.fmod(-7, 2), math.fmod(7, -2), math.remainder(7, 2), math.remainder(-7, 4))
print((-7) % float("inf"), 7 % float("-inf"), divmod(-3.5, float("inf")))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "divmod", "/"):
        try:
            r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
        except ZeroDivisionError as e:
            r = f"ZeroDivisionError: {e}"
        print(a, op, b, "->", r)

print("== round")
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456, 1e20, 0.0]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
for n in [12345, -12345, 15, 25, -25, 150, 250, 10**18 + 5]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1), type(round(n, -1)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

print("== float internals")
for x in [1.0, 0.1, -2.5, 1e-320, 3.0e300, 0.0, -0.0, 1 / 3, 2.0**-1074, sys.float_info.max]:
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x, x.as_integer_ratio(), x.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.1P4"), float.fromhex("  0x10  "), float.fromhex("inf"))
print(float.fromhex("0x1p-1075"), float.fromhex("0x1.fffffffffffffp1023"), float.fromhex("0x1.00000000000008p0"))
for bad in ["0x1p", "1.2.3", "0xg", ""]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
print((7).as_integer_ratio(), True.as_integer_ratio(), (-3).as_integer_ratio())
print(math.frexp(12.5), math.ldexp(0.78125, 4), math.modf(-3.75), math.copysign(2, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.nextafter(1.0, 2.0) - 1.0 == sys.float_info.epsilon)
print(math.ulp(1.0), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), int(-2.9), int(2.9))
print(float("  -1_000.5 "), float("1e-3"), float("-iNF"), float("nan") != float("nan"))

print("== int <-> bytes")
for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 1, "big", True),
                                 (-129, 2, "little", True), (255, 1, "big", False), (0, 0, "big", False),
                                 (2**64 - 1, 8, "big", False), (-(2**63), 8, "big", True)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, b.hex(), int.from_bytes(b, order, signed=signed))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (1, 0, False)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print("OverflowError", n, e)
print(int.from_bytes(b"\xff\xfe", "little"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((5).to_bytes(), int.from_bytes(b"\x80", signed=True), (1000).to_bytes(4, byteorder="little"))

print("== bits")
for n in [0, 1, 7, -7, 255, 2**100, -(2**100) + 1, 10**30]:
    print(n.bit_length(), n.bit_count(), bin(n)[:20], hex(n)[:20], oct(n)[:12])
print(~5, -5 >> 1, -5 << 3, 1 << 100 >> 98, 0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, -12 & 0xFF)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)

print("== big ints")
f30 = math.factorial(30)
print(f30, f30.bit_length(), len(str(math.factorial(200))), str(2**1000)[-12:])
print(pow(3, 1000, 10**9 + 7), pow(2, -1, 7), pow(38, -1, 97), pow(10, 30) // 7**20, -(10**30) // 7)
print(divmod(10**40 + 3, -(10**19)), (10**40) % -7, math.gcd(2**60, 6**30), math.lcm(12, 18, 10**20))
print(math.isqrt(10**40 + 12345), math.comb(100, 50), math.perm(20, 5), abs(-(2**70)))
print(int("1" * 30, 2), int("-zz", 36), int("0x_ff", 16), int("0o17", 0), int(" 42 "), int("١٢٣"))
for bad in ["", "1_", "0b2", "12a", "_1"]:
    try:
        int(bad, 0 if bad.startswith("0") else 10)
    except ValueError as e:
        print("ValueError", e)
print(2**0.5, (-8) ** (1 / 3), 4**-1, (-2) ** 2, 0**0, pow(2.0, 3), 10**-2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, float(10**308) * 1.0)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0**10000
except OverflowError as e:
    print("OverflowError", e)
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(1.5), hash(-0.0) == hash(0), hash(10**20) == hash(float(10**20)))

print("== complex")
z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * 1j, z / (1 + 1j), z**2, complex("1+2j"), complex(" -1.5e3j "))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), 1j**2, (1 + 2j) == complex(1, 2), hash(1 + 0j) == hash(1))
print(divmod(7, 2) == (3, 1), format(z, ".2f"), format(1.5 + 2.25j, "^20"), f"{-1j:g}")
try:
    z // 2
except TypeError as e:
    print("TypeError", e)
