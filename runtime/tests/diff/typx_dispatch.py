import abc
import functools
from collections.abc import Mapping, Sequence, Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import singledispatch, singledispatchmethod, cached_property
from typing import Union, Optional


@singledispatch
def render(obj) -> str:
    return f"<obj {type(obj).__name__}>"


@render.register
def _(obj: int) -> str:
    return f"int:{obj}"


@render.register
def _(obj: float | Decimal) -> str:
    return f"real:{obj}"


@render.register(str)
def _(obj):
    return f"str:{obj!r}"


@render.register
def _(obj: Sequence) -> str:
    return "[" + ", ".join(render(x) for x in obj) + "]"


@render.register
def _(obj: Mapping) -> str:
    return "{" + ", ".join(f"{render(k)}={render(v)}" for k, v in sorted(obj.items())) + "}"


@render.register(bool)
def _(obj):
    return "yes" if obj else "no"


def render_none(obj):
    return "nil"


render.register(type(None), render_none)

samples = [1, 2.5, Decimal("1.10"), "hi", [1, "a", (True, None)], {"b": 2, "a": [1.0]}, Fraction(1, 3), None, set(), b"x"]
for s in samples:
    print(render(s))
print(render.dispatch(bool).__name__, render.dispatch(Fraction).__name__, render.dispatch(tuple) is render.dispatch(list))
print(sorted(k.__name__ for k in render.registry))
print(render.__name__, render.__wrapped__.__name__)

try:
    @render.register
    def _(obj: "NotAType"):
        pass
except (TypeError, NameError) as e:
    print(type(e).__name__, str(e)[:80])

try:
    @render.register
    def _(obj):
        pass
except TypeError as e:
    print("TypeError:", str(e)[:50])

try:
    render()
except TypeError as e:
    print("TypeError:", e)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...

    @property
    @abc.abstractmethod
    def name(self) -> str: ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


@dataclass(frozen=True)
class Circle(Shape):
    r: float

    def area(self):
        return 3.14159 * self.r ** 2

    @property
    def name(self):
        return "circle"


@dataclass
class Rect(Shape):
    w: float
    h: float

    def area(self):
        return self.w * self.h

    name = "rect"


class Incomplete(Shape):
    def area(self):
        return 0


for s in (Circle(1), Rect(2, 3)):
    print(s, s.describe(), isinstance(s, Shape))
print(sorted(Shape.__abstractmethods__), Incomplete.__abstractmethods__)
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Sink(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sink:
            return hasattr(C, "write") or NotImplemented
        return NotImplemented


class Writer:
    def write(self, x):
        pass


Sink.register(tuple)
print(isinstance(Writer(), Sink), issubclass(tuple, Sink), issubclass(int, Sink), Sink._abc_registry if hasattr(Sink, "_abc_registry") else "")


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}?{arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}#{arg}"

    @fmt.register
    def _(self, arg: list):
        return f"{self.prefix}" + ",".join(self.fmt(a) for a in arg)

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return "thing"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__}-text"


f = Formatter(">")
print(f.fmt(3), f.fmt("x"), f.fmt([1, "y", [2]]), Formatter.kind(1), Formatter.kind("s"), f.kind("t"))


class Dataset:
    loads = 0

    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def stats(self):
        Dataset.loads += 1
        print("  computing stats")
        return {"n": len(self.rows), "sum": sum(self.rows)}

    @functools.lru_cache(maxsize=None)
    def scaled(self, k):
        return [r * k for r in self.rows]


d = Dataset([1, 2, 3])
print(d.stats, d.stats, Dataset.loads, "stats" in vars(d))
del d.stats
print(d.stats["sum"], Dataset.loads)
d.stats = "overridden"
print(d.stats, type(Dataset.stats).__name__, Dataset.stats.attrname)
print(d.scaled(2), d.scaled(2) is d.scaled(2), Dataset.scaled.cache_info())


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
