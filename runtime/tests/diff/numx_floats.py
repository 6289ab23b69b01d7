"""Exploring float internals: hex, ratios, frexp, ulp, rounding, formatting."""
import math
import struct
import sys

values = [0.1, 0.5, 1.0, 1 / 3, 2.0 ** -1074, sys.float_info.max, -0.0, 1e16, 123456.789, 5e-324]
print(f"{'value':>24} {'hex':>26} {'ratio'}")
for v in values:
    num, den = v.as_integer_ratio()
    r = f"{num}/{den}" if den != 1 else str(num)
    if len(r) > 40:
        r = r[:18] + "..." + r[-18:]
    print(f"{v!r:>24} {v.hex():>26} {r}")

for s in ["0x1.8p1", "0x.8p0", "-0x1p-2", "0x1.fffffffffffffp+1023", "inf", "-0X1.4P+3", "nan"]:
    print(s, "->", float.fromhex(s))
try:
    float.fromhex("0x1p+2000")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)

print("frexp/ldexp")
for v in [1.0, 0.75, 1024.0, -3.5, 1e-310, 0.0, 7.0]:
    m, e = math.frexp(v)
    print(f"  {v!r:>10}: m={m!r} e={e} back={math.ldexp(m, e)!r}")
print(math.ldexp(1.0, 1024) if False else "skip", math.ldexp(0.5, -1073), math.ldexp(1.5, -1075))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print("ldexp overflow:", e)

print("nextafter/ulp")
x = 1.0
for _ in range(3):
    x = math.nextafter(x, 2.0)
    print(f"  {x!r} {x.hex()} ulp={math.ulp(x)!r}")
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.ulp(0.0), math.ulp(1e300), math.ulp(float('inf')), math.ulp(-2.0))

print("isclose")
pairs = [(0.1 + 0.2, 0.3), (1e-10, 0.0), (1e9, 1e9 + 1), (float('inf'), float('inf')), (float('nan'), float('nan'))]
for a, b in pairs:
    print(f"  {a!r} ~ {b!r}: default={math.isclose(a, b)} abs={math.isclose(a, b, abs_tol=1e-9)} rel={math.isclose(a, b, rel_tol=1e-8)}")
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("isclose error:", e)

print("fsum vs sum")
data = [0.1] * 10
print(sum(data), math.fsum(data), sum(data) == 1.0, math.fsum(data) == 1.0)
big = [1e100, 1.0, -1e100, 1e-100]
print(sum(big), math.fsum(big))
print(math.fsum([1e308, 1e308, -1e308]) if False else "", end="")
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError as e:
    print("fsum overflow:", e)
print(math.fsum([float('inf'), 1.0]), math.fsum([]))

print("inf and nan")
inf, nan = float("inf"), float("nan")
print(inf > sys.float_info.max, -inf < -sys.float_info.max, inf == inf, nan == nan, nan != nan)
print(inf - inf, inf * 0, nan is nan, [nan] == [nan], math.isnan(inf - inf))
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0), sorted([3.0, 1.0, 2.0]))
print(math.copysign(1.0, -0.0), -0.0 == 0.0, str(-0.0), repr(-0.0 * 1), 0.0 * -1)
print(math.isinf(1e308 * 10), math.isfinite(1e308), float('-inf') // 1, divmod(7.5, 2))
try:
    int(nan)
except ValueError as e:
    print("int(nan):", e)
try:
    int(inf)
except OverflowError as e:
    print("int(inf):", e)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("div:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("sqrt:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("pow:", e)

print("rounding")
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 12345.6789]:
    print(f"  round({v!r}) = {round(v)!r}, round(.., 2) = {round(v, 2)!r}, round(.., -1) = {round(v, -1)!r}")
for n in [1234, 1250, 1350, -1250, 15, 25]:
    print(f"  round({n}, -2) = {round(n, -2)}, round({n}, -1) = {round(n, -1)}")
print(round(1e300, -299), round(123.456, -5), round(float('inf'), 2), round(5, 3))

print("formatting")
fmts = ["g", ".3g", ".10g", "e", ".2e", "E", "%", ".1%", "f", ".0f", "#.0f", "+.3f", " .2f", "_.2f", ",.2f", "012.3f", "<12.2g", "^12.3e", "n"]
for v in [1234567.891, 0.000012345, 100.0, -2.5, float("inf"), float("nan")]:
    print(f"{v!r}:", " ".join(format(v, f) for f in fmts))
print("%g %e %f %.3g %10.4f|%-10.2e|" % (0.0001, 12345.678, 1 / 3, 1e-5, math.pi, math.e))
print(f"{1e22}", f"{1e16}", f"{1e15}", str(1e-5), str(0.0001), repr(1.1e-4), 1e100)

print("struct bits")
for v in [1.0, -2.0, 0.1, float("inf"), 5e-324]:
    bits = struct.unpack(">Q", struct.pack(">d", v))[0]
    sign, exp, frac = bits >> 63, (bits >> 52) & 0x7FF, bits & ((1 << 52) - 1)
    print(f"  {v!r:>8}: {bits:016x} sign={sign} exp={exp:4d} frac={frac:013x}")
    f32 = struct.unpack("<f", struct.pack("<f", v))[0]
    print(f"     as float32 -> {f32!r} {struct.pack('>f', v).hex()}")
print(struct.pack("<e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c")[0])
try:
    struct.pack("<e", 1e10)
except OverflowError as e:
    print("half overflow:", e)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.epsilon, sys.float_info.min)
