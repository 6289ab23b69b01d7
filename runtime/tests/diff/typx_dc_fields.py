import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, make_dataclass, is_dataclass, MISSING
from typing import ClassVar, List, Optional


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{self.label}"


vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1, "-rc"), Version(1, 0, 0), Version(1, 2, 0, "-beta")]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1), max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="hidden", repr=False, compare=False)
    cache: Optional[dict] = field(default=None, init=False, repr=False)
    total: ClassVar[int] = 0
    tax: InitVar[float] = 0.1

    def __post_init__(self, tax):
        Inventory.total += 1
        self.cache = {"tax": tax}


a = Inventory("ann")
b = Inventory("bob", ["x"], tax=0.2)
a.items.append("apple")
print(a, b, a.items is not b.items, Inventory.total)
print(a.cache, b.cache, hasattr(a, "tax"))
print(a == Inventory("ann", ["apple"]), a == Inventory("ann", ["apple"], secret="z"))
for f in fields(Inventory):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(asdict(a), astuple(b))
print(replace(b, owner="carl", tax=0.5), replace(b, owner="dan").cache)
try:
    replace(a, cache={})
except ValueError as e:
    print("ValueError:", e)
try:
    replace(a)
except ValueError as e:
    print("ValueError:", e)
print(Inventory.__match_args__)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


@dataclass
class Job:
    name: str
    _: KW_ONLY
    priority: int = 0
    retries: int = 3
    tags: tuple = ()


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 5


print(Config(host="h"), Job("build", priority=2), Mixed(1, 3, b=9), Mixed(1))
print(Config.__match_args__, Job.__match_args__, Mixed.__match_args__)
for cls in (Config, Job, Mixed):
    import inspect
    print(cls.__name__, inspect.signature(cls))
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)
try:
    Job("a", 1)
except TypeError as e:
    print("TypeError:", e)

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y) + abs(self.z)}, frozen=True)
p = Point(1, -2)
print(p, p.norm(), is_dataclass(Point), is_dataclass(p), is_dataclass(int), Point.__name__)
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(hash(p) == hash(Point(1, -2)), {p, Point(1, -2)})


@dataclass
class Nested:
    version: Version
    inv: List[Inventory]
    meta: dict


n = Nested(Version(2), [a], {"k": (Version(3), [1, 2])})
print(asdict(n))
print(astuple(n))
print(asdict(n, dict_factory=lambda kv: sorted(kv)))


def describe(obj):
    match obj:
        case Version(1, minor, _):
            return f"v1 minor={minor}"
        case Version(major=0):
            return "prerelease"
        case Job(name, priority=p) if p > 1:
            return f"urgent {name}"
        case Job(name):
            return f"job {name}"
        case _:
            return "unknown"


for o in [Version(1, 4), Version(0, 1), Job("x", priority=3), Job("y"), Version(2)]:
    print(describe(o))
