from typing import NamedTuple, TypedDict, Generic, TypeVar, Optional, List, Dict, Union, Any, Callable, Protocol, runtime_checkable, get_type_hints, Literal, ClassVar, Tuple
import typing

T = TypeVar("T")
K = TypeVar("K")

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = "p"
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), p._asdict(), p._replace(label="q"), Point._fields, Point._field_defaults)
print(Point.__annotations__, isinstance(p, tuple), p[0], len(p))
x, y, lbl = p
print(x, y, lbl)

class Movie(TypedDict):
    title: str
    year: int

class MovieX(Movie, total=False):
    rating: float

m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__required_keys__, MovieX.__optional_keys__, MovieX.__total__)
print(sorted(MovieX.__annotations__))
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1, b="x"), Alt.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"

s = Stack[int]()
s.push(1); s.push(2)
print(s, s.pop(), Stack.__parameters__, Stack[int].__origin__ is Stack, Stack[int].__args__)
print(type(s).__name__, getattr(s, "__orig_class__", None) is not None)

class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v
print(Pair[str, int]("a", 1).v, Pair.__parameters__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> str:
    return name * times
print(get_type_hints(greet))
print(greet.__annotations__)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Tuple[int, ...])
print(Union[int, None] == Optional[int], Union[int, int], Literal["a", "b"], Any, ClassVar[int])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Union[int, str]), typing.get_args(Optional[str]))
print(int | str, list[int], dict[str, int], type(list[int]).__name__)
print(typing.get_origin(int | str), typing.get_args(int | None))
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__name__, repr(T), T.__name__)
print(typing.cast(int, "x"), typing.TYPE_CHECKING)

class Config(NamedTuple):
    host: str
    port: int = 80
cfgs = [Config("a"), Config("b", 8080)]
print(sorted(cfgs, key=lambda c: -c.port), Config._make(["z", 1]))
try:
    Config()
except TypeError as e:
    print("TypeError:", e)

@typing.overload
def f(x: int) -> int: ...
@typing.overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), f("s"))

def final_demo():
    @typing.final
    class A:
        pass
    return A.__name__
print(final_demo())
Num = Union[int, float]
def total(xs: List[Num]) -> Num:
    return sum(xs)
print(total([1, 2.5]), total.__annotations__["return"])
print(repr(Optional[List[int]]), repr(Union[int, str, None]))
