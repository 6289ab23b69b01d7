import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError(f"too cold: {v}")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    f = property(lambda s: s._c * 9 / 5 + 32)
t = Temp(); t.c = 100; print(t.c, t.f); del t.c; print(t.c)
try: t.f = 3
except AttributeError as e: print(e)
try: t.c = -300
except ValueError as e: print(e)
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name; self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f"{self.name[1:]} must be int, got {type(v).__name__}")
        setattr(obj, self.name, v)
class Rec:
    x = Typed(); y = Typed()
r = Rec(); r.x = 5; print(r.x, r.y, Rec.x.owner, Rec.__dict__["y"].name)
try: r.y = "s"
except TypeError as e: print(e)
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw); cls.key = key or cls.__name__.lower(); Plugin.registry.append(cls.key)
class A(Plugin, key="alpha"): pass
class B(Plugin): pass
print(Plugin.registry, A.key)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["created_by"] = "Meta"; cls = super().__new__(m, name, bases, ns); return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k); inst.tag = "m"; return inst
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class W(metaclass=Meta):
    def __init__(self, v): self.v = v
w = W(3); print(w.v, w.tag, W.created_by, W, type(W).__name__)
class Vec:
    __slots__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
    def __repr__(s): return f"Vec({s.x}, {s.y})"
    def __add__(s, o): return Vec(s.x + o.x, s.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(s, o): return s if o == 0 else NotImplemented
    def __mul__(s, k): return Vec(s.x * k, s.y * k)
    __rmul__ = __mul__
    def __eq__(s, o): return isinstance(o, Vec) and (s.x, s.y) == (o.x, o.y)
    def __hash__(s): return hash((s.x, s.y))
    def __bool__(s): return bool(s.x or s.y)
    def __abs__(s): return (s.x ** 2 + s.y ** 2) ** .5
    def __format__(s, spec): return f"<{s.x:{spec}}, {s.y:{spec}}>"
    def __iter__(s): yield s.x; yield s.y
    def __getitem__(s, i): return (s.x, s.y)[i]
    def __neg__(s): return Vec(-s.x, -s.y)
vs = [Vec(1, 2), Vec(3, 4)]
print(sum(vs), 2 * vs[0], vs[1] * 3, abs(vs[1]), bool(Vec(0, 0)), f"{vs[0]:.2f}", list(vs[1]), vs[0][1], -vs[0], len({Vec(1, 2), Vec(1, 2)}))
try: vs[0] + 1
except TypeError as e: print(e)
try: vs[0].z = 1
except AttributeError as e: print(e)
try: Vec(1, 2) < Vec(3, 4)
except TypeError as e: print(e)
try: "s" - vs[0]
except TypeError as e: print(e)
class Cnt:
    def __init__(s): s.d = {}
    def __getitem__(s, k): return s.d.get(k, 0)
    def __setitem__(s, k, v): s.d[k] = v
    def __delitem__(s, k): del s.d[k]
    def __contains__(s, k): return k in s.d
    def __len__(s): return len(s.d)
    def __getattr__(s, n):
        if n.startswith("get_"): return lambda: s.d.get(n[4:])
        raise AttributeError(f"{type(s).__name__!r} object has no attribute {n!r}")
c = Cnt(); c["a"] += 2; c["b"] = 1; del c["b"]; print(c["a"], "a" in c, len(c), c.get_a())
try: c.zzz
except AttributeError as e: print(e)
class Ctx:
    def __enter__(s): print("enter"); return s
    def __exit__(s, et, ev, tb): print("exit", et.__name__ if et else None, ev); return et is KeyError
with Ctx() as x: raise KeyError("swallowed")
try:
    with Ctx(): raise ValueError("kept")
except ValueError as e: print("caught", e)
class Base:
    def hello(self): return "base"
class L(Base):
    def hello(self): return "L>" + super().hello()
class R(Base):
    def hello(self): return "R>" + super().hello()
class D(L, R):
    def hello(self): return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
try:
    class X(L, D): pass
except TypeError as e: print(e)
print(repr(object.__new__(type("Q", (), {"__repr__": lambda s: "Q!"}))))
class St:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return cls.__name__ + str(x)
class St2(St): pass
print(St.s(2), St().s(3), St2.c(1), St2().c(2))
print(isinstance(Sq, abc.ABCMeta), issubclass(Sq, Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
