"""Models generated at runtime from a schema: make_dataclass, NamedTuple, functional enums."""
import dataclasses
import enum
import typing
from dataclasses import field, fields, asdict
from typing import Generic, NamedTuple, Optional, TypeVar, get_type_hints

T = TypeVar("T")

SCHEMA = {
    "Customer": [("id", "int"), ("name", "str"), ("tier", "Tier", "basic"), ("tags", "list[str]", None)],
    "Order": [("id", "int"), ("customer", "Customer"), ("lines", "list[Line]", None), ("note", "Optional[str]", "")],
}


class Line(NamedTuple):
    sku: "str"
    qty: "int" = 1
    parent: "Optional[Line]" = None

    def total(self, prices: "dict[str, float]") -> float:
        return prices[self.sku] * self.qty


Tier = enum.Enum("Tier", "basic gold platinum", module=__name__)
Access = enum.Flag("Access", ["READ", "WRITE", "ADMIN"], boundary=enum.KEEP)
Level = enum.IntEnum("Level", {"LOW": 10, "HIGH": 20})

TYPES = {"int": int, "str": str}


def build_models(schema: dict) -> dict[str, type]:
    made: dict[str, type] = {}
    for name, specs in schema.items():
        cols = []
        for spec in specs:
            fname, ftype = spec[0], spec[1]
            if len(spec) == 3:
                default = spec[2]
                if default is None:
                    cols.append((fname, ftype, field(default_factory=list)))
                elif fname == "tier":
                    cols.append((fname, ftype, field(default=Tier[default])))
                else:
                    cols.append((fname, ftype, field(default=default)))
            else:
                cols.append((fname, ftype))
        made[name] = dataclasses.make_dataclass(
            name, cols, namespace={"describe": lambda self: f"<{type(self).__name__} {self.id}>"},
            frozen=(name == "Customer"))
    return made


models = build_models(SCHEMA)
Customer, Order = models["Customer"], models["Order"]
globals().update(models)
c = Customer(1, "Ann", tags=["vip"])
o = Order(7, c, [Line("pen", 3), Line("ink")], note="rush")
print(c, c.describe())
print(o)
print(asdict(o))
print(Customer.__name__, Customer.__qualname__, Customer.__module__, Order.__module__)
print([(f.name, f.type) for f in fields(Order)])
print(get_type_hints(Order, globalns=globals()))
print(get_type_hints(Customer, globalns=globals()))
try:
    c.name = "x"
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)

for bad in (["a", "a"], ["ok", "def"], ["1st"], [("a", int, 4, 5)]):
    try:
        dataclasses.make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)

Box = dataclasses.make_dataclass("Box", [("item", T)], bases=(Generic[T],))
print(Box[int], Box.__parameters__, Box("x"), Box.__orig_bases__)

print(Line._fields, Line._field_defaults)
print(Line.__annotations__)
print(get_type_hints(Line))
print(get_type_hints(Line.total))
child = Line("cap", 2, parent=Line("pen"))
print(child, child.total({"cap": 0.5}), child._replace(qty=5), child._asdict())
Point = NamedTuple("Point", [("x", "float"), ("y", "float")])
print(Point.__annotations__, get_type_hints(Point), Point(1.0, 2.0))

print(list(Tier), Tier.gold.value, Tier.__module__, Tier["platinum"])
print(list(Access), repr(Access(7)), repr(Access(12)), Access._boundary_)
print(repr(Access.READ | Access.ADMIN), (Access.READ | Access.ADMIN).name)
print(list(Level), Level.HIGH > 15, repr(Level(10)))
Strict = enum.Flag("Strict", "A B", boundary=enum.STRICT)
try:
    Strict(4)
except ValueError as e:
    print("ValueError:", e)
Conform = enum.Flag("Conform", "A B", boundary=enum.CONFORM)
print(repr(Conform(7)))


class Node:
    def link(self, other: "Node", extra: list["Node"], opt: "Optional[list[Node]]" = None,
             table: dict[str, "list[Node]"] | None = None) -> tuple["Node", ...]:
        return (self, other, *extra)


for k, v in get_type_hints(Node.link).items():
    print(f"  {k}: {v}")
print(Node.link.__annotations__["extra"], typing.get_args(Node.link.__annotations__["extra"]))
