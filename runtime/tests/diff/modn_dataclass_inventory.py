"""Inventory domain model built on dataclasses features."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, replace, asdict, astuple, fields, InitVar, KW_ONLY
from typing import ClassVar
from decimal import Decimal


@dataclass(frozen=True, slots=True, order=True)
class Sku:
    vendor: str
    code: int

    def __str__(self) -> str:
        return f"{self.vendor}-{self.code:04d}"


@dataclass(kw_only=True)
class Money:
    amount: Decimal
    currency: str = "EUR"

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch {self.currency}/{other.currency}")
        return replace(self, amount=self.amount + other.amount)


@dataclass
class Item:
    sku: Sku
    name: str
    price: Money
    tags: set[str] = field(default_factory=set)
    qty: int = 0
    _: KW_ONLY
    discontinued: bool = False
    notes: list[str] = field(default_factory=list, repr=False, compare=False)
    total: Money = field(init=False)
    count: ClassVar[int] = 0

    def __post_init__(self) -> None:
        Item.count += 1
        self.total = Money(amount=self.price.amount * self.qty, currency=self.price.currency)


@dataclass
class Bundle(Item):
    parts: tuple[Sku, ...] = ()
    discount_pct: InitVar[int] = 0

    def __post_init__(self, discount_pct: int) -> None:
        super().__post_init__()
        if discount_pct:
            factor = Decimal(100 - discount_pct) / 100
            self.total = replace(self.total, amount=(self.total.amount * factor).quantize(Decimal("0.01")))


@dataclass(eq=False)
class Warehouse:
    name: str
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        self.items[str(item.sku)] = item

    def value(self) -> Money:
        tot = Money(amount=Decimal("0"))
        for it in self.items.values():
            tot = tot + it.total
        return tot


w = Warehouse("main")
a = Item(Sku("acme", 7), "bolt", Money(amount=Decimal("0.25")), {"metal"}, 100)
b = Item(Sku("acme", 3), "nut", Money(amount=Decimal("0.10")), qty=250, discontinued=True)
c = Bundle(Sku("kit", 1), "kit", Money(amount=Decimal("5.00")), qty=4, parts=(a.sku, b.sku), discount_pct=15)
for it in (a, b, c):
    w.add(it)
    print(it)
print("count", Item.count, "value", w.value())
print(sorted(w.items))
print(sorted([a.sku, b.sku, c.sku]), a.sku < b.sku, Sku("a", 1) == Sku("a", 1))
print(hash(Sku("a", 1)) == hash(("a", 1)), hasattr(Sku("a", 1), "__dict__"), Sku.__slots__)
try:
    a.sku.code = 9
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    a.sku.extra = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

d = asdict(c)
print(d["sku"], d["parts"], d["total"], d["price"])
print(astuple(a.sku), astuple(b)[:3])
print(sorted(asdict(a)))
a2 = replace(a, qty=10, notes=["restock"])
print(a2.total, a2 == a, replace(a, notes=["x"]) == a)
try:
    replace(a, total=Money(amount=Decimal(1)))
except ValueError as e:
    print("ValueError:", e)
try:
    replace(c, parts=())
except ValueError as e:
    print("ValueError:", e)
try:
    Money(Decimal(1))
except TypeError as e:
    print("TypeError:", e)
try:
    a.price + Money(amount=Decimal(1), currency="USD")
except ValueError as e:
    print("ValueError:", e)

for f in fields(Bundle):
    print(f"  {f.name:13} init={f.init!s:5} kw_only={f.kw_only!s:5} repr={f.repr!s:5} type={f.type}")
print([f.name for f in fields(c)])
print(dataclasses.is_dataclass(c), dataclasses.is_dataclass(Bundle), dataclasses.is_dataclass(w.items))
print(Bundle.__match_args__, Item.__match_args__)
print(Sku.__dataclass_params__.frozen if hasattr(Sku, "__dataclass_params__") else None)
import inspect
print(inspect.signature(Bundle))
print(inspect.signature(Money))

Point = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))], frozen=True)
p = Point(3)
print(p, replace(p, y=4), asdict(p), Point.__name__)
