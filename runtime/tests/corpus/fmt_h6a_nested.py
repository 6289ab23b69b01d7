# Nested format specs, __format__ overrides, str.format field lookups, %-formatting and
# the error messages of bad format strings.
x, width, items = 3.14159, 12, {"a": 1}
print(f"{x!r:>{width}}|{x:{'<' if x > 3 else '>'}{width}.2f}|{items['a']}|{(lambda v: v * 2)(4)}|{'nested ' + f'{x:.1f}'}")
print(f"""multi
{x:.2f} line {
    items["a"] + 1
}""")
print(f"{x=:.2f} {items['a']=} {1 + 1 = } {x!s:.4} {'q'!a}")
print(f"{{}} {{{x:.0f}}} {'{'}{x:.0f}{'}'}", f"{3:{'0'}{'5'}}", f"{'abc':{'^'}{9}}")
n = 255
print(f"{n:#010x}|{n:<#8o}|{n:^#12b}|{n:+,}|{-n:_x}|{n:c}|{n:e}|{n:%}|{n:.2f}")
print(f"{1234567.5:,.1f}|{-0.000012345:.3e}|{1e-300:g}|{123456789:.3g}|{0.1:.17f}|{2/3:.0%}")
print(f"{'x' * 3:->7}|{'':>3}|{'ab'!r:<6}|{None!r}|{True:^7}|{3.0!s:>5}")
for v in [0, 1, -1, 12.5, -0.25, 1e10, 1234.5678]:
    print(f"[{v:8.3g}] [{v:<+9.2f}] [{v:^10,.1f}] [{v:08.2f}] [{v:.2%}]")
import datetime
d = datetime.date(2024, 3, 9)
dt = datetime.datetime(2024, 3, 9, 14, 5, 7)
print(f"{d:%Y/%m/%d} {dt:%H:%M:%S} {d} {dt!r} {d:%A %B %j}")
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        num = spec[:-1] if spec and spec[-1] in "CF" else spec
        val = self.c if unit == "C" else self.c * 9 / 5 + 32
        return f"{val:{num or '.1f'}}°{unit}"
t = Temp(21.5)
print(f"{t} {t:F} {t:.3fC} {t:>10.0fF}", format(t, "F"), "{:C}".format(t))
print("{0:>{1}}|{0:<{2}.{3}}|{k:^{w}}".format("hello", 8, 6, 2, k="mid", w=7))
print("{0[1]} {0[a]} {1.real} {1.imag}".format({1: "one", "a": "A"}, 3 + 4j))
print("{!r:>8}|{!s:<8}|{!a}".format("é", "é", "é"))
print("%-8s|%8.3f|%+05d|%x|%o|%e|%G|%c" % ("left", 3.14159, 42, 255, 64, 1234.5, 0.00001, 97))
print("%(x)5.1f %(y)s %%" % {"x": 2.25, "y": [1]}, "%s %s" % ("a", ("t",)), "%s" % (("t",),), "%r" % ({"k": 1},))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{".format()
except ValueError as e:
    print(e)
try:
    "}".format()
except ValueError as e:
    print(e)
try:
    "{:x}".format("s")
except ValueError as e:
    print(e)
try:
    "{0.missing}".format(1)
except AttributeError as e:
    print(e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(e)
try:
    f"{1:{2}{3}{4}}"
except ValueError as e:
    print(e)
try:
    format(1, "=^=10")
except ValueError as e:
    print(e)
try:
    format("s", "=10")
except ValueError as e:
    print(e)
try:
    format(1.5, "c")
except ValueError as e:
    print(e)
try:
    format(2**40, "c")
except OverflowError as e:
    print(e)
try:
    format("s", "+")
except ValueError as e:
    print(e)
try:
    format(1j, "=10")
except ValueError as e:
    print(e)
print(format(12, "_o"), format(1234, ","), format(-1234.5, "=+12,.1f"), format(1.0, "n"), format(10**6, "n"), format(0.0001, "n"))
print("{:,}".format(1234.5678), "{:_}".format(10**10), "{:,.2%}".format(1234.5), "{:>+,d}".format(10**7))
print(format(float("nan"), "08.2f"), format(float("-inf"), "=+10"), format(1e300 * 10, ",") , format(-0.0, "+g"), format(0.0, "-g"))
