import typing
from typing import (Generic, TypeVar, Protocol, runtime_checkable, Iterable,
                    Iterator, Sequence, Mapping, ParamSpec, Concatenate,
                    Callable, get_args, get_origin, Any)

T = TypeVar("T")
K = TypeVar("K", bound=typing.Hashable)
V = TypeVar("V", int, str)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
P = ParamSpec("P")

for tv in (T, K, V, T_co, T_contra):
    print(repr(tv), tv.__name__, tv.__bound__, tv.__constraints__,
          tv.__covariant__, tv.__contravariant__)
print(repr(P), P.args, P.kwargs, repr(P.args), P.__name__)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, fn: Callable[[T], Any]) -> "Box[Any]":
        return Box(fn(self.item))

    def __repr__(self):
        return f"Box({self.item!r})"


class Registry(Generic[K, V]):
    def __init__(self):
        self.data: dict = {}

    def put(self, k: K, v: V) -> None:
        self.data[k] = v


class IntBox(Box[int]):
    pass


class Pair(Box[T], Generic[T, K]):
    pass


print(Box.__parameters__, Registry.__parameters__, IntBox.__parameters__, Pair.__parameters__)
print(IntBox.__orig_bases__, Pair.__orig_bases__)
print(Box[int], Box[int].__origin__, Box[int].__args__, Box[int].__parameters__)
print(Registry[str, int], Registry[T, int].__parameters__)
print(get_origin(Box[int]) is Box, get_args(Registry[str, int]))
b = Box[int](5)
print(b, b.__orig_class__, type(b).__name__)
print(b.map(str), IntBox(3).map(lambda x: x * 2))
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))
print(isinstance(b, Box), issubclass(IntBox, Box), Box.__mro__)
print(IntBox.__mro__)

errors = [
    lambda: Box[int, str],
    lambda: Generic[T, T],
    lambda: Generic[int],
    lambda: isinstance(b, Box[int]),
    lambda: Registry[int],
    lambda: TypeVar("X", int),
    lambda: TypeVar("X", int, str, bound=int),
]
for fn in errors:
    try:
        r = fn()
        print("ok", r)
    except TypeError as e:
        print("TypeError:", e)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def describe(self) -> str: ...


class NotRuntime(Protocol):
    def run(self) -> None: ...


class File:
    def close(self):
        print("closing")


class Thing:
    size = 3

    def describe(self):
        return "thing"


print(isinstance(File(), Closeable), isinstance(3, Closeable), isinstance(Thing(), Sized2))
print(isinstance(File(), Sized2), issubclass(File, Closeable))
try:
    issubclass(Thing, Sized2)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)
try:
    Closeable()
except TypeError as e:
    print("TypeError:", e)
print(Closeable._is_protocol, getattr(Closeable, "__protocol_attrs__", None) is None or sorted(Closeable.__protocol_attrs__))


class SupportsLessThan(Protocol[T_contra]):
    def __lt__(self, other: T_contra) -> bool: ...


print(SupportsLessThan.__parameters__, SupportsLessThan[int])


def with_req(f: Callable[Concatenate[int, P], T]) -> Callable[P, T]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> T:
        return f(1, *args, **kwargs)
    return inner


print(Callable[Concatenate[int, P], T])
print(Callable[P, int], Callable[P, int].__args__)
print(get_args(Callable[Concatenate[int, P], T]))
print(with_req(lambda a, b: a + b)(5))
print(with_req.__annotations__)
print(Iterable[int], Iterator[str], Sequence[T][int], Mapping[K, V][str, int])
print(typing.List[T][int], typing.Dict[str, T][bytes], list[T][float])
