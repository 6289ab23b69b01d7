# Exception context on `raise e` of an earlier exception, SystemExit.code assignment,
# isinstance through metaclass hooks and __getattribute__, error texts of attribute
# stores and positional-only keywords, compile(..., 'single') statement rules.
import abc
import sys


def parse_number(text):
    try:
        return int(text)
    except ValueError as first:
        try:
            return float(text)
        except ValueError:
            raise first


for raw in ["12", "1.5", "abc"]:
    try:
        print(raw, parse_number(raw))
    except ValueError as e:
        ctx = e.__context__
        print(raw, "failed:", e, "| context:", type(ctx).__name__, ctx)

# the older context is replaced, and a cycle is cut rather than formed
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            b_err = b
            raise a
except KeyError as caught:
    print(repr(caught.__context__), repr(caught.__context__.__context__))
    print(b_err.__context__ is None)

try:
    try:
        raise OSError("disk")
    except OSError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)

e = SystemExit(3)
print(e.code, e.args)
e.code = "changed"
print(e.code, e.args)
e.__init__(9, 8)
print(e.code, e.args)
print(SystemExit().code, SystemExit(None).code, SystemExit("x", "y").code)


class Meta(type):
    calls = 0

    def __instancecheck__(cls, inst):
        Meta.calls += 1
        return False


class Base(metaclass=Meta):
    pass


class Child(Base):
    pass


print(isinstance(Base(), Base), isinstance(Child(), Base), Meta.calls)


class Refuses(abc.ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        return False


class Sub(Refuses):
    pass


print(isinstance(Sub(), Refuses), issubclass(Sub, Refuses), isinstance(Refuses.__new__(Sub), Sub))


class Target:
    pass


class Forwarder:
    def __getattribute__(self, name):
        if name == "__class__":
            return Target
        return object.__getattribute__(self, name)


print(isinstance(Forwarder(), Target), isinstance(Forwarder(), Forwarder), type(Forwarder()).__name__)


class Slotted:
    __slots__ = ("alpha",)


class Plain:
    pass


for action in [lambda: setattr(Slotted(), "alpah", 1), lambda: delattr(Plain(), "missing"),
               lambda: delattr(sys, "no_such_attr_here"), lambda: getattr(Plain(), "missing")]:
    try:
        action()
    except AttributeError as err:
        print(type(err).__name__, err, repr(err.name))


def scope():
    class Local:
        p = property(lambda self: 1)
    return Local


for action in [lambda: setattr(scope()(), "p", 2), lambda: delattr(scope()(), "p")]:
    try:
        action()
    except AttributeError as err:
        print(err)


def f(a, b=1, /, c=2):
    return a, b, c


for kwargs in [{"b": 1, "a": 2}, {"a": 1}, {"c": 5, "b": 2, "a": 0}]:
    try:
        f(**kwargs)
    except TypeError as err:
        print(err)

for src in ["x = 1\ny = 2", "", "\n", "x = 1; y = 2", "if True:\n    z = 3\nw = 4",
            "for i in range(2):\n    pass\n", "a = (1,\n     2)\nb = 3", "# only\n"]:
    try:
        code = compile(src, "<single>", "single")
        print(repr(src), "ok", type(code).__name__)
    except SyntaxError as err:
        print(repr(src), err.msg, err.lineno, err.offset)
