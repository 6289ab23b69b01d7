import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, make_dataclass, fields, replace


@dataclass
class P:
    x: int
    y: int = 5
print(P.y, hasattr(P, "x"))

@dataclass
class Counter:
    total = 0
    name: str
    scale: InitVar[int] = 1
    value: int = 0

    def __post_init__(self, scale):
        self.value = len(self.name) * scale
        Counter.total += 1

c = Counter("abc", 3)
print(c, Counter.total, [f.name for f in fields(Counter)])
try:
    replace(c, name="zz")
except ValueError as e:
    print(type(e).__name__, e)
print(replace(c, name="zz", scale=2))

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    K()
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 0
print(Mixed(1, b=2), Mixed.__match_args__)

@dataclass
class Meta:
    v: int = field(default=0, metadata={"unit": "m"})
print(fields(Meta)[0].metadata["unit"], fields(Meta)[0].default)

Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=7))], namespace={"norm": lambda self: self.x + self.y})
print(Pt(1), Pt(1, 2).norm(), dataclasses.is_dataclass(Pt))

@dataclass(frozen=True)
class FB:
    a: int

@dataclass(frozen=True)
class FC(FB):
    b: int = 0
fc = FC(1, 2)
print(fc, hash(fc) == hash(FC(1, 2)), {fc, FC(1, 2)})
try:
    fc.b = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Thaw(FB):
        c: int = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Bad2:
        a: int
        def __lt__(self, o):
            return True
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Custom:
    a: int
    def __eq__(self, other):
        return True
print(Custom(1) == Custom(2), Custom.__hash__)

@dataclass
class Self:
    self: int
    other: int = 1
print(Self(3), Self(self=4, other=5))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Tree:
    children: list = field(default_factory=list)
    tag: str = field(default="t", compare=False)
print(Tree([Tree()]) == Tree([Tree(tag="other")]), dataclasses.asdict(Tree([Tree()])))
print(dataclasses.astuple(P(1)), dataclasses.asdict(P(2), dict_factory=lambda kv: sorted(kv, reverse=True)))
