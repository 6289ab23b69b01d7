def f(a, b, /, c, *, d, e=5):
    return a + b + c + d + e
tests = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, z=9),
    lambda: f(1, 2, c=3, c2=3, d=1),
    lambda: f(),
    lambda: (lambda x: x)(),
    lambda: (lambda *, k: k)(1),
    lambda: int("12", 1),
    lambda: [1, 2][5],
    lambda: (1,)[2],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: [].remove(3),
    lambda: set().remove(3),
    lambda: a_b_c,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 2 ** -1 // 0,
    lambda: int(None),
    lambda: float("x1"),
    lambda: int("1.5"),
    lambda: [1, 2, 3][1:2:0],
    lambda: list(range(3)).index(9),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (2,),
    lambda: {} < {},
    lambda: [1] < "a",
    lambda: -"a",
    lambda: ~1.5,
    lambda: len(iter([])),
    lambda: iter(5),
    lambda: next([1]),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: dict([(1, 2, 3)]),
    lambda: dict([1]),
    lambda: "x".join([1, 2]),
    lambda: " ".join(["a", None]),
    lambda: "abc".split(""),
    lambda: "%(a)s" % 5,
    lambda: tuple(5),
    lambda: object()(),
    lambda: (1).foo,
    lambda: "s".foo(),
    lambda: None.x,
    lambda: setattr(5, "x", 1),
    lambda: delattr(object(), "y"),
    lambda: getattr(1, 2),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: range(1.5),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: max([]),
    lambda: min(1),
    lambda: divmod(1, 0),
    lambda: pow(0, -1),
    lambda: abs("x"),
    lambda: round("x"),
    lambda: sorted(5),
    lambda: isinstance(1, 5),
    lambda: issubclass(1, int),
    lambda: super(int, "x"),
    lambda: bytes("abc"),
    lambda: b"a" + "b",
    lambda: "abc".encode("nope"),
    lambda: b"\xff".decode(),
    lambda: int.from_bytes("x", "big"),
    lambda: [].pop(3),
    lambda: {}.pop("k"),
    lambda: frozenset([1]).add(2),
    lambda: (1, 2).append(3),
    lambda: "abc".__setitem__(0, "x"),
    lambda: exec("x = "),
    lambda: eval("1 +* 2"),
    lambda: compile("def f(:\n pass", "<s>", "exec"),
    lambda: __import__("no_such_module_xyz"),
    lambda: list(zip([1], [2], strict=True, extra=1)),
    lambda: list(zip([1, 2], [3], strict=True)),
    lambda: [x for x in 5],
    lambda: (lambda: (yield))().send(5),
    lambda: memoryview("x"),
    lambda: enumerate(5),
    lambda: complex("1+"),
    lambda: float(10**400),
    lambda: 10.0 ** 400,
    lambda: 2 ** 10000 * 1.0,
    lambda: "x" * -1 + "y" * 1.5,
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "OK", repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, str(e))
def unpack_tests():
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        print(e)
    try:
        a, b, c = "ab"
    except ValueError as e:
        print(e)
    try:
        a, *b, c = [1]
    except ValueError as e:
        print(e)
    try:
        a, b = 5
    except TypeError as e:
        print(e)
    try:
        x = undefined_local_later
        undefined_local_later = 1
    except NameError as e:
        print(type(e).__name__, e)
    def inner():
        print(v)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unpack_tests()
class K:
    def m(self, x): pass
try:
    K().m()
except TypeError as e:
    print(e)
try:
    K().m(1, 2)
except TypeError as e:
    print(e)
try:
    K.m()
except TypeError as e:
    print(e)
try:
    K(1)
except TypeError as e:
    print(e)
class L:
    def __init__(self, a): pass
try:
    L()
except TypeError as e:
    print(e)
try:
    L(1, 2, 3)
except TypeError as e:
    print(e)
import sys
print("exiting")
raise SystemExit("fatal: config missing")
