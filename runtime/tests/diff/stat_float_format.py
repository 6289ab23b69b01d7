import math

values = [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 123456.789, -98765.4321, 1e-7, 1.5e-5,
          6.02214076e23, 1e16, 1e15, 123456789012345678.0, 0.5, 2.5, -1.5, 1e100,
          math.pi, math.e, 9.995, 0.000123456, 99999.5, 1e-320, 5e-324, 1.7976931348623157e308]
specs = ["", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.3f",
         "+.2f", " .2f", "010.3f", "<12.4g", ">12.2e", "^14.3f", "*^14.1f", "#.0f", "#g", "#.3g",
         ".0e", ".0f", ".12f", "n", "r" if False else "f"]
for v in values:
    parts = []
    for s in specs:
        try:
            parts.append(format(v, s))
        except ValueError as ex:
            parts.append(f"!{ex}")
    print(repr(v), str(v), "|".join(parts))

print()
for v in [float("inf"), float("-inf"), float("nan")]:
    print(repr(v), [format(v, s) for s in ["", "f", "e", "g", "%", "+.2f", "010.2f", "^9", "E", "G", "F"]])

# percent-style
for v in [3.14159, -0.001234, 12345.6789, 1e20, 0.5]:
    print("%f|%.2f|%e|%.3E|%g|%G|%10.4f|%-10.2f|%+g|%#x" % (v, v, v, v, v, v, v, v, v, int(v)))
    print("%5.1f%%|%08.3f|% f|%.0f|%r|%s|%a" % (v * 100, v, v, v, v, v, v))

# ints with grouping
for n in [0, 7, 1234, -1234567, 10**12, 2**64]:
    print(f"{n:,}|{n:_}|{n:_x}|{n:_b}|{n:,.2f}|{n:e}|{n:.3g}|{n:%}|{n:+08,}|{n:>15,}|{n:#_o}")

# rounding edge cases
for v in [0.125, 0.375, 2.675, 1.005, 0.045, 1234.5, 1235.5, -0.5, 0.05]:
    print(v, round(v, 2), round(v), f"{v:.2f}", f"{v:.1f}", f"{v:.0f}", "%.2f" % v)

# repr round trip
xs = [0.1 * i for i in range(12)]
print(xs)
print([round(x, 10) for x in xs])
print(sum(xs), math.fsum(xs), repr(0.1 + 0.2), 0.1 + 0.2 == 0.3)
print(float.hex(0.1), float.fromhex("0x1.999999999999ap-4"), (0.1).as_integer_ratio())
print(1e22, 1e21, 1e-4, 1e-5, 123e-7, 1.0e16, 9007199254740993.0)
print(str(1/7), format(1/7, ".17g"), format(1/7, ".20f"))
print(f"{12345.6789:=+12.2f}", f"{-12345.6789:=12.2f}", f"{0.000001:g}", f"{0.0001:g}")
print(f"{1e6:g}", f"{1e5:g}", f"{123456789.0:g}", f"{1234567.0:.7g}", f"{0.00001234:.2g}")
print(f"{3.0:.3}", f"{3.14159:.3}", f"{1e20:.3}", f"{1234.5:.0}", f"{0.1:.1}")
print(format(1.0, ".5"), format(100.0, ""), format(1e16, ""), format(1.5e16, ".3"))
