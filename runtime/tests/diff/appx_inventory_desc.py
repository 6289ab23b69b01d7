import contextlib
import json
from collections import Counter
from functools import total_ordering, cached_property, reduce, singledispatch
from typing import NamedTuple, Generic, TypeVar


class Validated:
    def __init__(self, *, kind, minimum=None, choices=None):
        self.kind, self.minimum, self.choices = kind, minimum, choices

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public}={value!r} below minimum {self.minimum}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.public}={value!r} not in {sorted(self.choices)}")
        setattr(obj, self.private, value)


@total_ordering
class Item:
    sku = Validated(kind=str)
    qty = Validated(kind=int, minimum=0)
    price = Validated(kind=(int, float).__class__ and float, minimum=0.0)
    unit = Validated(kind=str, choices={"ea", "kg", "box"})

    def __init__(self, sku, qty, price, unit="ea"):
        self.sku, self.qty, self.price, self.unit = sku, qty, float(price), unit

    def __repr__(self):
        return f"Item({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.value, self.sku) < (other.value, other.sku)

    @cached_property
    def value(self):
        print(f"  (computing value of {self.sku})")
        return round(self.qty * self.price, 2)


print(Item._fields, type(Item.__dict__["qty"]).__name__)
items = [Item("bolt", 500, 0.05), Item("nut", 800, 0.03), Item("gear", 12, 4.5, "box"),
         Item("oil", 3, 12.0, "kg"), Item("belt", 7, 9.99)]
for bad in [("x", -1, 1.0), ("x", 1.5, 1.0), (7, 1, 1.0), ("x", 1, 1.0, "lb")]:
    try:
        Item(*bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

print(sorted(items)[0].sku, max(items).sku, items[0] <= items[1], items[2] >= items[3])
print(sorted(items)[0].value, "cached" if "value" in vars(items[0]) else "not cached")
print(Item("bolt", 1, 1) in items, len(set(items) | {Item("bolt", 9, 9)}), items[0] == "bolt")


class Inventory:
    def __init__(self, items=()):
        self._items = {i.sku: i for i in items}
        self.log = []

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku!r}") from None

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    @contextlib.contextmanager
    def transaction(self, label):
        snapshot = {k: (v.qty, v.price) for k, v in self._items.items()}
        self.log.append(f"begin {label}")
        try:
            yield self
        except Exception as e:
            for k, (q, p) in snapshot.items():
                self._items[k].qty, self._items[k].price = q, p
            self.log.append(f"rollback {label}: {type(e).__name__}")
            raise
        else:
            self.log.append(f"commit {label}")
        finally:
            self.log.append(f"end {label}")

    def take(self, sku, n):
        item = self[sku]
        item.qty = item.qty - n
        item.__dict__.pop("value", None)
        return item.qty


inv = Inventory(items)
with inv.transaction("t1"):
    inv.take("bolt", 100)
    inv.take("gear", 2)
with contextlib.suppress(ValueError):
    with inv.transaction("t2"):
        inv.take("nut", 100)
        inv.take("oil", 5)
try:
    with inv.transaction("t3"):
        inv.take("widget", 1)
except KeyError as e:
    print("KeyError:", e, e.__cause__, e.__suppress_context__)
print(inv.log)
print([(i.sku, i.qty) for i in inv], len(inv), "oil" in inv)

with contextlib.ExitStack() as stack:
    for i in inv:
        stack.callback(print, "release", i.sku)
    stack.enter_context(contextlib.nullcontext())
    print("holding", len(inv))

T = TypeVar("T")


class Bin(Generic[T]):
    def __init__(self):
        self.contents: list[T] = []

    def add(self, x: T) -> "Bin[T]":
        self.contents.append(x)
        return self


print(Bin[int]().add(1).add(2).contents, Bin.__parameters__, Bin[str].__origin__ is Bin)


class Move(NamedTuple):
    sku: str
    delta: int
    reason: str = "adjust"


moves = [Move("bolt", -5), Move("nut", 20, "restock"), Move("bolt", 3, "return"), Move("gear", -1)]
net = reduce(lambda acc, m: acc + Counter({m.sku: m.delta}), moves, Counter())
print(dict(net), Move._field_defaults, moves[1]._replace(delta=0), tuple(moves[0]))
totals = Counter()
for m in moves:
    totals[m.sku] += m.delta
print(sorted(totals.items()), +totals, -totals)


@singledispatch
def describe(x):
    return f"object {type(x).__name__}"


@describe.register
def _(x: Item):
    return f"item {x.sku} x{x.qty}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return "[" + "; ".join(describe(i) for i in x) + "]"


@describe.register(int)
def _(x):
    return f"int {x:+d}"


print(describe(inv["gear"]), describe([1, inv["oil"], (2, "s")]), describe(True), describe(3.5))
print(json.dumps([{f: getattr(i, f) for f in Item._fields} for i in inv], separators=(",", ":")))
