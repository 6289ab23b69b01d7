rows = [
    ("Widgets", 1234, 3.5, 0.125),
    ("Gadgets & Gizmos", 98, 1234.5678, -0.04),
    ("Ñandú plush", 1000000, 0.005, 1.0),
    ("Zeta", 0, -12.0, 0.0),
    ("a-very-long-product-name-here", 42, 99.999, 0.3333),
]

print(f"{'Name':<20}|{'Qty':>10}|{'Price':>12}|{'Chg':>8}")
print(f"{'':-<20}+{'':->10}+{'':->12}+{'':->8}")
for name, qty, price, chg in rows:
    print(f"{name[:20]:<20}|{qty:>10,}|{price:>12,.2f}|{chg:>+8.1%}")
print(f"{'':=^53}")

for w in (5, 10, 15):
    print(f"[{'mid':^{w}}] [{'mid':*^{w}}] [{3.14159:{w}.{w // 5}f}]")

for spec in ["", "10", "<10", ">10", "^10", "=+10", "010", "+", " ", "x", "#x", "#010b", "o", "#o", "X", "_", ",", "_x", "c", "e", ".3e", "g", "%", "n"]:
    v = 65 if spec in ("c",) else 255
    try:
        print(f"{spec!r:>9}: [{format(v, spec)}] [{format(-v, spec) if spec != 'c' else ''}]")
    except ValueError as e:
        print(f"{spec!r:>9}: ValueError {e}")

floats = [0.0, -0.0, 1.0, 1.5, 2.5, 1e16, 1.23456789e-5, 123456.789, float("inf"), float("nan"), -1e-300]
for f in floats:
    print(f"{f!r:>16} | {f:g} | {f:.3g} | {f:e} | {f:.2f} | {f:,.1f} | {f:10.4} | {f:#.0f} | {f:+.2%}")

for spec in [".0f", ".1f", ".2f"]:
    print(spec, [format(x, spec) for x in (0.5, 1.5, 2.5, 0.125, 0.375, 2.675, -0.5)])

print("%s|%r|%a" % ("é", "é", "é"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x|%X|%#x|%#o|%o" % (255, 255, 255, 8, 8))
print("%.3f|%10.2f|%-10.2f|%e|%g|%G" % (3.14159, 2.5, 2.5, 12345.678, 0.00001234, 1e20))
print("%c%c%c" % (72, "i", 33))
print("%(name)s is %(age)d years, %(pct).1f%%" % {"name": "Ann", "age": 30, "pct": 99.5})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%s" % (1, ) , "%s" % [1, 2], "%s %s" % ("a", "b"))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

print("{0}{1}{0}".format("ab", "cd"))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{name!r:>10} {name!s:>10} {name!a}".format(name="ñ"))
print("{0[0]} {0[2]} {1[k]} {2.real} {2.imag}".format("xyz", {"k": "v"}, 3 + 4j))
print("{:{fill}{align}{width}}".format("x", fill="~", align="^", width=9))
print("{{literal}} {}".format(5))
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0.000123, ".2e"))
print(f"{1234567:,}".replace(",", "."), f"{-1234.5:010.2f}", f"{1234.5:=+12,.1f}")
import datetime
d = datetime.date(2024, 2, 29)
print(f"{d:%Y/%m/%d} {d:%a %b %d} {d!r} {d}")
print("{:%H:%M}".format(datetime.time(9, 5)))
val = 12.3456
for prec in range(5):
    print(f"{val:.{prec}f} {val:{prec + 8}.{prec}e}")
print(f"{'é':>5}|{'日本':^6}|{'x'!r:>5}|{None!s:>6}|{True:>6}|{True!r:>6}")
print(f"{3 + 0j}", f"{1.5 - 2j:.2f}", f"{complex(0, -1)!r}", format(2j, ">8"))
