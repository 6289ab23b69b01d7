# printf-style % formatting.
print("%s %s" % ("a", "b"), "%r" % "q", "%a" % "é", "%%", "%5s|%-5s|" % ("r", "l"))
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%c%c" % (72, "i"))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-5, 1e20))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.3g" % 1234.5, "%#.3g" % 1.0, "%.10g" % (1 / 3))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": [1]})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50, "%s" % None, "%s %s" % (True, 1.0))
print("%5.1f%%" % 99.44, "%+.1e" % -12345.678, "%08.3f" % -3.14159, "% 05d" % 42)
print("%d" % 3.99, "%d" % True, "%x" % 3, "%i" % -0.5, "%s" % b"bytes", "%r" % b"bytes")
print(b"%s %d %x %c" % (b"raw", 5, 255, 65), b"%5s|%-5s|" % (b"a", b"b"), b"%%")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%c", 1114112),
                  ("%c", "ab"), ("%(a)s %s", {"a": 1}), ("%", ()), ("%x", 1.5), ("%d", [1])]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
print("%-10s %5s %8s" % ("item", "qty", "price"))
for r in rows:
    print("%-10s %5d %8.2f" % r)
print("%s" % {"a": 1}, "%(a)s" % {"a": {"nested": 1}}, "%s %%s" % "x")
print("%.3s|%10.2s|" % ("abcdef", "xyz"), "%-3c|" % "z", "%3c|" % 65)
print("%e" % 0, "%g" % 0.0001, "%g" % 0.00001, "%g" % 123456, "%g" % 1234567, "%.2g" % 0.000123)
print("%s" % 1e16, "%s" % 1e15, "%r" % 0.1, "%s" % -0.0, "%f" % float("inf"), "%F" % float("nan"), "%d" % 10 ** 20)
