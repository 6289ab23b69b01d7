"""An invoice printer that leans on the format-spec mini-language and %-formatting."""

items = [
    ("Widget", 3, 1234.5),
    ("Gadget, large", 12, 0.125),
    ("Thingamajig", 1, 1_000_000.0),
    ("Nut", 1500, 0.0049),
    ("Refund", -2, 19.99),
]

print(f"{'Item':<15}|{'Qty':>6}|{'Price':>14}|{'Total':^16}|")
print(f"{'':-<15}+{'':->6}+{'':->14}+{'':-^16}+")
grand = 0.0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(f"{name:<15.15}|{qty:>6,}|{price:>14,.4f}|{total:^+16,.2f}|")
print(f"{'GRAND':>15}|{'':6}|{'':14}|{grand:=+16,.2f}|")

print("== ints")
for n in [0, 7, -7, 255, 65535, -1234567, 10**12 + 1]:
    print(f"{n:d}|{n:+d}|{n: d}|{n:08d}|{n:_d}|{n:,}|{n:x}|{n:#X}|{n:#o}|{n:#b}|{n:_x}|{n:=+12,}|")
print(f"{255:#010x} {255:#_b} {-255:#x} {1234567:_o} {12:c}{65:c}")
print(format(10**25, ","), format(-(10**20), "_"), format(2**64, "#x"))
print(f"{True:d} {True} {False:>5} {True:5}")
print(f"{42:n} {3.5:n} {1e20:n}")

print("== floats")
vals = [0.0, -0.0, 1.0, 2.5, -3.14159, 1e-7, 12345.6789, 1e22, float("inf"), float("-nan")]
for v in vals:
    print(f"{v}|{v:.3f}|{v:10.2e}|{v:g}|{v:.3g}|{v:%}|{v:+.1%}|{v:,.2f}|{v:#.0f}|{v:#g}|")
print(f"{1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {1e16:.0f} {123456789.0:_.1f}")
print(f"{3.0:.10g} {1e-5:g} {1e-4:g} {1e16:g} {1e15:g} {123456.0:.2g} {0.000123456:.3}")
print(f"{1/3!r:>25} {1/3!s:.5} {2.0:.0e} {2.5:E} {1e100:.3G}")
print(f"{float('nan'):08.2f} {float('inf'):+,.1f} {-1e-300:.1e}")
print(f"{12.5:=+010.2f} {12.5:*^12.1f} {-12.5:010.1f} {12.5:010}")

print("== strings")
for s in ["", "a", "héllo", "tab\tbed", "longer than ten"]:
    print(f"[{s:>10}] [{s:<10}] [{s:^10}] [{s:.4}] [{s:*^9.3}] [{s!r:>12}] [{s!a}]")
print("[{0:{fill}{align}{width}}]".format("nest", fill="~", align="^", width=12))
print("{:{}{}}".format(3.14159, ".", "3"), "{0[1]}-{0[0]}-{1.real}".format(["x", "y"], 4j))
print("{!r:^20}|{:>{w}.{p}f}".format("q", 2.71828, w=9, p=2))
print("{{literal}} {0}{0}".format("ab"), "{a}{b}{a}".format(a=1, b=2))

print("== percent formatting")
rec = {"user": "ann", "n": 3, "ratio": 0.4567, "id": 255}
print("%(user)s has %(n)d items (%(ratio).1f%%) id=%(id)#x %(id)o" % rec)
print("%-8s|%8s|%08.3f|%+d|% d|%x|%X|%e|%g|%c|%r|%a" %
      ("left", "right", 3.14159, 5, 5, 255, 255, 12345.678, 0.00001, 65, "q", "é"))
print("%*d|%-*d|%.*f|%5.1s|" % (6, 42, 6, 42, 2, 1.23456, "abc"))
print("%s %s" % ("one", [1, 2]), "%s" % (("tuple", "in"),), "%d%%" % 50)
print("%i %u %5.2f%%" % (3.9, 7, 99.555))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%(k)s", {}), ("%z", 1), ("%s", ("a", "b"))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

print("== errors")
for spec_val in [("d", 1.5), ("s", 3), (",s", "x"), ("=5", "s"), ("x", 2.0), (".2d", 5), ("+s", "a"), ("c", -1), ("z", 1)]:
    spec, val = spec_val
    try:
        print(format(val, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{spec!r} on {type(val).__name__}: {type(e).__name__}: {e}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${self.cents / 100:{spec[:-1]},.2f}"
        return format(self.cents, spec)

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(123456789)
print(f"{m:$} {m:>20$} {m:_} {m!r}")
print(format(m), str.format("{:08}", m))
print(f"{'pad':\u2500^11}", f"{-0.0:+}", f"{0:+}", f"{-1:_}")
