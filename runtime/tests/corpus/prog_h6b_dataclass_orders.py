from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
import dataclasses
from typing import List, Optional

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(order=True)
class Priority:
    level: int
    name: str = field(compare=False)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    def moved(self, d):
        return replace(self, lat=self.lat + d)

@dataclass
class Order:
    id: int
    items: List[Item] = field(default_factory=list)
    note: Optional[str] = None
    discount: InitVar[float] = 0.0
    subtotal: float = field(init=False, repr=False, default=0.0)
    _secret: str = field(default="x", repr=False)

    def __post_init__(self, discount):
        self.subtotal = round(sum(i.total for i in self.items) * (1 - discount), 2)

items = [Item("pen", 1.5, 4), Item("book", 12.0, tags=["paper"]), Item("bag", 30.0)]
o = Order(7, items, discount=0.1)
print(o)
print(o.subtotal)
print(asdict(o))
print(astuple(items[0]))
print([f.name for f in fields(o)])
print(replace(items[0], qty=10))
print(items[0] == Item("pen", 1.5, 4), items[0] == Item("pen", 1.5, 5))

ps = [Priority(3, "low"), Priority(1, "urgent"), Priority(2, "mid"), Priority(1, "also")]
print(sorted(ps))
print(Priority(1, "a") == Priority(1, "b"), Priority(1, "a") < Priority(2, "a"))

c = Coord(1.0, 2.0)
print(c, c.moved(0.5), hash(c) == hash(Coord(1.0, 2.0)))
try:
    c.lat = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({c: "home"}[Coord(1.0, 2.0)])

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def add(self, v):
        n = Node(v)
        self.children.append(n)
        return n

root = Node(1)
a = root.add(2)
a.add(3)
root.add(4)
print(root)
print(asdict(root))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass(eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), Plain(3))

@dataclass(kw_only=True)
class Cfg:
    host: str = "localhost"
    port: int = 8080
print(Cfg(port=1))
try:
    Cfg("h")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 0.5
print(Child(1), Child(1, "z", 2.0))
print(dataclasses.is_dataclass(Child), dataclasses.is_dataclass(Child(1)), dataclasses.is_dataclass(5))
P = dataclasses.make_dataclass("P", [("x", int), ("y", int, field(default=0))])
print(P(3), P(1, 2) == P(1, 2))
print(Item.__dataclass_fields__["qty"].default, Item.__dataclass_fields__["tags"].default is dataclasses.MISSING)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S.__slots__)
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
