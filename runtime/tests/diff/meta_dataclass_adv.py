import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict, astuple, replace, is_dataclass, make_dataclass

@dataclass(order=True)
class Version:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

    def __post_init__(self):
        self.sort_key = (self.major, self.minor)

vs = [Version(3, 11), Version(2, 7, "legacy"), Version(3, 9), Version(3, 11, "dup")]
print(sorted(vs))
print(Version(3, 11) == Version(3, 11, "other"), Version(1) < Version(1, 1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Connection:
    host: str
    password: InitVar[str]
    _: KW_ONLY
    port: int = 5432
    options: dict = field(default_factory=dict)
    secret_hash: int = field(init=False, default=0)

    def __post_init__(self, password):
        self.secret_hash = len(password) * 7

c = Connection("db", "hunter2", port=1)
print(c, c.secret_hash)
print([(f.name, f.kw_only, f.init) for f in fields(c)])
try:
    Connection("db", "pw", 99)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(c, port=2)
except ValueError as e:
    print(type(e).__name__, e)
c2 = replace(c, port=2, password="x")
print(c2, c2.secret_hash)

try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(frozen=True)
class Frozen:
    x: int
    y: tuple = ()
fz = Frozen(1, (2,))
try:
    fz.x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del fz.y
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(fz) == hash(Frozen(1, (2,))), {fz: 1}[Frozen(1, (2,))])

try:
    @dataclass
    class Thaw(Frozen):
        z: int = 0
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, repr=False)

tree = Node(1, [Node(2), Node(3, [Node(4)], {"k": (1, 2)})])
print(asdict(tree))
print(astuple(tree))
print(tree.__match_args__, is_dataclass(tree), is_dataclass(Node), is_dataclass(5))

match tree:
    case Node(1, [Node(v1), Node(v2, [Node(v3)])]):
        print("matched", v1, v2, v3)

try:
    P = make_dataclass("P", [("x", int), ("y", int, field(default=0)), "z"], bases=())
except TypeError as e:
    print(type(e).__name__, e)
P2 = make_dataclass("P2", ["z", ("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = P2("zz", -3, 4)
print(p, p.norm(), [f.type for f in fields(P2)])

@dataclass(eq=False)
class Identity:
    n: int
print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)

@dataclass
class Unhashable:
    n: int
print(Unhashable.__hash__)

@dataclass(unsafe_hash=True)
class Hashy:
    n: int
    ignored: list = field(default_factory=list, hash=False, compare=False)
print(hash(Hashy(5)) == hash(Hashy(5, [1])))

@dataclass
class WithRepr:
    a: int
    def __repr__(self):
        return "custom!"
print(WithRepr(1), dataclasses.fields(WithRepr)[0].name)
try:
    fields(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Node)
except TypeError as e:
    print(type(e).__name__, e)
