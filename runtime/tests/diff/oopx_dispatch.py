"""Serializer framework: functools.singledispatch over ABCs/unions, abc registration and hooks."""
import abc
import collections.abc as cabc
import functools
from decimal import Decimal
from fractions import Fraction


class Serializable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Serializable:
            if any("serialize" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def serialize(self):
        return {"x": self.x, "y": self.y}


class Point3(Point):
    pass


class Opaque:
    pass


class Stream(abc.ABC):
    @abc.abstractmethod
    def read(self):
        ...


class FakeFile:
    def read(self):
        return "data"


Stream.register(FakeFile)


@Stream.register
class Socket:
    def read(self):
        return "bytes"


@functools.singledispatch
def to_json(obj):
    raise TypeError(f"cannot serialize {type(obj).__name__}")


@to_json.register
def _(obj: int | float):
    return repr(obj)


@to_json.register
def _(obj: bool):
    return "true" if obj else "false"


@to_json.register(type(None))
def _(obj):
    return "null"


@to_json.register
def _(obj: str):
    return '"' + obj.replace('"', '\\"') + '"'


@to_json.register(cabc.Mapping)
def _(obj):
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in obj.items()) + "}"


@to_json.register(cabc.Sequence)
def _(obj):
    return "[" + ", ".join(to_json(v) for v in obj) + "]"


@to_json.register(cabc.Set)
def _(obj):
    return to_json(sorted(obj, key=repr))


@to_json.register(Serializable)
def _(obj):
    return to_json(obj.serialize())


@to_json.register(Decimal)
@to_json.register(Fraction)
def _(obj):
    return f'"{obj}"'


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"<{type(arg).__name__}>"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:+d}"

    @fmt.register
    def _(self, arg: list):
        return "list:" + ",".join(self.fmt(a) for a in arg)

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}:other"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__}:str"


def main():
    values = [1, 2.5, True, None, "a\"b", [1, [2, 3]], (4, 5), {"k": [None]}, {3, 1, 2},
              frozenset({"z"}), Point(1, 2), Point3(0, -1), Decimal("1.10"), Fraction(1, 3), range(3)]
    for v in values:
        print(type(v).__name__, "->", to_json(v))
    for bad in (Opaque(), b"bytes"[0:0] if False else object(), 3j):
        try:
            to_json(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(to_json.dispatch(bool).__name__, to_json.dispatch(Point3) is to_json.dispatch(Point))
    print(to_json.dispatch(dict) is to_json.dispatch(cabc.Mapping), to_json.dispatch(object) is to_json.registry[object])
    print(len(to_json.registry), type(to_json.registry).__name__, sorted(k.__name__ for k in to_json.registry)[:6])
    print(to_json.dispatch(bytes) is to_json.dispatch(list), to_json(b"ab"))

    print(issubclass(Point, Serializable), isinstance(Point3(1, 1), Serializable), issubclass(Opaque, Serializable))
    print(isinstance(FakeFile(), Stream), issubclass(Socket, Stream), Socket.__name__, Stream.__subclasses__())
    print(Stream.register(FakeFile) is FakeFile, issubclass(int, Stream))
    try:
        Stream.register(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        class Child(Stream):
            pass
        Stream.register(object) if False else Child.register(Stream)
    except RuntimeError as e:
        print("RuntimeError:", e)

    class Late:
        def serialize(self):
            return "late"
    print(isinstance(Late(), Serializable), to_json(Late()))

    f = Formatter()
    print(f.fmt(5), f.fmt([1, -2]), f.fmt("s"), f.fmt([1, "x"]), Formatter.kind("s"), Formatter.kind(1), f.kind("q"))

    @functools.singledispatch
    def area(shape):
        return NotImplemented
    try:
        @area.register
        def _(shape):
            return 0
    except TypeError as e:
        print("TypeError:", str(e).split(".")[0])
    try:
        area.register(3)
    except TypeError as e:
        print("TypeError:", e)
    print(area.__name__, area(1), functools.singledispatch(len)("abc"))


main()
