import copy
import pickle
import weakref

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Slotted({getattr(self, 'a', '?')}, {getattr(self, 'b', '?')})"

class SlottedChild(Slotted):
    __slots__ = ("c",)
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.c})"

s = SlottedChild([1], 2, {"k": [3]})
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2, s3, s2.a is s.a, s3.a is s.a, s3.c == s.c, s3.c["k"] is s.c["k"])
print(s.__reduce_ex__(2)[0].__name__, s.__getstate__())
half = Slotted.__new__(Slotted)
half.a = 1
print(copy.copy(half), half.__getstate__())
print(pickle.loads(pickle.dumps(s)), pickle.loads(pickle.dumps(half)))

class Mixed:
    __slots__ = ("x", "__dict__")
m = Mixed(); m.x = 1; m.y = 2
print(m.__getstate__(), copy.deepcopy(m).__getstate__())

class Connection:
    registry = []
    def __init__(self, host):
        self.host = host
        self.socket = f"<socket to {host}>"
        self.history = []
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = f"<reconnected {self.host}>"
c = Connection("db")
c.history.append("q1")
for label, clone in [("copy", copy.copy(c)), ("deep", copy.deepcopy(c)), ("pickle", pickle.loads(pickle.dumps(c)))]:
    print(label, clone.socket, clone.history, clone.history is c.history)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        return (Point, (self.x, self.y))
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(pickle.loads(pickle.dumps([Point(1, 2), Point(1, 2)])), copy.copy(Point(3, 4)))

class Tree:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
        self.parent = None
        for ch in self.children:
            ch.parent = self
    def __deepcopy__(self, memo):
        print("  deepcopy", self.val, "memo size", len(memo) > 0)
        new = Tree.__new__(Tree)
        memo[id(self)] = new
        new.val = self.val
        new.children = copy.deepcopy(self.children, memo)
        new.parent = copy.deepcopy(self.parent, memo)
        return new
    def __copy__(self):
        print("  shallow copy", self.val)
        new = Tree(self.val)
        new.children = self.children
        return new
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
t2 = copy.deepcopy(t)
print(t2.children[1].children[0].parent.parent is t2, t2.children[0] is t.children[0])
t3 = copy.copy(t)
print(t3.children is t.children, t3.parent)

class NewArgs:
    def __new__(cls, size, *, fill=0):
        self = super().__new__(cls)
        self.data = [fill] * size
        return self
    def __getnewargs_ex__(self):
        return (len(self.data),), {"fill": self.data[0] if self.data else 0}
na = NewArgs(3, fill=7)
na.data[0] = 9
r = pickle.loads(pickle.dumps(na, protocol=4))
print(r.data, copy.copy(na).data)

class Unpicklable:
    def __reduce__(self):
        raise TypeError("cannot pickle Unpicklable objects")
try:
    pickle.dumps(Unpicklable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(": ")[-1])
def local_class():
    class Local: pass
    return Local()
try:
    pickle.dumps(local_class())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)

# copy module registry / copyreg
import copyreg
class Celsius:
    def __init__(self, deg): self.deg = deg
def reduce_celsius(c):
    return (Celsius, (c.deg * 1,))
copyreg.pickle(Celsius, reduce_celsius)
print(pickle.loads(pickle.dumps(Celsius(21))).deg, copy.copy(Celsius(5)).deg)

# weakref-based descriptor storage
class WeakField:
    def __init__(self):
        self.data = weakref.WeakKeyDictionary()
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self.data.get(obj, "unset")
    def __set__(self, obj, val):
        self.data[obj] = val

class Item:
    label = WeakField()
i1, i2 = Item(), Item()
i1.label = "first"
print(i1.label, i2.label, len(Item.label.data), "__dict__" in dir(i1), vars(i1))
del i1
import gc; gc.collect()
print(len(Item.label.data))

class NoWeak:
    __slots__ = ()
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)
class Obj:
    pass
o = Obj()
events = []
r = weakref.ref(o, lambda ref: events.append("collected"))
fin = weakref.finalize(o, events.append, "finalized")
print(r() is o, fin.alive, weakref.getweakrefcount(o))
del o; gc.collect()
print(r(), fin.alive, events)
