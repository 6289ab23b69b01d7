import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, Literal, ClassVar, Final, Annotated,
                    get_type_hints, get_origin, get_args, runtime_checkable, cast, overload,
                    NewType, ParamSpec, Concatenate, TypeAlias, Self, Never, LiteralString,
                    Required, NotRequired, TypeVarTuple, Unpack)
import collections.abc

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, r)

T = TypeVar("T")
K = TypeVar("K", bound=str)
V = TypeVar("V", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, V, Co, Contra, T.__name__, K.__bound__, V.__constraints__, Co.__covariant__)
show("tv both", lambda: TypeVar("X", covariant=True, contravariant=True))
show("tv one constraint", lambda: TypeVar("X", int))
show("tv bound+constraints", lambda: TypeVar("X", int, str, bound=int))
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int])
print(Optional[Union[int, str]], Union[int, str] == Union[str, int], int | str, Optional[int] == (int | None))
show("union empty", lambda: Union[()])
show("optional bad", lambda: Optional[1])
print(List[int], Dict[str, List[T]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., T])
print(Dict[str, T][int], Callable[[T], T][int], List[T].__parameters__, Dict[K, V].__parameters__)
show("too many", lambda: List[int, str])
show("not generic", lambda: List[int][str])
print(Literal[1, "a", True], Literal[1, 1], ClassVar[int], Final[str], Annotated[int, "meta", 2])
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(Annotated[int, 1]), get_origin(int), get_origin(Literal[1]))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Annotated[int, 1, 2]), get_args(int), get_args(Union[int, str]))

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
class Pair(Box[K], Generic[K, V]):
    pass
print(Box[int], Box[int]().item if False else Box.__parameters__, Pair.__parameters__, Pair[str, int])
print(Box[int].__origin__, Box[int].__args__, Box(3).item, type(Box[int](4)).__name__)
show("generic bare", lambda: Generic[int])
show("generic dup", lambda: type("Z", (Generic[T, T],), {}))
show("box two", lambda: Box[int, str])
print(Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None, Pair.__orig_bases__)

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class Res:
    def close(self): pass
print(isinstance(Res(), Closeable), isinstance(5, Closeable), issubclass(Res, Closeable))
class NotRC(Protocol):
    x: int
show("not runtime", lambda: isinstance(Res(), NotRC))
show("proto inst", lambda: NotRC())
class Sized2(Protocol):
    size: int
    def area(self) -> int: ...
print(sorted(typing._get_protocol_attrs(Sized2)) if hasattr(typing, "_get_protocol_attrs") else ['area', 'size'])

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__, p._replace(x=1), Point._make([1, 2, "z"]))
P2 = NamedTuple("P2", [("a", int), ("b", str)])
print(P2(1, "x"), P2.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("nt default order", type(e).__name__, e)

class Movie(TypedDict):
    title: str
    year: int
class MovieX(Movie, total=False):
    rating: float
m = Movie(title="T", year=1)
print(m, type(m), Movie.__required_keys__, sorted(MovieX.__optional_keys__), MovieX.__total__, Movie.__annotations__)
TD = TypedDict("TD", {"a": int, "b": NotRequired[str]})
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
show("td isinstance", lambda: isinstance({}, Movie))

def hinted(a: int, b: "List[int]", c: Optional[str] = None) -> "Dict[str, int]":
    pass
print(get_type_hints(hinted))
class HC:
    x: int
    y: "Optional[HC]"
    z: ClassVar[int] = 1
print(get_type_hints(HC))
def ann(a: Annotated[int, "m"]) -> None: pass
print(get_type_hints(ann), get_type_hints(ann, include_extras=True))
show("bad fwd", lambda: get_type_hints(type("Q", (), {"__annotations__": {"a": "Undefined"}})))
print(typing.ForwardRef("int"), typing.ForwardRef("int") == typing.ForwardRef("int"))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)
print(cast(int, "x"), cast("str", 1))
@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x): return x
print(ov(3))
show("overload call", lambda: typing.overload(lambda x: x)(1))
PS = ParamSpec("PS")
print(PS, PS.args, PS.kwargs, Callable[PS, int], Callable[Concatenate[int, PS], int])
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], Tuple[int, Unpack[Ts]])
print(Any, repr(Any), Self, Never, LiteralString, TypeAlias, typing.NoReturn)
show("any inst", lambda: isinstance(1, Any))
show("any call", lambda: Any())
print(typing.Sequence[int], typing.Mapping[str, int], typing.Iterable, typing.Type[int], typing.Deque[int])
print(isinstance([], typing.Sequence), issubclass(list, typing.Iterable), isinstance({}, typing.Mapping))
show("isinstance sub", lambda: isinstance([], List[int]))
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized)
print(Union[List[int], Dict[str, T]][bytes], Optional[T][int])
print(typing.get_type_hints(Point), typing.is_typeddict(Movie), typing.is_typeddict(dict))
print(typing.TYPE_CHECKING, typing.assert_never.__name__, typing.reveal_type(5))
show("assert_never", lambda: typing.assert_never(1))
print(typing.dataclass_transform()(Box) is Box, typing.final(Box) is Box)
def noth(): pass
print(typing.no_type_check(noth) is noth, noth.__no_type_check__)
print(Literal[1] == Literal[1], hash(Literal[1]) == hash(Literal[1]), Literal[1, 2] == Literal[2, 1])
print(repr(List), repr(typing.Callable), repr(Dict[str, Any]))
