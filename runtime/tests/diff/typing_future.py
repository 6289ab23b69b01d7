from __future__ import annotations
# typing with postponed annotations: dataclasses, generics, get_type_hints on string hints
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, List, Optional, Dict, TypeVar, Generic, Protocol, Callable, Iterator, Any, Self, get_type_hints, NamedTuple, TYPE_CHECKING, Union
import typing
import enum

@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    price: Optional[float] = None
    init_only: InitVar[int] = 0

    def __post_init__(self, init_only):
        Item.count += 1

i = Item('a')
print(i, Item.count, [f.name for f in dataclasses.fields(Item)])
print(get_type_hints(Item))

T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> Self:
        self.items.append(x); return self
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)
    @classmethod
    def of(cls, *xs: T) -> 'Stack[T]':
        s = cls()
        for x in xs: s.push(x)
        return s
s = Stack[int]().push(1).push(2)
print(list(s), list(Stack.of('a', 'b')), Stack.of.__annotations__ if hasattr(Stack.of, '__annotations__') else '')
print(get_type_hints(Stack.push))

class Color(enum.Enum):
    RED = 1
def paint(c: Color, cb: Callable[[Color], None] | None = None) -> dict[str, int]: ...
print(get_type_hints(paint))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> float: return (self.x**2 + self.y**2) ** .5
print(Pt(3, 4).dist(), Pt._fields, Pt.__doc__)
if TYPE_CHECKING:
    import nothing
print(typing.Optional[Color], Union[Color, None], List['Color'])
class Shape(Protocol):
    def area(self) -> float: ...
class Sq:
    def area(self) -> float: return 4.0
def total(shapes: List[Shape]) -> float: return sum(s.area() for s in shapes)
print(total([Sq()]))
class Tree(Generic[T]):
    def __init__(self, v: T, kids: 'Optional[List[Tree[T]]]' = None): self.v = v; self.kids = kids or []
print(get_type_hints(Tree.__init__))
print(Dict[str, 'Tree[int]'])
class MyList(List[int]): pass
print(MyList([1,2]) + [3])
from typing import Generic as G2
class Reader(Generic[T]):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw); print('sub', cls.__name__, cls.__parameters__)
class IntReader(Reader[int]): pass
print(IntReader.__orig_bases__)
import __future__
print(__future__.all_feature_names)
print(__future__.annotations, __future__.division.getMandatoryRelease(), __future__.annotations.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.generators.getOptionalRelease())
