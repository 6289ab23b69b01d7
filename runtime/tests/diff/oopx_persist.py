"""Copying and pickling custom classes: __copy__/__deepcopy__, __getstate__/__setstate__, __reduce__."""
import copy
import copyreg
import pickle


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} kids)"

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)


class Cache:
    """Holds an unpicklable lock-like handle that is rebuilt on load."""
    def __init__(self, name, size):
        self.name = name
        self.size = size
        self.entries = {}
        self.handle = lambda: "handle"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["handle"]
        state["entries"] = sorted(state["entries"].items())
        return state

    def __setstate__(self, state):
        state["entries"] = dict(state["entries"])
        self.__dict__.update(state)
        self.handle = lambda: "rebuilt"

    def __copy__(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.entries = dict(self.entries)
        new.name = self.name + "-copy"
        return new

    def __deepcopy__(self, memo):
        print("  Cache.__deepcopy__ memo has", len(memo) > 0)
        new = Cache(self.name + "-deep", self.size)
        memo[id(self)] = new
        new.entries = copy.deepcopy(self.entries, memo)
        return new


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __reduce__(self):
        return (Temperature.from_fahrenheit, (self.celsius * 9 / 5 + 32,))

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 6))

    def __repr__(self):
        return f"Temperature({self.celsius}C)"


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)

    @property
    def first(self):
        return self[0]


class Registry(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.tag = "default"


class Opaque:
    def __init__(self, v):
        self.v = v


def reduce_opaque(o):
    return (Opaque, (o.v * 10,))


copyreg.pickle(Opaque, reduce_opaque)


class Unpicklable:
    def __reduce__(self):
        raise TypeError("Unpicklable objects refuse to be pickled")


def main():
    leaf1, leaf2 = Node("l1"), Node("l2")
    root = Node("root", [Node("mid", [leaf1, leaf2])])
    shallow = copy.copy(root)
    deep = copy.deepcopy(root)
    print(shallow.children is root.children, deep.children is root.children)
    print([(d, n.name) for d, n in deep.walk()])
    dl = deep.children[0].children[0]
    print(dl.parent.parent is deep, dl is leaf1, dl.parent.children[0] is dl)
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        r2 = pickle.loads(pickle.dumps(root, protocol=proto))
        print(proto, [(d, n.name) for d, n in r2.walk()], r2.children[0].parent is r2)

    c = Cache("main", 3)
    c.entries.update(b=2, a=1)
    c2 = copy.copy(c)
    c2.entries["z"] = 26
    print(c2.name, sorted(c.entries), sorted(c2.entries), c2.handle())
    c3 = copy.deepcopy({"one": c, "two": c})
    print(c3["one"] is c3["two"], c3["one"].name, c3["one"].entries)
    data = pickle.dumps(c)
    c4 = pickle.loads(data)
    print(c4.name, c4.entries, c4.handle(), c4.__getstate__()["entries"])
    print(pickle.loads(pickle.dumps(c, 0)).entries)

    p = Point(1, 2)
    print(copy.copy(p), copy.deepcopy([p, p]), pickle.loads(pickle.dumps(p)) == p)
    pts = copy.deepcopy([p, p])
    print(pts[0] is pts[1], p.__reduce_ex__(2)[0].__name__)
    t = Temperature(100)
    print(pickle.loads(pickle.dumps(t)), copy.copy(t), copy.deepcopy(Temperature(-40)))
    pr = Pair(3, "x")
    pr2 = pickle.loads(pickle.dumps(pr, 2))
    print(pr2, type(pr2).__name__, pr2.first, copy.copy(pr) == pr, copy.copy(pr) is pr)
    reg = Registry(a=1)
    reg.tag = "custom"
    reg2 = pickle.loads(pickle.dumps(reg))
    reg3 = copy.deepcopy(reg)
    print(reg2, reg2.tag, reg3.tag, type(reg3).__name__)
    o = pickle.loads(pickle.dumps(Opaque(4)))
    print(o.v, copy.copy(Opaque(2)).v)
    try:
        pickle.dumps(Unpicklable())
    except TypeError as e:
        print("TypeError:", e)
    try:
        pickle.dumps(lambda: 1)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, e)

    def local():
        pass
    try:
        pickle.dumps(local)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, e)
    cyc = []
    cyc.append(cyc)
    cyc2 = copy.deepcopy(cyc)
    print(cyc2[0] is cyc2, pickle.loads(pickle.dumps(cyc))[0][0][0] is not None)
    print(copy.copy(Node), copy.deepcopy(len), copy.copy((1, [2]))[1] is not None)
    plain = pickle.loads(pickle.dumps(object(), 0))
    print(type(plain).__name__, object().__reduce_ex__(1)[1][1].__name__, type(copy.copy(object())).__name__)
    fz = frozenset({1, 2})
    print(copy.copy(fz) is fz, copy.deepcopy((1, 2)) == (1, 2))
    try:
        copy.copy(iter([1]))
        print("copied iterator ok")
    except TypeError as e:
        print("TypeError:", e)


main()
