from __future__ import annotations

import copy
import dataclasses
import pickle
import typing
import weakref
from collections import namedtuple
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar


@dataclass
class Base:
    ident: int
    tags: list[str] = field(default_factory=list, metadata={"doc": "labels", "max": 5})
    registry: ClassVar[dict] = {}
    note: InitVar[str | None] = None

    def __post_init__(self, note):
        self.registry[self.ident] = self
        self.noted = note


@dataclass
class Child(Base):
    weight: float = 1.0
    tags: list[str] = field(default_factory=lambda: ["child"])

    def __post_init__(self, note):
        super().__post_init__(note)
        self.weight = round(self.weight, 1)


c = Child(1, weight=2.345, note="hi")
print(c, c.noted, sorted(Base.registry))
print(Child.__doc__, Base.__doc__)
for f in fields(Child):
    print(f.name, repr(f.type), f.metadata.get("doc"), type(f.metadata).__name__, dict(f.metadata))
print(Base(2) == Child(2), Base(2) == Base(2), Child(3, ["x"]) == Child(3, ["x"]))
print(repr(Child.__dataclass_fields__["note"].type), Child.__dataclass_params__)
f0 = fields(Base)[0]
print(repr(f0)[:60])
print(repr(InitVar[int]), repr(InitVar(list)), type(dataclasses.MISSING).__name__)
print(typing.get_type_hints(Child))


@dataclass(slots=True, weakref_slot=True)
class Token:
    kind: str
    text: str = ""


t = Token("num", "42")
r = weakref.ref(t)
print(Token.__slots__, r() is t, t, "__dict__" in dir(t))


@dataclass(frozen=True, slots=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return dataclasses.replace(self, amount=self.amount + other.amount)


m = Money(5) + Money(7)
print(m, hash(m) == hash(Money(12)), pickle.loads(pickle.dumps(m)), copy.deepcopy(m) == m)
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    object.__setattr__(m, "other", 1)
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False)
    c: tuple = field(compare=False, default=())


print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1, "x") == Key(1, "x", (1,)), {Key(1, "a"): 1})


@dataclass(eq=False)
class Identity:
    v: int


i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, Identity.__hash__ is object.__hash__)


@dataclass
class Tree:
    name: str
    kids: list[Tree] = field(default_factory=list)
    depth: int = field(default=0, repr=False, compare=False)

    def add(self, name):
        kid = Tree(name, depth=self.depth + 1)
        self.kids.append(kid)
        return kid


root = Tree("root")
a = root.add("a")
a.add("a1")
root.add("b")
print(root)
print(dataclasses.asdict(root)["kids"][0]["kids"][0]["name"], len(dataclasses.astuple(root)))
loop = Tree("loop")
loop.kids.append(loop)
print(loop)

Pair = namedtuple("Pair", "left right")


@dataclass
class Holder:
    pair: Pair
    pairs: dict[str, Pair]
    items: tuple


h = Holder(Pair(Token("a"), 2), {"k": Pair([1], {"x": Money(1)})}, (Money(2), [Money(3)]))
print(dataclasses.asdict(h))
print(dataclasses.astuple(h))
print(type(dataclasses.asdict(h)["pair"]).__name__)


@dataclass
class Defaults:
    a: int = 0
    b: list = field(default_factory=list)
    c: str = field(default="c", init=False)


d = Defaults()
d2 = copy.copy(d)
print(d2, d2.b is d.b, copy.deepcopy(d).b is d.b, dataclasses.replace(d, a=5))
try:
    dataclasses.replace(d, c="x")
except ValueError as e:
    print("ValueError:", e)
print(Defaults.a, Defaults.c, hasattr(Defaults, "b"))
print([(f.name, f._field_type is not None) for f in fields(Defaults)])
