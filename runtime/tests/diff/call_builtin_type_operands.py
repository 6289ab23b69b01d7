# Calls of builtin types (range, int, str, float, enumerate, zip, ...) in hot loops:
# the baseline calls their native __new__ on the operands where they lie. Results,
# errors, callbacks into Python and subclasses must be as CPython's.
import sys


def loop_calls():
    total = 0
    for i in range(300):
        for j in range(i % 7):
            total += j
        total += int("12") + int(3.9) + len(str(i)) + int(float(i) / 2)
        total += sum(1 for _ in enumerate("ab")) + len(tuple(zip("abc", range(2))))
        total += bool(i) + abs(complex(3, 4)).__round__()
    return total


print(loop_calls())


def errors():
    out = []
    cases = [
        lambda: range(),
        lambda: range("x"),
        lambda: range(1, 2, 0),
        lambda: range(1, 2, 3, 4),
        lambda: int("zz"),
        lambda: int("10", 1),
        lambda: int(None),
        lambda: float("nope"),
        lambda: float([]),
        lambda: complex("1+"),
        lambda: enumerate(5),
        lambda: zip(1, 2),
        lambda: str(b"x", "no-such-codec"),
        lambda: bytes(-1),
        lambda: slice(),
        lambda: type(),
    ]
    for k in range(3):
        for c in cases:
            try:
                out.append(repr(c()))
            except Exception as e:
                out.append(f"{type(e).__name__}: {e}")
    return out


for line in errors()[: len(errors()) // 3]:
    print(line)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class IntLike:
    def __int__(self):
        return 41

    def __index__(self):
        return 40


class Strish:
    def __str__(self):
        return "strish"

    def __repr__(self):
        return "R"


class BadStr:
    def __str__(self):
        raise KeyError("in __str__")


class Truth:
    def __bool__(self):
        return False


class BadTruth:
    def __bool__(self):
        return 2


def callbacks():
    out = []
    for _ in range(60):
        out.append(list(range(Idx(3))))
        out.append(int(IntLike()))
        out.append(str(Strish()))
        out.append(bool(Truth()))
        try:
            str(BadStr())
        except KeyError as e:
            out.append(("KeyError", e.args))
        try:
            bool(BadTruth())
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out[:6], len(out)


print(callbacks())


class Line:
    def __index__(self):
        return sys._getframe(1).f_lineno


def lines():
    seen = []
    for _ in range(3):
        seen.append(len(range(Line())))
    return seen


print(lines())


class MyInt(int):
    def __init__(self, v):
        self.tag = "init ran"


class MyRange:
    pass


class Meta(type):
    def __call__(cls, *a):
        return ("meta", cls.__name__, a)


class WithMeta(metaclass=Meta):
    pass


def subclasses():
    out = []
    for i in range(50):
        m = MyInt(i)
        out.append((m, m.tag, type(m).__name__))
        out.append(WithMeta(i))
        out.append(type(i).__name__)
        out.append(type("T", (), {"k": i}).k)
    return out[:8], len(out)


print(subclasses())


def rebinding():
    out = []
    global range
    for i in range(6):
        out.append(len(range(i)))
        if i == 2:
            range = lambda n: [n] * 7
    del range
    out.append(len(range(3)))
    return out


print(rebinding())


def deep(n):
    return int(D(n))


class D:
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return deep(self.n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", str(e).split(" while")[0])


class Drop:
    def __init__(self, name):
        self.name = name

    def __index__(self):
        return 2

    def __del__(self):
        print("del", self.name)


def operands_dropped():
    r = range(Drop("a"))
    print("after call", list(r))
    return len(range(Drop("b"), Drop("c")))


print(operands_dropped())
