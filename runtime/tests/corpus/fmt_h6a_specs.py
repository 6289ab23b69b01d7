# f-strings and format() with a wide range of format specs.
import math

values = [0, 1, -1, 42, -42, 1234567, -9876543210, 2**64]
for n in values:
    print(f"{n:>12} |{n:<12}|{n:^12}|{n:_}|{n:,}|{n:+d}|{n: d}")
    print(f"{n:#x} {n:#o} {n:#b} {n:X} {n:08d} {n:=+10d} {n:#_x}")

floats = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 1e22, 123456.789, float("inf"), float("nan"), -float("inf")]
for x in floats:
    print(f"{x:>10.3f}|{x:<10.2e}|{x:^12.4g}|{x:+.1f}|{x:%}|{x:.0%}|{x:g}|{x}")
    print(f"{x:010.2f}|{x:,.2f}|{x:_.3f}|{x:.3E}|{x:G}|{x!r:>25}")

print(f"{1e16:g} {1e15:g} {1.0e-5:g} {0.0001:g} {123456789.0:g} {1234567.0:.10g}")
print(f"{12345.6789:,.2f} {-0.5:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{math.pi:.{3}f} {math.e:{10}.{4}} {math.tau:{'>'}{12}.{2}f}")
width, prec = 15, 5
for v in (math.pi, -math.e):
    print(f"[{v:{width}.{prec}f}] [{v:<{width}.{prec}e}] [{v:*^{width}.{prec}g}]")

strings = ["", "a", "hello", "tab\there", "quote'\"", "ünïcødé"]
for s in strings:
    print(f"{s!r:^20}|{s:>8}|{s:.3}|{s!s:-<10}|{s!a}")
print(f"{'abc':*>10.2}|{'abc':10}|{'x'!r:5}|")

print(format(255, "x"), format(255, "#010b"), format(-255, "#06x"), format(3.5, "08.3f"))
print(format(True, "d"), format(True), f"{False!r}", format(None), f"{None!s:>6}")
print(format(1234.5, "n"), format(10**20, ","), format(0.1, ".20f"), format(1/3, ".17g"))
print(f"{'left':<{10}}{'right':>{10}}")
print(f"{3+4j}", f"{1.5-2j:.2f}", format(complex(0, -1)), f"{complex(1e20, 1):g}")
print(f"{'%'}", f"{{literal}}", f"{{{42}}}", f"{'a' 'b'}")
x = 7
print(f"{x=}", f"{x = }", f"{x*2=:>5}", f"{x=!r}", f"{x=:#x}")
print(f"{x:c}", f"{65:c}{66:c}", f"{0x1F600:c}")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec.endswith("c"):
            return f"{self.cents}{spec[:-1]}c"
        return format(self.cents / 100, spec)
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"{self.cents / 100:.2f} USD"

m = Money(12345)
print(f"{m}", f"{m:>12.1f}", f"{m: c}", f"{m!r}", f"{m!s:>15}", format(m, ",.3f"))
for bad in ["{:d}".format, lambda v: format(v, "z"), lambda v: format(v, ".2d"), lambda v: f"{v:,_}"]:
    for v in (1.5, "s", 3):
        try:
            print(bad(v))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
print("{0}{1}{0}".format("ab", "cd"), "{:>{w}}".format("r", w=4), "{a[1]}{b.real}".format(a=[5, 6], b=3))
print("%5.2f|%-6d|%s|%r|%x|%o|%e|%05d|%+d|%%" % (3.14159, 42, "s", "r", 255, 8, 12345.678, -42, 7))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%c%c" % (72, "i"), "%.3s" % "abcdef")
print("%*d|%-*.*f|" % (6, 42, 10, 2, math.pi))
