"""Inventory / order system: dataclasses, enums and typing at runtime."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace
from enum import Enum, IntEnum, Flag, auto
from typing import Dict, List, NamedTuple, Optional, Protocol, TypedDict, runtime_checkable


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    SHIP = auto()
    ALL = READ | WRITE | SHIP


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(default=0.0, compare=False)
    category: Category = field(default=Category.TOOLS, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}")
        self.name = self.name.strip().title()


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"


@dataclass
class Line:
    item: Item
    qty: int = 1

    @property
    def total(self) -> float:
        return round(self.item.price * self.qty, 2)


@dataclass
class Order:
    order_id: int
    lines: List[Line] = field(default_factory=list)
    status: Status = Status.NEW
    priority: Priority = Priority.NORMAL
    note: Optional[str] = None

    def add(self, item: Item, qty: int = 1) -> "Order":
        self.lines.append(Line(item, qty))
        return self

    def total(self) -> float:
        return round(sum(l.total for l in self.lines), 2)


class Summary(NamedTuple):
    order_id: int
    n_lines: int
    total: float = 0.0


class ItemDict(TypedDict):
    sku: str
    qty: int


@runtime_checkable
class Priced(Protocol):
    price: float


catalog = [
    Item("T-100", "  hammer ", 12.5, Category.TOOLS, ["steel"]),
    Item("G-200", "hose", 19.99, Category.GARDEN),
    Item("K-300", "whisk", 3.25, Category.KITCHEN, ["small", "wire"]),
    Item("T-050", "screwdriver set", 24.0),
]
for it in catalog:
    print(it)
print(sorted(catalog))
print(min(catalog).sku, max(catalog).sku)
print(catalog[0] == Item("T-100", "other"), catalog[0] < catalog[1])
try:
    Item("X", "bad", -1)
except ValueError as e:
    print(type(e).__name__, e)

loc = Location(3)
print(loc, hash(loc) == hash(Location(3, "A")), loc == Location(3))
try:
    loc.aisle = 4
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
loc2 = replace(loc, shelf="C")
print(loc2, loc)
print({Location(1), Location(1), Location(2, "B")} == {Location(1), Location(2, "B")})

order = Order(1001).add(catalog[0], 2).add(catalog[2], 4)
order.note = "fragile"
print(order.total())
d = asdict(order)
print(d["order_id"], d["status"], d["lines"][0]["item"]["category"], d["lines"][1]["qty"])
print(sorted(d["lines"][0]["item"]))
print(astuple(loc2))
print([f.name for f in dataclasses.fields(Order)])
print([(f.name, f.default is dataclasses.MISSING, f.default) for f in dataclasses.fields(Location)][1:], dataclasses.fields(Location)[0].default is dataclasses.MISSING)
print(dataclasses.is_dataclass(order), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(1))

print(list(Category))
print([c.name for c in Category], [c.value for c in Category])
print(Category("garden"), Category["KITCHEN"], Category.TOOLS.value)
try:
    Category("toys")
except ValueError as e:
    print(type(e).__name__, e)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, int(Priority.NORMAL), Priority(3))
print(sorted([Priority.HIGH, Priority.LOW, Priority.NORMAL]))
print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
p = Perm.READ | Perm.WRITE
print(p, Perm.READ in p, Perm.SHIP in p, p & Perm.WRITE, bool(p & Perm.SHIP))
print(Perm.ALL, Perm.ALL.value, ~Perm.READ, Perm(0), bool(Perm(0)))
print(list(Perm), [m.name for m in Perm.ALL])
print(Status.NEW.value, Status.SHIPPED.value, list(Status.__members__))
print(Status.NEW is Status["NEW"], Status.PAID == Status.PAID, Status.PAID != Status.NEW)
print(repr(Category.TOOLS), str(Category.GARDEN), f"{Category.KITCHEN}")

s = Summary(order.order_id, len(order.lines), order.total())
print(s, s._fields, s._asdict(), s._replace(total=0.0))
print(Summary(7, 0), Summary._field_defaults)
row: ItemDict = {"sku": "T-100", "qty": 3}
print(row, ItemDict.__required_keys__ == frozenset({"sku", "qty"}))
print(isinstance(catalog[0], Priced), isinstance(loc, Priced))
print(Order.__annotations__["lines"], Item.__annotations__["price"])

by_cat: Dict[Category, List[str]] = {}
for it in catalog:
    by_cat.setdefault(it.category, []).append(it.sku)
for cat, skus in by_cat.items():
    print(f"{cat.name:<8}{cat.value:>9}: {', '.join(sorted(skus))}")

o2 = replace(order, order_id=1002, status=Status.PAID, priority=Priority.HIGH)
print(o2.order_id, o2.status, o2.priority, o2.lines is order.lines, o2.note)
queue = sorted([order, o2], key=lambda o: (-o.priority, o.order_id))
print([o.order_id for o in queue])
print(repr(order)[:60])
