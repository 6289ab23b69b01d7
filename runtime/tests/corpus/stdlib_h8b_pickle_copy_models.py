"""Persisting a document model with pickle and copy: custom reduce, state and slots."""
import copy
import pickle
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
from enum import Enum
from fractions import Fraction
from decimal import Decimal


class Kind(Enum):
    TEXT = "text"
    IMAGE = "image"
    TABLE = "table"


@dataclass
class Block:
    kind: Kind
    content: object
    meta: dict = field(default_factory=dict)


class Document:
    version = 2

    def __init__(self, title):
        self.title = title
        self.blocks = []
        self._render_cache = {}
        self.parent = None

    def add(self, block):
        self.blocks.append(block)
        self._render_cache.clear()
        return self

    def render(self):
        key = len(self.blocks)
        if key not in self._render_cache:
            self._render_cache[key] = " | ".join(f"{b.kind.value}:{b.content}" for b in self.blocks)
        return self._render_cache[key]

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_render_cache"]
        state["_v"] = self.version
        return state

    def __setstate__(self, state):
        v = state.pop("_v", 1)
        self.__dict__.update(state)
        self._render_cache = {}
        self.restored_from = v

    def __eq__(self, other):
        return isinstance(other, Document) and (self.title, self.blocks) == (other.title, other.blocks)


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"

    def __eq__(self, other):
        return isinstance(other, Color) and (self.r, self.g, self.b) == (other.r, other.g, other.b)


class Handle:
    """Holds an unpicklable-ish resource; reduce re-creates it from its name."""
    opened = []

    def __init__(self, name):
        self.name = name
        Handle.opened.append(name)

    def __reduce__(self):
        return (Handle, (self.name,))

    def __repr__(self):
        return f"Handle({self.name!r})"


class Point3(tuple):
    def __new__(cls, x, y, z):
        return super().__new__(cls, (x, y, z))

    def __getnewargs__(self):
        return tuple(self)

    @property
    def x(self):
        return self[0]


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


doc = Document("Report")
doc.add(Block(Kind.TEXT, "Intro", {"bold": True}))
doc.add(Block(Kind.TABLE, [[1, 2], [3, 4]]))
doc.add(Block(Kind.IMAGE, "fig1.png", {"color": Color(255, 0, 0)}))
print(doc.render())
print(sorted(doc._render_cache))

for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(doc, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == doc, back.restored_from, back._render_cache, back.blocks[2].meta["color"],
          back.blocks[0].kind is Kind.TEXT)

shallow = copy.copy(doc)
deep = copy.deepcopy(doc)
print(shallow.blocks is doc.blocks, deep.blocks is doc.blocks, deep == doc)
print(shallow.restored_from, deep.restored_from, hasattr(doc, "restored_from"))
deep.blocks[1].content[0][0] = 99
print(doc.blocks[1].content, deep.blocks[1].content)

child = Document("Appendix")
child.parent = doc
doc.add(Block(Kind.TEXT, child))
doc.blocks.append(doc.blocks[0])
again = pickle.loads(pickle.dumps(doc))
print(again.blocks[3].content.parent is again, again.blocks[0] is again.blocks[-1])
dc = copy.deepcopy(doc)
print(dc.blocks[3].content.parent is dc, dc.blocks[0] is dc.blocks[-1], dc.blocks[0] is doc.blocks[0])

c = Color(1, 2, 3)
for p in (0, 1):
    try:
        pickle.dumps(c, protocol=p)
    except TypeError as e:
        print(p, 'TypeError:', e)
for p in (2, 4, 5):
    print(p, pickle.loads(pickle.dumps(c, protocol=p)), copy.copy(c), copy.deepcopy(c) == c)

h = Handle("db")
h2 = pickle.loads(pickle.dumps([h, h]))
print(h2, h2[0] is h2[1], Handle.opened)
print(copy.deepcopy(h), copy.copy(h), Handle.opened)

pt = Point3(1, 2, 3)
pt2 = pickle.loads(pickle.dumps(pt))
print(pt2, type(pt2).__name__, pt2.x, copy.deepcopy(pt) == pt)

t = Tagged([1, [2, 3]], "blue")
t2 = pickle.loads(pickle.dumps(t))
t3 = copy.deepcopy(t)
print(t2, t2.tag, type(t2).__name__, t3[1] is t[1], copy.copy(t)[1] is t[1], copy.copy(t).tag)

values = [
    OrderedDict([("b", 1), ("a", 2)]),
    defaultdict(list, {"x": [1]}),
    Counter("mississippi"),
    deque([1, 2, 3], maxlen=5),
    Fraction(3, 7),
    Decimal("1.10"),
    frozenset({1, 2}),
    {"nested": [(1, 2), {3}], "none": None},
    range(2, 10, 3),
    slice(1, None, 2),
    complex(1, -2),
    b"\x00bytes\xff",
    bytearray(b"ba"),
    Kind.TABLE,
    float("inf"),
    2 ** 100,
    -(2 ** 63),
    "ünïcode ✓",
    (),
    [[], {}],
]
for v in values:
    r = pickle.loads(pickle.dumps(v))
    cp = copy.deepcopy(v)
    extra = ""
    if isinstance(v, defaultdict):
        extra = r.default_factory.__name__
    elif isinstance(v, deque):
        extra = r.maxlen
    print(type(v).__name__, r == v, cp == v, type(r) is type(v), extra)

dd = pickle.loads(pickle.dumps(defaultdict(int)))
dd["missing"] += 1
print(dict(dd))

shared = [1, 2]
pair = (shared, shared)
p = pickle.loads(pickle.dumps(pair))
print(p[0] is p[1], copy.deepcopy(pair)[0] is copy.deepcopy(pair)[1])
cyc = []
cyc.append(cyc)
r = pickle.loads(pickle.dumps(cyc))
print(r[0] is r, repr(r))
d = {}
d["self"] = d
print(copy.deepcopy(d)["self"]["self"] is not d)

memo = {}
a = [1, [2]]
b1 = copy.deepcopy(a, memo)
b2 = copy.deepcopy(a, memo)
print(b1 is b2, len(memo) > 0)

try:
    pickle.dumps(lambda: None)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError:", e)
print(pickle.dumps(None, 0), pickle.dumps(True, 2), pickle.dumps(7, 1))
print(pickle.dumps((1, "a"), 3))
print(len(pickle.dumps(list(range(100)), 4)), len(pickle.dumps(list(range(100)), 0)))
