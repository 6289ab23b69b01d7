"""Serialiser using singledispatch, singledispatchmethod, total_ordering, cmp_to_key."""
from functools import singledispatch, singledispatchmethod, total_ordering, cmp_to_key, wraps, update_wrapper
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
import typing


@singledispatch
def to_text(obj):
    return f"<{type(obj).__name__}>"

@to_text.register
def _(obj: int):
    return f"int:{obj}"

@to_text.register
def _(obj: bool):
    return f"bool:{'yes' if obj else 'no'}"

@to_text.register(float)
@to_text.register(Decimal)
def _(obj):
    return f"num:{obj:.2f}"

@to_text.register(str)
def _(obj):
    return repr(obj)

@to_text.register(Sequence)
def _(obj):
    return "[" + ", ".join(map(to_text, obj)) + "]"

@to_text.register(Mapping)
def _(obj):
    return "{" + ", ".join(f"{to_text(k)}={to_text(v)}" for k, v in sorted(obj.items())) + "}"

def _none(obj):
    return "null"
to_text.register(type(None), _none)

samples = [1, True, 2.5, Decimal("3.14159"), "hi", [1, "a", None], (2.0,),
           {"b": [1], "a": False}, Fraction(1, 3), object(), b"xy", range(2)]
for s in samples:
    print(type(s).__name__, "->", to_text(s))

print(to_text.dispatch(bool).__name__, to_text.dispatch(list) is to_text.dispatch(tuple))
print(sorted(k.__name__ for k in to_text.registry))
print(to_text.__name__, to_text.__wrapped__.__name__)

try:
    @to_text.register
    def _(obj):
        return "?"
except TypeError as e:
    print(type(e).__name__, str(e).split(" at ")[0].split(".")[0])

try:
    @to_text.register
    def _(obj: "NotAType"):
        return "?"
except (TypeError, NameError) as e:
    print(type(e).__name__, str(e).split(" at ")[0].split(".")[0])

try:
    to_text()
except TypeError as e:
    print(type(e).__name__, e)


class Formatter:
    def __init__(self, width):
        self.width = width

    @singledispatchmethod
    def fmt(self, arg):
        return str(arg).center(self.width, ".")

    @fmt.register
    def _(self, arg: int):
        return str(arg).rjust(self.width, "0")

    @fmt.register
    def _(self, arg: list):
        return "|".join(self.fmt(a) for a in arg)

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}:other"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__}:str"

f = Formatter(5)
print(f.fmt(42), f.fmt("ab"), f.fmt([1, "x", 3.5]))
print(Formatter.kind("s"), Formatter.kind(1), f.kind("q"))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a <= b, a >= b, a > b, b >= b, a == Version("1.2"), a != b)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__le__.__name__, Version.__gt__.__qualname__ if hasattr(Version.__gt__, "__qualname__") else "")

try:
    @total_ordering
    class Empty:
        pass
except ValueError as e:
    print(type(e).__name__, e)


def by_len_then_rev(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)

words = "pear fig apple kiwi banana date".split()
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
K = cmp_to_key(by_len_then_rev)
print(K("ab") < K("abc"), K("ab") == K("ba"), K("zz") > K("aa"), K("x") <= K("x"))
try:
    hash(K("a"))
except TypeError as e:
    print(type(e).__name__, e)
print(type(K("a")).__name__, K("q").obj)


def traced(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@traced
def documented(x: int) -> int:
    """Doubles x."""
    return 2 * x
documented_attr = 1
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(4))

class Callable:
    def __call__(self):
        return "called"
def wrapper():
    pass
update_wrapper(wrapper, Callable())
print(wrapper.__name__, wrapper.__doc__, hasattr(wrapper, "__wrapped__"))
