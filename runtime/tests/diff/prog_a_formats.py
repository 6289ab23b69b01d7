"""String formatting corner cases, as seen in report-printing code."""
import math
from decimal import Decimal
from fractions import Fraction

values = [0, 7, -7, 255, 1234567, -9876543210, 2**64]
specs = ["d", "+d", " d", "5d", "<6d", "^7d", "=+8d", "*>9,d", "_d", ",", "x", "#x", "X", "#010x",
         "o", "#o", "b", "#b", "_b", "08b", "#_x", "c", "n", "e", ".2%", "g", "015,d", "-^10"]
for spec in specs:
    row = []
    for v in values:
        try:
            if spec == "c" and not 0 <= v < 0x110000:
                raise OverflowError("skip")
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}>")
    print(f"{spec!r:9}", "|".join(row))

floats = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1e-7, 123456.789, 1e16, 1.5e300, float("inf"), float("nan"), 0.5, 2.5]
fspecs = ["", "f", ".0f", ".1f", "+.3f", "10.2f", "<10.2f", "^12.3e", "e", ".3E", "g", ".3g", "#.3g", "G",
          "%", ".1%", ",.2f", "_.1f", "010.2f", "=+12,.1f", "r" if False else ".10g", "#.0f", "n", ".0e", "#.0e", "-.2f", " .2f"]
for spec in fspecs:
    print(f"{spec!r:9}", "|".join(format(v, spec) for v in floats))

print(format(1e16), format(1e15), str(1e-5), str(1.0e-4), repr(0.1 + 0.2), str(123456789012345678.0))
print(f"{12345.6789:,.2f} {0.000123:.2e} {1/3:.15f} {2/3:.17g} {100:.2e} {1e100:g}")
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1.35, 1), round(2.675, 2), round(12345, -2))
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("-0.000"), "f"), f"{Decimal('1e-10'):f}",
      format(Decimal("12.5"), ".0f"), format(Decimal("7"), "08.3f"))
print(format(Fraction(1, 3), "") if hasattr(Fraction, "__format__") else str(Fraction(1, 3)))

strs = ["", "a", "hello", "naïve", "wide world"]
for spec in ["", "10", "<10", ">10", "^10", "*^9", ".3", "10.2", "-<8", "_>6"]:
    print(f"{spec!r:7}", "|".join(format(s, spec) for s in strs))

print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%g|%G|%10.3f|%-10.3f|%c|%c|%r|%s|%a|%%" % (
    42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 12345.678, 12345.678, 0.00001234, 1e20, math.pi, math.pi, 65, "z",
    "q'uote", None, "é"))
print("%(name)s is %(age)d years, %(score).1f%%" % {"name": "Ann", "age": 31, "score": 97.25})
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 2.71828))
print("%s %s" % ("tuple", (1, 2)) if False else "%s" % ((1, 2),), "%s" % [1, 2], "%i" % 3.99, "%d" % True)
for bad_args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%c", "ab")]:
    try:
        print(bad_args[0] % bad_args[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)


class Obj:
    name = "widget"
    dims = (3, 4)
    meta = {"color": "red", "sizes": [1, 2, 3]}

    def __format__(self, spec):
        return f"Obj<{spec or 'default'}>"


o = Obj()
print("{0.name} {0.dims[1]} {0.meta[color]} {0.meta[sizes][2]}".format(o))
print("{:>{w}.{p}f}|{:{fill}{align}{w}}".format(3.14159, "x", w=8, p=2, fill="~", align="^"))
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(1, 2), "{{literal}} {0!r} {0!s} {0!a}".format("é"))
print("{:%Y}".format(o), f"{o}", f"{o:abc}", format(o, "x"))
print("{a[0]}-{a[1]:03}".format(a=[5, 6]), "{0[key]}".format({"key": "v"}), "{x.real}".format(x=3 + 4j))
print(f"{'nested':{'>'}{10}}", f"{3.14159:.{3}}", f"{255:#{'x'}}", f"{'a'!r:>5}", f"{1 + 1 = }", f"{'x' * 3=:>6}")
width, prec = 12, 4
print(f"[{math.e:{width}.{prec}f}] [{math.e:<{width}.{prec}e}] [{-math.e:^+{width}.{prec}g}]")
for bad in ["{", "}", "{0", "{:d}", "{0.x}", "{5}", "{a}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(f"{bad!r}: {type(e).__name__} {e}")
for v, spec in [(1.5, "d"), ("s", "d"), (3, "s"), (2, ".2s"), ("x", "+"), (1, "=^5"), (1.0, "x"), ("a", "=5")]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(f"{v!r} {spec!r}: {e}")
print(format(True, "d"), format(True, ""), format(True, ">6"), format(None, ""), format(3 + 4j, ".1f"), format(-1j))
print(f"{10**20:,}", f"{-1234.5:_}", f"{1234567.0:,}", f"{0.1:.30f}", f"{5e-324:g}", f"{1.7976931348623157e308:.3e}")
print(str.format("{:,}", 12345678), "{:b}".format(-5), "{:#o}".format(-8), "{:=10}".format(-3), "{:010}".format(-3.5))
print(format(12, "x^+#8b"), format(-0.0, "+.1f"), format(0.0, "z.1f") if False else "", format(1e-320, ".3g"))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|", f"{123:<8}|{123:>8}|{123:^8}|", f"{1.5:<8}|{1.5:^9}|")
print(repr(1e22), repr(1e21), repr(123456789.0), repr(-1.5e-10), repr(float(2**53)), str(2.0**63))
print(int("1_000"), int(" 42 "), int("-0x1f", 16), int("0b101", 0), int("z", 36), float("1_0.5"), float(" -inf "))
