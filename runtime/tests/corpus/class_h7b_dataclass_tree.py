from dataclasses import dataclass, field, fields, is_dataclass, make_dataclass, KW_ONLY
import dataclasses
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False, compare=False)
    def add(self, v):
        c = Node(v, parent=self); self.children.append(c); return c
root = Node(0); a = root.add(1); a.add(2); root.add(3)
print(root)
@dataclass
class Cyc:
    name: str
    other: object = None
c = Cyc('a'); c.other = c
print(c)
try: hash(Node(1))
except TypeError as e: print('TE', e)
@dataclass(frozen=True)
class FP:
    x: int
    y: int = field(default=0, hash=False)
print(hash(FP(1, 2)) == hash(FP(1, 3)), FP(1, 2) == FP(1, 3), {FP(1): 'a'}[FP(1)])
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(5)) == hash((5,)), UH.__hash__ is not None)
@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(WithInitFalse(4), [f.name for f in fields(WithInitFalse) if f.init])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW.__init__.__code__.co_kwonlyargcount)
D = make_dataclass('D', [('x', int), ('y', float, field(default=1.5))], namespace={'norm': lambda self: self.x + self.y})
print(D(2), D(2).norm(), is_dataclass(D), is_dataclass(D(1)), D.__name__)
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = sorted([Ver(1, 2, 'b'), Ver(1, 0), Ver(0, 9, 'z'), Ver(1, 2, 'a')])
print(vs, Ver(1) < Ver(1, 1), max(vs))
try: Ver(1) < (1, 0)
except TypeError as e: print('TE', e)
@dataclass
class Base:
    x: int = 0
    def describe(self): return f'{type(self).__name__}:{self.x}'
@dataclass
class Derived(Base):
    y: int = 1
    x: int = 5
print(Derived(), Derived(7, 8), Derived().describe(), [f.name for f in fields(Derived)])
print(dataclasses.astuple(FP(3, 4)))
@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), 'Plain object' in repr(Plain(1)))
@dataclass
class Defaults:
    items: tuple = ()
    mapping: dict = field(default_factory=lambda: {'k': 1})
d1, d2 = Defaults(), Defaults(); d1.mapping['k'] = 9
print(d1, d2, d1 == d2)
print(repr(field(default=1))[:6], dataclasses.MISSING is not None, Defaults.__dataclass_params__.eq if hasattr(Defaults, '__dataclass_params__') else '')
