# ValueError, KeyError, IndexError, AttributeError messages.
cases = [
    lambda: int("abc"), lambda: int("1.5"), lambda: float("x"), lambda: int("", 16),
    lambda: [1, 2].index(3), lambda: (1,).index(2), lambda: "abc".index("z"), lambda: [].remove(1),
    lambda: "a,b".split(""), lambda: range(0, 1, 0), lambda: (1, 2).__getitem__(5),
    lambda: chr(-5), lambda: int("10", 99), lambda: "x" * -1 + str(int("q")),
    lambda: "{:d}".format("s"), lambda: "{:z}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{".format(),
    lambda: "}".format(), lambda: "{:,s}".format("x"), lambda: format(1.5, "d"),
    lambda: dict([(1,)]), lambda: bytes([300]), lambda: bytearray(b"a").remove(98),
    lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes(b"1", "middle"),
    lambda: {}["missing"], lambda: {1: 2}[2], lambda: {(1, 2): 0}[(2, 1)], lambda: {}.pop("p"),
    lambda: set().remove("gone"), lambda: {}.popitem(), lambda: set().pop(),
    lambda: [][0], lambda: [1][-2], lambda: "abc"[5], lambda: (1, 2)[2], lambda: range(3)[3],
    lambda: [].pop(), lambda: [1].pop(3), lambda: b"a"[1], lambda: bytearray()[0],
    lambda: (1).foo, lambda: "s".bar, lambda: [].nope, lambda: None.x, lambda: int.missing,
    lambda: object().attr, lambda: (lambda: 0).zzz, lambda: type.mro.x,
    lambda: ValueError("custom message").throw, lambda: {}.has_key(1),
    lambda: "abc".decode(), lambda: [1, 2, 3].push(4),
    lambda: max([]), lambda: min((), key=len), lambda: list(zip([1], [], strict=True)),
    lambda: float("nan").as_integer_ratio(), lambda: float("inf").as_integer_ratio(),
    lambda: "abc".center(10, "xy"), lambda: "".join(["a", 1]), lambda: int(float("inf")),
    lambda: (lambda a, b: 0)(*[1, 2, 3]), lambda: [1, 2, 3][1:2:0],
    lambda: "a".encode("rot13"), lambda: "%c" % 99999999,
    lambda: "%(name)s" % {}, lambda: "%(a)s %s" % {"a": 1}, lambda: "%q" % 1,
    lambda: complex("1+"), lambda: [0] * (2 ** 100),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
