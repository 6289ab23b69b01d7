vals = [0, 1, -1, 42, -42, 255, 10**6, 2**40, -2**63]
for v in vals:
    print(f"{v:d}|{v:+d}|{v: d}|{v:8d}|{v:<8d}|{v:^8d}|{v:08d}|{v:,}|{v:_}|{v:x}|{v:#X}|{v:o}|{v:b}"[:120])
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-10, 1e16, 123456.789, float("inf"), float("nan"), 2.5e-5, 1/3]
for f in fl:
    print(f"{f}|{f:f}|{f:.2f}|{f:e}|{f:.3e}|{f:g}|{f:.3g}|{f:%}|{f:10.4f}|{f:<10.1f}|{f:+.1f}|{f:,.2f}|{f:E}|{f:G}|{f:n}")
print(f"{1234567.891:,.2f}", f"{1234567.891:_.1f}", f"{0.000123:.2e}", f"{12345:.2e}", f"{5:.1%}")
print(f"{'abc':10}|{'abc':>10}|{'abc':^10}|{'abc':-<10}|{'abc':.2}|{'abc':>5.1}")
print(f"{3:*>5}", f"{3:0>5}", f"{-3:0=5}", f"{3.5:=+8.2f}", f"{'x':=^5}" if False else "", f"{True}", f"{True:d}", f"{None!s:>6}")
print(format(12.0), format(12.0, ""), format(1e100, ".2g"), format(0.1, ".20f"), format(2**0.5, ".15g"), format(100.0, "g"))
print(repr(1e22), repr(1e21), repr(1e-4), repr(1e-5), repr(123456789012345678.0), repr(0.1 + 0.7), str(-1e-7))
print("%s %r %d %i %f %.1f %e %g %x %X %o %c %%" % ("s", "r", 3.9, -2, 1.5, 2.25, 1e5, 1e-5, 255, 255, 8, 65))
print("%(a)s-%(b)05.1f" % {"a": 1, "b": 2.345}, "%5s|%-5s|" % ("ab", "cd"), "%+d %+d" % (5, -5), "% d" % 5)
print("%.3s" % "abcdef", "%*d" % (5, 42), "%-*d|" % (5, 42), "%.*f" % (2, 3.14159), "%#x %#o" % (255, 8), "%c" % "z")
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    f"{'x':d}"
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{}".format()
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3j), "{:{w}.{p}f}".format(3.14159, w=8, p=3), "{{literal}}".format())
print("{!r:>8}|{!s:<6}|{!a}".format("q", 5, "ü"), "{0:>{1}}".format("z", 4))
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + format(self.v, spec[:-1] or ",.2f")
        return format(self.v, spec)
    def __str__(self): return f"M{self.v}"
    def __repr__(self): return "Money(%r)" % self.v
m = Money(1234.5)
print(f"{m}", f"{m:$}", f"{m:.1f$}", f"{m!s}", f"{m!r}", "{:$}".format(m), format(m, "10.2f"), str(m), [m])
x = 10
print(f"{x=}", f"{x = }", f"{x*2=:>5}", f"{'a' 'b'}", f"{x!r:>4}", f"{{x}}", f"{x:{'>'}{6}}")
print(str(1.0), str(10.0**16), str(1.23e-5), float("1_000.5"), int("  42  "), int("-0"), float(" -inf "), complex("1+2j"))
print(round(123.456, -1), round(-123.456, 1), round(0.5), round(1.5), round(2.675, 2), round(1e300, 2), round(7, 0), type(round(7.0)))
print(bin(-5), oct(-8), hex(-255), int("-0b101", 0), int("0o17", 0), int("z", 36), (3.75).hex(), float.fromhex("-0x1p-2"))
print(ascii("naïve ☃ \n"), repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f\x80\u200b"))
print(repr(b"\x00abc\xff'"), bytes([65, 66]).decode(), "é".encode("utf-8"), "é".encode("latin-1"), b"ab".hex(" "))
print(str(b"x"), bytes(3), bytearray(b"hi"), repr(bytearray()), b"%d-%s" % (5, b"x"), b"a,b".split(b","))
print(1_000_000, 0x_ff, 1e3, 1E-3, 0o777, 0b1010, 1j, 2.5j, -1j, 1 + 0j, complex(0, -0.0), (1+2j).conjugate())
print(float(2**53 + 1), 2**53 + 1, 10**20 / 3, 10**20 // 3, -7 // 2.0, 7 % -2.0, 2 ** 0.5, (-8) ** (1/3))
print(int(1e20), int(-1.9999), 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
print(f"{12345678901234567890:,}", f"{-1234.5:010.2f}", f"{1234.5:>+12,.3f}", f"{0.00001:g}", f"{123456789:g}", f"{1e-4:.0e}")
