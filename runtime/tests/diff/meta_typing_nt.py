import typing
from typing import NamedTuple, TypedDict, Literal, Union, Optional, Annotated, Callable, ClassVar, Final, Any, get_type_hints, overload, final, Required, NotRequired
from collections import namedtuple

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def raise_(self, pct):
        return self._replace(salary=self.salary * (1 + pct / 100))
    @property
    def tag(self): return f"{self.name}@{self.dept}"
e = Emp("ann", salary=100)
print(e, e.raise_(10), e.tag, Emp._fields, Emp._field_defaults, Emp.__annotations__)
print(e._asdict(), Emp._make(["bob", "ops", 5]), Emp.__doc__)
try: Emp()
except TypeError as ex: print(type(ex).__name__, ex)
try: e._replace(age=3)
except ValueError as ex: print(type(ex).__name__, ex)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex: print(type(ex).__name__, ex)
try:
    class BadNT2(NamedTuple):
        _a: int
except ValueError as ex: print(type(ex).__name__, ex)
class SubEmp(Emp):
    def show(self): return "sub " + self.name
print(SubEmp("z").show(), SubEmp.__mro__[1].__name__, isinstance(e, tuple))
Pt = namedtuple("Pt", "x y", defaults=[0], rename=False, module="geo")
print(Pt(1), Pt.__module__, Pt._field_defaults, Pt.x.__doc__, Pt.y.__get__(Pt(4, 5)))
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields)
try: namedtuple("R", ["a", "def"])
except ValueError as ex: print(type(ex).__name__, ex)
try: namedtuple("R", ["a", "a"])
except ValueError as ex: print(type(ex).__name__, ex)
try: namedtuple("R", ["_a"])
except ValueError as ex: print(type(ex).__name__, ex)

class Movie(TypedDict):
    title: str
    year: int
class MovieX(Movie, total=False):
    rating: float
    studio: Required[str]
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__required_keys__, sorted(MovieX.__optional_keys__), sorted(MovieX.__required_keys__), MovieX.__total__)
print(Movie(title="t", year=2), type(Movie(title="t", year=2)).__name__)
try: isinstance(m, Movie)
except TypeError as ex: print(type(ex).__name__, ex)
TD = TypedDict("TD", {"a": int, "b": NotRequired[str]})
print(TD.__required_keys__, TD.__optional_keys__, TD.__annotations__)

print(Union[int, str], Optional[int], Union[int, None, str], Union[int], Union[int, int, str], int | str, int | None)
print(Literal["a", 1], Literal["a", "a"] == Literal["a"], Callable[[int, str], bool], Callable[..., Any])
print(Annotated[int, "meta"], ClassVar[int], Final[str], typing.List[int], typing.Dict[str, typing.Tuple[int, ...]])
print(typing.get_origin(Union[int, str]), typing.get_args(Callable[[int], str]), typing.get_args(Annotated[int, "x", 2]))
print((int | str).__args__, type(int | str).__name__, isinstance(3, int | str), issubclass(bool, int | None))
try: Union[int, 3]
except TypeError as ex: print(type(ex).__name__, ex)
try: Literal[[1]] 
except TypeError as ex: print(type(ex).__name__, ex)

class Cfg:
    x: Annotated[int, "positive"]
    y: ClassVar[int] = 3
    z: "Optional[Cfg]" = None
print(get_type_hints(Cfg))
print(get_type_hints(Cfg, include_extras=True))

@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x
print(conv(3))
try:
    ov = overload(lambda x: x)
    ov(1)
except NotImplementedError as ex: print(type(ex).__name__, ex)

@final
class Leaf:
    @final
    def m(self): pass
print(Leaf.__final__, Leaf.m.__final__)
P = typing.ParamSpec("P")
T = typing.TypeVar("T", bound=int)
S = typing.TypeVar("S", int, str)
print(P, P.args, P.kwargs, T.__bound__, S.__constraints__, repr(typing.TypeVar("U", covariant=True)))
try: typing.TypeVar("X", int)
except TypeError as ex: print(type(ex).__name__, ex)
print(typing.cast(int, "x"), typing.TYPE_CHECKING, typing.NewType("UserId", int)(5), typing.NewType("UserId", int))
print(typing.Optional[typing.List["Cfg"]])
