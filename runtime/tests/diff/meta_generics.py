import types
import typing
from typing import Generic, TypeVar, Protocol, runtime_checkable

class TypedList:
    _cache = {}
    def __class_getitem__(cls, item):
        key = (cls, item)
        if key not in cls._cache:
            name = f"{cls.__name__}[{getattr(item, '__name__', repr(item))}]"
            sub = type(name, (cls,), {"item_type": item})
            cls._cache[key] = sub
        return cls._cache[key]

    def __init__(self, items=()):
        self.items = []
        for i in items:
            self.add(i)

    def add(self, x):
        t = getattr(type(self), "item_type", object)
        if not isinstance(x, t):
            raise TypeError(f"{type(self).__name__} cannot hold {type(x).__name__}")
        self.items.append(x)

IntList = TypedList[int]
print(IntList.__name__, IntList is TypedList[int], IntList.item_type, issubclass(IntList, TypedList))
il = IntList([1, 2, 3])
print(il.items)
try:
    il.add("four")
except TypeError as e:
    print(type(e).__name__, e)
print(TypedList[(int, str)].__name__, TypedList[(int, str)]((1, "a")).items)
print(type(TypedList.__dict__["__class_getitem__"]).__name__)

# builtin generic aliases
ga = list[int]
print(ga, type(ga).__name__, ga.__origin__, ga.__args__, ga([1, 2]), isinstance(ga, types.GenericAlias))
print(dict[str, list[int]], tuple[int, ...], type[object])
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))

class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)

# typing.Generic
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def map(self, fn) -> "Box":
        return type(self)(fn(self.item))
    def __repr__(self):
        return f"Box({self.item!r})"

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

print(Box[int], Box[int](3).map(str), Box.__parameters__, Pair[str, int].__args__)
print(Box[int].__origin__ is Box, typing.get_origin(Box[int]) is Box, typing.get_args(Pair[str, Box[int]]))
b = Box[int](5)
print(type(b).__name__, b.__orig_class__)
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Broken(Generic[T, T]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Box.__orig_bases__, Box.__mro__[1:])

class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox(1))

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self): print("closed")
class NotFile:
    pass
print(isinstance(File(), Closeable), isinstance(NotFile(), Closeable))
try:
    Closeable()
except TypeError as e:
    print(type(e).__name__, e)

class NotRuntime(Protocol):
    def x(self): ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print(type(e).__name__, e)

# annotations introspection
class Config:
    host: str
    port: int = 8080
    tags: list[str]
    debug: "bool" = False
print(Config.__annotations__)
print(typing.get_type_hints(Config))
print([k for k in vars(Config) if not k.startswith("__")])

def fn(a: int, b: "str" = "x", *args: float, c: bool, **kw: object) -> None:
    pass
print(fn.__annotations__)
print(typing.get_type_hints(fn))
