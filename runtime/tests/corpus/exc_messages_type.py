# TypeError messages from common mistakes.
class K:
    def m(self):
        pass
def f(a, b):
    pass
one, none, s_a, s_x, flt = 1, None, "a", "x", 1.0
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 - "a", lambda: "a" * "b",
    lambda: [] * 1.5, lambda: -"a", lambda: ~1.5, lambda: +[], lambda: abs([]),
    lambda: 1 < "a", lambda: [] < {}, lambda: None > 1, lambda: {} <= {},
    lambda: len(1), lambda: one(), lambda: s_a[0](), lambda: none(),
    lambda: [1][none], lambda: "abc"[s_x], lambda: {}[[]], lambda: (1, 2)[flt],
    lambda: iter(1), lambda: next(1), lambda: list(1.5), lambda: set([[1]]),
    lambda: int([]), lambda: float({}), lambda: str(1, 2, 3, 4),
    lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: K().m(1), lambda: K.m(),
    lambda: "x".join([1]), lambda: "abc".find(1), lambda: "{}".format(*[]),
    lambda: sorted([1, "a"]), lambda: max(1, "a"), lambda: sum(["a"]),
    lambda: hash([]), lambda: {[]: 1}, lambda: {{}},
    lambda: (1).x(), lambda: isinstance(1, "int"), lambda: "a" in 1,
    lambda: 1 in 1, lambda: [].append(), lambda: dict(1), lambda: range("a"),
    lambda: divmod("a", 1), lambda: round("a"), lambda: chr("a"), lambda: ord(1),
    lambda: (lambda: 0)(1), lambda: (lambda x: 0)(), lambda: (lambda *, k: 0)(),
    lambda: object().__init__(1), lambda: type(1, 2), lambda: int("1", base="x"),
    lambda: "%d" % "a", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"),
    lambda: b"a" + "b", lambda: bytes(1.5), lambda: memoryview(1) if False else bytearray(1.5),
    lambda: {}.get(), lambda: [].sort(1), lambda: "".split(1), lambda: 5 @ 5,
    lambda: [x for x in 5], lambda: tuple(None), lambda: frozenset(3),
    lambda: setattr(1, 2, 3), lambda: getattr(1, None), lambda: issubclass("a", str),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
