vals = [0, 1, -1, 42, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 0.5, 2.675]
for v in vals:
    print(f"{v!r:>12} | {v:>10} | {v:<10}| {v:^10} | {v:+} | {v:e} | {v:g}")
for v in [255, -255, 0, 65535]:
    print(f"{v:x} {v:X} {v:#x} {v:o} {v:#o} {v:b} {v:#b} {v:08b} {v:_x} {v:,} {v:_}")
print(f"{1234567.891:,.2f} {1234567.891:_.3f} {0.000123:.2e} {123.456:.1%}")
print(f"{'abc':*^9}|{'abc':-<6}|{'abc':>6}|{'abcdef':.3}|{'x':=^5}")
print(f"{42:=+8}|{-42:=8}|{42:08}|{-42:08}|{3.5:010.3f}|{-3.5:+09.2f}")
print(f"{12345:>10,}|{-0.0:f}|{0.0:+.1f}|{1/3:.15g}|{2/3:.3}")
print(f"{float('inf'):f} {float('-inf'):>8} {float('nan'):e} {float('inf'):%}")
print(f"{True:d} {True} {False:>6} {None!s:>6} {None!r}")
print(format(3.0), format(3.0, ""), format(10**16 * 1.0), format(1e16, "g"), format(1.0e-5))
print(format(1234.5, "n"), format(12, "c"), format("s", "5"), format(7, "5d"))
print("%s %r %d %i %5.2f %-6s| %06.1f %x %X %o %e %%" % ("s", "r", 42, -7, 3.14159, "ab", -2.5, 255, 255, 8, 12345.678))
print("%(a)s and %(b)05d" % {"a": "A", "b": 42})
print("%c%c %10.4s| %-10s|" % (65, "b", "abcdefg", "hi"))
print("%+d % d %.3g %g %G" % (5, 5, 1234567, 0.00001234, 1e-10))
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 2 + 3j))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{!r:>8}".format("q"))
print("{:,}".format(-1234567), "{:.0f}".format(2.5), "{:.0f}".format(3.5), round(2.5), round(-0.5))
print(f"{'nested {braces}'}", f"{{literal}}", f"{3+4=}", f"{'x'=!r:>6}")
w = 7
print(f"{'dyn':>{w}}|{3.14159:.{w-4}f}|{w:{'>' if w > 5 else '<'}4}")
try:
    format(3.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format(1, ",x")
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1:=^}{2:zz}"
except ValueError as e:
    print("ValueError:", e)
