from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses
from typing import List, Optional


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default="s", compare=False)

    def __post_init__(self):
        self.total = len(self.items)


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


@dataclass
class Base:
    id: int
    name: str = "base"


@dataclass
class Child(Base):
    extra: Optional[str] = None


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2) < Version(1, 2, 1), Version(2) > Version(1, 99), Version(1) == Version(1, 0, 0))
print(max(vs), min(vs))
p = Point(3, 4)
print(p, p.norm, hash(p) == hash(Point(3, 4)), p == Point(3.0, 4.0))
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
q = replace(p, y=-1)
print(q, p, asdict(q), astuple(q))
inv = Inventory("ann", ["a", "b"])
inv2 = Inventory("bob")
inv2.items.append("z")
print(inv, inv2, Inventory("x").items)
print(inv == Inventory("ann", ["a", "b"], secret="other"))
print(asdict(inv))
print([f.name for f in fields(inv)], [f.name for f in fields(Inventory) if f.init])
w = WithInit(5)
print(w, WithInit(5, 10).b)
c = Child(7, extra="e")
print(c, Child(1), isinstance(c, Base), asdict(c))
print(KW(1), KW(1, c=5, b=3))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Version()
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1, major=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)
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
        a: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))


@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(Node(1) == Node(1))
nested = {"v": Version(1), "l": [Point(1, 2)]}
print(asdict(Inventory("o", [Version(1, 2)])))
M = dataclasses.make_dataclass("M", [("a", int), ("b", str, field(default="q"))])
print(M(1), M(2, "r") == M(2, "r"))
