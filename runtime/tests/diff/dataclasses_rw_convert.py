# dataclasses: asdict/astuple recursion through namedtuples, dicts and nested dataclasses, inherited fields, KW_ONLY, default ordering errors, frozen inheritance.
import dataclasses as dc
from collections import namedtuple, OrderedDict
from typing import ClassVar
P = namedtuple("P", "x y")

@dc.dataclass
class Inner:
    v: int = 1

@dc.dataclass(order=True)
class Base:
    a: int
    b: list = dc.field(default_factory=list, repr=False)

@dc.dataclass
class Child(Base):
    c: str = "c"
    inner: Inner = dc.field(default_factory=Inner)
    pts: tuple = (P(1, [2]),)
    od: dict = dc.field(default_factory=lambda: OrderedDict(k=[Inner(3)]))
    cv: ClassVar[int] = 9
    _: dc.KW_ONLY
    kw: int = 0

try:
    c = Child(1, [5], "z", kw=4)
except Exception as e:
    print(type(e).__name__, e)

@dc.dataclass
class Plain:
    a: int
    b: list = dc.field(default_factory=list)
    c: str = "c"
    inner: Inner = dc.field(default_factory=Inner)
    pts: tuple = (P(1, [2]),)
    od: dict = dc.field(default_factory=lambda: OrderedDict(k=[Inner(3)]))
    _: dc.KW_ONLY
    kw: int = 0

p = Plain(1, [5], "z", kw=4)
print(p)
print(dc.asdict(p))
print(dc.astuple(p))
print(dc.asdict(p, dict_factory=OrderedDict))
print(type(dc.asdict(p)["pts"][0]).__name__, type(dc.astuple(p)[5]).__name__)
print(dc.fields(Child)[0].name, [f.name for f in dc.fields(Child)])
print(Child.__dataclass_params__.frozen, Base.__dataclass_params__.order, Plain.__dataclass_params__.eq)
try:
    @dc.dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dc.dataclass
    class Bad2:
        x = dc.field()
except TypeError as e:
    print(e)
@dc.dataclass
class D:
    x: int = dc.field(default=5)
    y: list = dc.field(default_factory=list)
print(D.x, hasattr(D, "y"), D(), Base(1) < Base(2))
try:
    dc.asdict(3)
except TypeError as e:
    print(e)
try:
    dc.astuple(Inner)
except TypeError as e:
    print(e)
print(dc.replace(p, a=7).a, dc.is_dataclass(p), dc.is_dataclass(Plain))
print(repr(dc.field(default=1)).split(",")[:3])

@dc.dataclass(frozen=True)
class Fz:
    a: int
try:
    @dc.dataclass
    class Thaw(Fz):
        b: int = 0
except TypeError as e:
    print(e)
try:
    Fz(1).a = 2
except dc.FrozenInstanceError as e:
    print(type(e).__name__, e)
