from typing import NamedTuple, TypedDict, Generic, TypeVar, Optional, List, Dict, Union, get_type_hints, Callable, Any, Tuple
import typing

T = TypeVar("T")
K = TypeVar("K")


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self):
        return self._replace(level=self.level + 1)


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self):
        return len(self.items)


class Registry(Generic[K, T]):
    def __init__(self):
        self.data: Dict[K, T] = {}


class IntStack(Stack[int]):
    pass


def greet(name: str, times: int = 1, *, loud: bool = False) -> str:
    return (name.upper() if loud else name) * times


e = Employee("ann")
print(e, e.promote(), e._asdict(), Employee._fields, Employee._field_defaults)
print(e.name, e[1], tuple(e), e == ("ann", "eng", 1), len(e))
n, d, lvl = Employee("bob", "ops", 3)
print(n, d, lvl, Employee._make(["c", "d", 4]))
try:
    Employee()
except TypeError as ex:
    print("TypeError:", ex)
try:
    e.name = "x"
except AttributeError as ex:
    print("AttributeError:", ex)
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m) is dict, Movie.__required_keys__ == {"title", "year"}, PartialMovie.__total__)
print(sorted(PartialMovie.__optional_keys__), sorted(Movie.__annotations__))
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), len(s), type(s).__name__, IntStack.__mro__[1].__name__)
print(Stack[int], Registry[str, int], IntStack.__orig_bases__)
print(get_type_hints(greet))
print(greet.__annotations__)
print(get_type_hints(Employee))
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Tuple[int, ...])
print(Union[int, None] == Optional[int], Union[int, int], Union[int, Union[str, float]])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Union[int, str]))
print(typing.get_args(Optional[str]), typing.get_origin(int), typing.get_args(Callable[[int, str], bool]))
print(int | str, list[int], dict[str, tuple[int, ...]], type(int | None).__name__)
print(isinstance(3, int | str), isinstance("x", (int, float)), T, T.__name__)
Pair = Tuple[int, int]
print(Pair, typing.Any, Any)


class Config:
    debug: bool
    level: int = 3
    name: "str" = "cfg"


print(get_type_hints(Config), Config.__annotations__)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__name__, typing.cast(int, "x"))


@typing.runtime_checkable
class Closable(typing.Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closable), isinstance(3, Closable))
print(typing.TYPE_CHECKING, typing.Literal["a", "b"], typing.Final[int])
