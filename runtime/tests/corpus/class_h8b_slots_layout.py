"""__slots__ across inheritance: layouts, defaults, descriptors and errors."""
import sys


class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Vec3(Vec2):
    __slots__ = ("z",)

    def __init__(self, x=0.0, y=0.0, z=0.0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Vec3({self.x}, {self.y}, {self.z})"


class Tagged(Vec2):
    def __init__(self, *a, tag=None):
        super().__init__(*a)
        self.tag = tag


class WithDict(Vec2):
    __slots__ = ("__dict__",)


v = Vec2(1, 2)
v3 = Vec3(1, 2, 3)
t = Tagged(4, 5, tag="t")
print(v, v3, t, t.tag, t.__dict__)
print(Vec2.__slots__, Vec3.__slots__, hasattr(v, "__dict__"), hasattr(v3, "__dict__"), hasattr(t, "__dict__"))
print(type(Vec2.x).__name__, Vec2.x.__name__, Vec3.z.__objclass__.__name__)
for obj, attr in [(v, "z"), (v3, "w"), (v, "__dict__")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
w = WithDict(1, 1)
w.extra = "ok"
print(w.__dict__, w)

e = Vec2.__new__(Vec2)
try:
    e.x
except AttributeError as err:
    print("AttributeError:", err)
e.x = 5
del e.x
try:
    del e.x
except AttributeError as err:
    print("AttributeError:", err)
print([hasattr(e, n) for n in ("x", "y")])

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as err:
    print("ValueError:", err)

try:
    class Dup:
        __slots__ = ("a", "a")
    print("Dup ok", Dup.__slots__)
except (ValueError, TypeError) as err:
    print(type(err).__name__, err)

try:
    class BadName:
        __slots__ = ("not valid",)
except TypeError as err:
    print("TypeError:", err)

try:
    class IntSlot(int):
        __slots__ = ("a",)
except TypeError as err:
    print("TypeError:", err)

class StrSlot:
    __slots__ = "single"

s = StrSlot()
s.single = 1
print(StrSlot.__slots__, s.single)


class IterSlots:
    __slots__ = iter(["p", "q"])

print(hasattr(IterSlots, "p"), hasattr(IterSlots, "q"))


class DictSlots:
    __slots__ = {"a": "doc for a", "b": "doc for b"}

print(DictSlots.a.__doc__, DictSlots.b.__doc__)


class Mixin:
    __slots__ = ()

    def norm1(self):
        return sum(abs(getattr(self, n)) for n in self.fields())

    @classmethod
    def fields(cls):
        out = []
        for k in reversed(cls.__mro__):
            sl = k.__dict__.get("__slots__", ())
            if isinstance(sl, str):
                sl = (sl,)
            out.extend(n for n in sl if n not in ("__dict__", "__weakref__"))
        return out


class Particle(Mixin, Vec3):
    __slots__ = ("mass", "__weakref__")

    def __init__(self, x, y, z, mass):
        super().__init__(x, y, z)
        self.mass = mass


p = Particle(1, -2, 3, 0.5)
print(p, p.fields(), p.norm1(), hasattr(p, "__dict__"))
import weakref
print(weakref.ref(p)() is p)
try:
    weakref.ref(v)
except TypeError as err:
    print("TypeError:", err)


class Defaults:
    __slots__ = ("a", "b")
    _defaults = {"a": 1, "b": [2]}

    def __init__(self, **kw):
        for name in self.__slots__:
            setattr(self, name, kw.get(name, self._defaults[name]))

    def __getstate__(self):
        return {n: getattr(self, n) for n in self.__slots__}

    def __setstate__(self, st):
        for k, val in st.items():
            setattr(self, k, val)

    def __eq__(self, other):
        return self.__getstate__() == other.__getstate__()


import copy
import pickle
d1 = Defaults(a=10)
d2 = copy.deepcopy(d1)
d3 = pickle.loads(pickle.dumps(d1))
print(d1.__getstate__(), d2 == d1, d3 == d1, d2.b is d1.b)


class Counter:
    __slots__ = ("count",)
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.count = 0

    def incr(self):
        self.count += 1
        return self


cs = [Counter() for _ in range(3)]
for i, c in enumerate(cs):
    for _ in range(i + 1):
        c.incr()
print([c.count for c in cs], Counter.instances)
try:
    cs[0].instances = 5
except AttributeError as err:
    print("AttributeError:", err)


class Prop:
    __slots__ = ("_v",)

    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("v must be >= 0")
        self._v = val


pr = Prop()
pr.v = 5
print(pr.v)
try:
    pr.v = -1
except ValueError as err:
    print("ValueError:", err)
print(sorted(k for k in Prop.__dict__ if not k.startswith("__")))
print(Vec3.__mro__[1].__name__, [k for k in Vec3.__dict__ if k in ("z", "x")], "x" in Vec2.__dict__)
slot = Vec2.__dict__["x"]
print(slot.__get__(v), slot.__set__(v, 9), v.x)
print(isinstance(slot, type(Vec3.z)), type(slot).__name__)
