from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), Point(3))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__)
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

@dataclass()
class Two:
    a: int
    b: str

try:
    Two()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Two(a=1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9), Version(1, 0, "x"), Version(1, 2, "y")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, "a") == Version(1, 2, "b"))
try:
    Version(1) < 3
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()

fz = Frozen("a")
print(fz, hash(fz) == hash(Frozen("a")))
try:
    fz.name = "b"
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del fz.name
except FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass
class Inv:
    items: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    computed: int = field(init=False, default=0)

    def __post_init__(self):
        self.computed = len(self.items) * 10

a = Inv()
b = Inv([1, 2])
a.items.append(5)
print(a, b, b.computed, Inv().items)
try:
    Inv([], "x", 3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(compare=False)
print(hash(H(1, 2)) == hash(H(1, 3)))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass
class Base:
    a: int
    b: int = 2

@dataclass
class Child(Base):
    c: int = 3
    a: int = 10

print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
print([(f.name, f.type.__name__, f.default) for f in fields(Point)][1:])
print(fields(p)[0].name)

@dataclass
class Outer:
    p: Point
    pts: list
    d: dict

o = Outer(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(o))
print(astuple(o))
print(replace(p, y=9), p)
try:
    replace(Inv(), computed=5)
except ValueError as e:
    print(type(e).__name__, e)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
try:
    asdict(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class WithRepr:
    v: int
    def __repr__(self):
        return "custom"
print(WithRepr(1), WithRepr(1) == WithRepr(1))

@dataclass
class Node:
    val: int
    nxt: object = None
n = Node(1)
n.nxt = n
print(n)
print(Point.__match_args__)
match p:
    case Point(x, y):
        print("matched", x, y)
print(Point.__init__.__qualname__, Point.__repr__.__name__)
