"""Inventory app built on dataclasses."""
from dataclasses import (dataclass, field, replace, asdict, astuple, fields,
                         InitVar, FrozenInstanceError, is_dataclass, KW_ONLY)
from typing import ClassVar, Optional


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, text):
        parts = [int(p) for p in text.split(".")]
        return cls(*parts)


@dataclass
class Item:
    sku: str
    name: str
    price_cents: int
    tags: list = field(default_factory=list)
    qty: int = 0
    discount: InitVar[float] = 0.0
    total_cents: int = field(init=False, repr=False)
    count: ClassVar[int] = 0

    def __post_init__(self, discount):
        Item.count += 1
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.sku}")
        self.price_cents = round(self.price_cents * (1 - discount))
        self.total_cents = self.price_cents * self.qty


@dataclass(frozen=True)
class Location:
    aisle: str
    shelf: int

    def __str__(self):
        return f"{self.aisle}-{self.shelf:02d}"


@dataclass
class Slot:
    location: Location
    item: Optional[Item] = None
    _: KW_ONLY
    locked: bool = False
    notes: str = ""


vs = [Version.parse(s) for s in ["1.2.3", "1.10", "1.2", "0.9.9", "2", "1.2.3"]]
print(vs)
print(sorted(vs))
print([str(v) for v in sorted(set(map(astuple, vs)), reverse=True) and sorted(vs, reverse=True)])
print(max(vs), min(vs), vs[0] == vs[-1], vs[0] is vs[-1])
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

items = [
    Item("A1", "bolt", 25, ["metal"], qty=100),
    Item("A2", "nut", 10, qty=250, discount=0.1),
    Item("B7", "drill", 4999, ["tool", "power"], qty=3, discount=0.25),
    Item("C3", "glue", 350),
]
for it in items:
    print(it, it.total_cents)
print("count", Item.count)
print(items[0].tags is items[3].tags, items[3].tags)
try:
    Item("Z", "bad", -1)
except ValueError as e:
    print("ValueError:", e)
print("count", Item.count)

print([f.name for f in fields(Item)])
print([(f.name, f.init, f.repr) for f in fields(Item)])
print(asdict(items[2]))
print(astuple(items[1]))

loc = Location("B", 7)
print(loc, repr(loc), hash(loc) == hash(Location("B", 7)))
try:
    loc.shelf = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del loc.aisle
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
loc2 = replace(loc, shelf=9)
print(loc2, loc, loc2 == loc)

slots = [Slot(Location("A", i), items[i % len(items)], locked=i % 2 == 0) for i in range(4)]
slots.append(Slot(Location("Z", 99)))
for s in slots:
    print(s.location, s.item.name if s.item else None, s.locked, repr(s.notes))
print(slots[-1])
try:
    Slot(Location("A", 1), None, True)
except TypeError as e:
    print("TypeError:", e)

snap = asdict(slots[1])
print(snap)
snap["item"]["tags"].append("changed")
print(slots[1].item.tags)

upd = replace(items[0], qty=5, discount=0.5)
print(upd, upd.total_cents)
try:
    replace(items[0], total_cents=3)
except ValueError as e:
    print("ValueError:", e)

print(is_dataclass(Item), is_dataclass(items[0]), is_dataclass(Location("a", 1)), is_dataclass(dict))


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)

    def add(self, *vals):
        for v in vals:
            self.children.append(Node(v))
        return self

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

root = Node(1).add(2, 3)
root.children[0].add(4, 5)
root.children[1].add(6)
for d, v in root.walk():
    print("  " * d + str(v))
print(Node(1) == Node(1), Node(1).__hash__ is not None)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False, default="")
print(Key(1, "x") == Key(1, "y"), hash(Key(1, "x")) == hash(Key(1, "y")))
print(len({Key(1, "a"), Key(1, "b"), Key(2, "c")}))

try:
    @dataclass
    class Broken:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mutable:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    depth: int = 3

@dataclass
class Job(Options):
    name: str = "job"

j = Job(verbose=True)
print(j)
print(Job("build", depth=1))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
print(Job.__match_args__, Version.__match_args__, Options.__match_args__)
