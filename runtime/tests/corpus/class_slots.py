# __slots__: restricted attributes, inheritance, defaults, __dict__ absence.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
p.x = 10
print(p.x, type(P.x).__name__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"), vars(q))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
try:
    r.w = 4
except AttributeError as e:
    print("AttributeError", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError", e)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError", e)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
vs = [Vec(i, i * 2) for i in range(5)]
total = Vec()
for v in vs:
    total = total + v
print(total)
class Uninit:
    __slots__ = ("a", "b")
u = Uninit()
try:
    print(u.a)
except AttributeError as e:
    print("AttributeError", e)
print(sorted(n for n in dir(u) if not n.startswith("__")))
class WithWeak:
    __slots__ = ("__weakref__", "v")
print("__weakref__" in dir(WithWeak), "__dict__" in dir(WithWeak()))
class SlotProp:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
sp = SlotProp()
sp.v = 21
print(sp.v)
