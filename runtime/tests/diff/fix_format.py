# Format-spec, %-formatting and str.format edge cases (messages match CPython 3.11).
specs = [("ab", "05"), ("ab", "<05"), (5, "<05"), (5, "^05"), ("ab", "z"), ("ab", "#"), ("ab", " "),
         ("ab", "+"), (1.5, "z"), (5, "ab"), (5, ",,"), (5, ",_"), (5, "_,"), (5.0, ",x"), (5, ",c"),
         (5, "_n"), (5, "\x01"), (5, ".2c"), (-5, "+c"), (5, "#c"), (1e16, ".3"), (1.0, ".3"),
         (1.0, "#.3"), (2.0, "#.0e"), (-0.0, "z"), (-0.04, "z.1f"), (float("nan"), "z"),
         (5, "0=10,"), (5, "0>10,"), (5, "x>010,"), (12345.6, "010,.1f"), (5, "99999999999999999999"),
         (5.0, "%%"), (3, "=5"), (True, "s"), (5.5, "c"), (-5, "#010b"), (1.5, "n"), (1234.5, ",g"),
         (1e20, ","), (float("inf"), "%"), (float("-inf"), "+.1%"), (2.0, "#.0f"), (1.0, "#g"),
         (0.0, "#.1g"), (1234, "_x"), ("abc", ","), (2 ** 70, ".2e"), (-2 ** 70, "_o"), (255, "c"),
         (-1, "c"), (0x110000, "c")]
for v, s in specs:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(v), repr(s), type(e).__name__, e)
pct = [("%05f", float("inf")), ("%-05d", 3), ("%.3d", 5), ("%#08x", 255), ("%+05.1f", -2.5),
       ("%5c", "x"), ("% d", -3), ("%#o", 8), ("%(a", {}), ("%*d", ("x", 2)), ("%*d", (-4, 2)),
       ("%.*s", (2, "abc")), ("%x", -255), ("%#X", -255), ("%d", [1]), ("%x", 1.5), ("%c", 1.5),
       ("%s %s", 5), ("ab", [1]), ("ab", 5), ("%#.0f", 2.0), ("%#g", 1.0), ("%e", 0), ("%(a)s", [1]),
       ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)s %s", {"a": 1}), ("%a", "é"), ("%-4c|", 66),
       ("%c", -1), ("%s", ()), ("%s", ((),)), ("%(a(b))s", {"a(b)": 3}), ("%d", 2.9), ("%i", True)]
for f, a in pct:
    try:
        print(repr(f), repr(f % a))
    except (ValueError, TypeError, OverflowError, KeyError) as e:
        print(repr(f), type(e).__name__, e)
fm = [("{0[0]}", ({0: "a"},), {}), ("{0[a]b}", ({"a": 1},), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}),
      ("{0!}", (1,), {}), ("{0!rx}", (1,), {}), ("{0:{", (1,), {}), ("{a{}", (1,), {}),
      ("{x}{}", (1,), {"x": 2}), ("{}{x}{0}", (1,), {"x": 2}), ("{:{:{}}}", (1, 2, 3), {}),
      ("{!r:>{}}", ("a", 5), {}), ("{0!\x01}", (1,), {}), ("{0[1]}", ("xy",), {}), ("{0.real:+}", (2,), {}),
      ("{0[x", ([1],), {}), ("{:}", ("e",), {}), ("{0!s}", (None,), {}), ("}}{{", (), {}), ("x{", (), {}),
      ("{0:{1}{2}}", (3.14159, ">9", ".3"), {}), ("{0", (1,), {}), ("{0:", (1,), {}),
      ("{0!r", (1,), {}), ("{0!", (1,), {}), ("{0[}]}", ({"}": 7},), {}), ("{0:}}", (1,), {}),
      ("{0:{{}}}", (1,), {}), ("{{0:{", (1,), {}), ("{0:{0:{0}}}", (1,), {}), ("{:=^+9.2f}", (-1.005,), {})]
for f, a, k in fm:
    try:
        print(repr(f), repr(f.format(*a, **k)))
    except (ValueError, TypeError, IndexError, KeyError, AttributeError) as e:
        print(repr(f), type(e).__name__, e)
class M(dict):
    def __missing__(self, k):
        return k.upper()
print("{a} {b}".format_map(M(a=1)))
for f in ["{0}", "{}", "{a.real}{a[0]}"]:
    try:
        print("{a}".format_map({"a": 1}), f.format_map({"a": 5}))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for enc in ["rot13", "hex", "Base64", "zlib_codec", "nope"]:
    for fn in [lambda: "a".encode(enc), lambda: b"a".decode(enc)]:
        try:
            fn()
        except LookupError as e:
            print(type(e).__name__, e)
# No presentation type with a precision: 'g' that keeps '.0' and switches to exponent earlier.
for v in [100.0, 123.0, 1.0, 12.0, 99.5, 0.5, 1e-5, 123456.0, -0.0, 0.0, 1.5, 10.0, 1e16, float("nan")]:
    print(repr(v), [format(v, s) for s in [".1", ".2", ".3", "#.3", ".0", "", "g", "#g", ".0g", "z.1"]])
