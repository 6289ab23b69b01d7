import copy
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)


class Tracked:
    copies = 0
    deepcopies = 0

    def __init__(self, payload):
        self.payload = payload

    def __copy__(self):
        Tracked.copies += 1
        new = Tracked.__new__(Tracked)
        new.payload = self.payload
        return new

    def __deepcopy__(self, memo):
        Tracked.deepcopies += 1
        new = Tracked.__new__(Tracked)
        memo[id(self)] = new
        new.payload = copy.deepcopy(self.payload, memo)
        return new


class Handle:
    """Resources are shared, never copied."""
    def __init__(self, path):
        self.path = path

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


class WithState:
    def __init__(self, x):
        self.x = x
        self.derived = x * 10

    def __getstate__(self):
        return {"x": self.x}

    def __setstate__(self, st):
        self.x = st["x"]
        self.derived = self.x * 10
        self.restored = True


class Pair:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


class Vec(list):
    def __init__(self, *a):
        super().__init__(a)
        self.unit = "m"


@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)
    limits: dict = field(default_factory=dict)


root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))
b.add(Node("b1")).add(Node("b1x"))

clone = copy.deepcopy(root)
print([(d, n.name) for d, n in clone.walk()])
print(clone is not root, clone.children[0].parent is clone, clone.children[0] is not a)
shallow = copy.copy(root)
print(shallow.children is root.children, shallow.name)

# memo sharing across calls
memo = {}
x = [1, 2]
c1 = copy.deepcopy({"k": x}, memo)
c2 = copy.deepcopy([x, x], memo)
print(c1["k"] is c2[0], c2[0] is c2[1], c1["k"] is not x)

# cycles
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc is not cyc, repr(dc))
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd)

t = Tracked([1, [2, 3]])
group = [t, t, {"again": t}]
g2 = copy.deepcopy(group)
print(Tracked.deepcopies, g2[0] is g2[1], g2[2]["again"] is g2[0], g2[0].payload == t.payload, g2[0].payload is not t.payload)
copy.copy(t)
print(Tracked.copies)

h = Handle("/dev/null")
env = {"h": h, "data": [1]}
env2 = copy.deepcopy(env)
print(env2["h"] is h, env2["data"] is not env["data"])

w = WithState(4)
w2 = copy.deepcopy(w)
w3 = copy.copy(w)
print(w2.x, w2.derived, getattr(w2, "restored", False), w3.restored)

p = Pair([1], {"z": 2})
p2 = copy.deepcopy(p)
p3 = copy.copy(p)
print(p2.left, p2.right, p2.left is not p.left, p3.left is p.left)

v = Vec(1, 2, 3)
v2 = copy.deepcopy(v)
print(type(v2).__name__, list(v2), v2.unit)

cfg = Config("svc", ["x"], {"cpu": 2})
cfg2 = copy.deepcopy(cfg)
cfg3 = copy.replace(cfg, name="other") if hasattr(copy, "replace") else None
cfg2.tags.append("y")
print(cfg, cfg2, cfg3)

od = OrderedDict([("b", [1]), ("a", [2])])
od2 = copy.deepcopy(od)
print(od2, od2["b"] is not od["b"])
dfl = defaultdict(set, {"k": {1}})
dfl2 = copy.deepcopy(dfl)
dfl2["new"].add(3)
print(sorted(dfl2.items()), dfl2.default_factory is set, "new" in dfl)

atoms = [None, 1, 2.5, "s", b"b", (1, 2), frozenset({1}), range(3), len, int, Ellipsis]
print([copy.deepcopy(o) is o for o in atoms])
tup = (1, [2])
print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup, copy.deepcopy(tup) == tup)


class Target:
    pass


tgt = Target()
ref = weakref.ref(tgt)
print(copy.deepcopy(ref) is ref, copy.copy(ref) is ref)


def fn():
    return 1


print(copy.deepcopy(fn) is fn, copy.copy(Node) is Node)

try:
    copy.deepcopy(iter([1]))
    print("iterator copied")
except TypeError as e:
    print("TypeError:", e)


class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("NoCopy objects refuse to be copied")


try:
    copy.copy(NoCopy())
except TypeError as e:
    print("TypeError:", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
