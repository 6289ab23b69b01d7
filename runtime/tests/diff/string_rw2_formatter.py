import string
f = string.Formatter()
for spec in ("{0!r:>6}", "{x!s}", "{!a}", "{0!z}", "{0:{1}}", "{0:{1:{2}}}", "{0:{1:{2:{3}}}}"):
    try:
        print(repr(f.format(spec, "é", 5, 3, 2, x="y")))
    except Exception as e:
        print(type(e).__name__, e)
print(f.convert_field(3, None), f.convert_field("a", "r"))
for conv in ("q", 5):
    try:
        f.convert_field(1, conv)
    except Exception as e:
        print(type(e).__name__, e)
print(f._vformat("{0}-{}", (1, 2), {}, set(), 2) if False else "skip")
try:
    f._vformat("{}", (1,), {}, set(), -1)
except ValueError as e:
    print(e)
print(f._vformat("{}{}", ("a", "b"), {}, set(), 1))
print(string.__all__)
