# metaclass attribute lookups & data descriptors on metaclass
class Meta(type):
    @property
    def table(cls): return cls.__name__.lower() + "s"
    @table.setter
    def table(cls, v): cls._table = v
class M(metaclass=Meta):
    table = "shadow"
print(M.table, M().table)
M.table = "custom"
print(M._table, M.__dict__["table"])
# __getattribute__ on metaclass
class Tracing(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("  meta getattribute", name)
        return super().__getattribute__(name)
class Tr(metaclass=Tracing):
    x = 1
    def f(self): return 2
print(Tr.x, Tr().f(), Tr().x)
# __setattr__ on metaclass to freeze class
class Frozen(type):
    def __setattr__(cls, name, v):
        raise AttributeError(f"class {cls.__name__} is frozen; cannot set {name}")
    def __delattr__(cls, name):
        raise AttributeError(f"class {cls.__name__} is frozen; cannot delete {name}")
class Fz(metaclass=Frozen):
    a = 1
for act in ("set", "del"):
    try:
        if act == "set": Fz.a = 2
        else: del Fz.a
    except AttributeError as e:
        print(type(e).__name__, e)
type.__setattr__(Fz, "a", 3)
print(Fz.a)
# setting attributes on builtins
for tgt in (int, object, type):
    try:
        tgt.foo = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del int.__add__
except TypeError as e:
    print(type(e).__name__, e)
# dunder assignment after creation updates slots
class Num:
    def __init__(self, v): self.v = v
Num.__add__ = lambda s, o: Num(s.v + o.v)
Num.__repr__ = lambda s: f"Num({s.v})"
Num.__len__ = lambda s: s.v
Num.__eq__ = lambda s, o: s.v == o.v
Num.__hash__ = lambda s: s.v
Num.__iter__ = lambda s: iter(range(s.v))
Num.__getitem__ = lambda s, i: i * 10
Num.__call__ = lambda s, *a: ("call", a)
Num.__bool__ = lambda s: s.v > 100
Num.__lt__ = lambda s, o: s.v < o.v
print(Num(1) + Num(2), len(Num(4)), Num(2) == Num(2), {Num(3): 1}, list(Num(3)), Num(1)[5], Num(1)(1, 2), bool(Num(5)), sorted([Num(3), Num(1)]))
del Num.__bool__
print(bool(Num(0)), bool(Num(2)))
del Num.__len__
print(bool(Num(0)))
# inherited dunder update after subclass creation
class Par: pass
class Chi(Par): pass
Par.__str__ = lambda s: "par-str"
print(str(Chi()))
Par.__getattr__ = lambda s, n: "dyn " + n
print(Chi().zzz)
del Par.__getattr__
try:
    Chi().zzz
except AttributeError as e:
    print(type(e).__name__, e)
# __class_getitem__ on metaclass vs class
class MG(type):
    def __getitem__(cls, k): return f"meta getitem {k}"
class G(metaclass=MG):
    def __class_getitem__(cls, k): return f"cgi {k}"
print(G[1])
class G2:
    __class_getitem__ = lambda k: f"lambda cgi {k}"
try:
    print(G2[1])
except TypeError as e:
    print(type(e).__name__, e)
# __init__ on metaclass signature
class MetaKw(type):
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)
try:
    class Kw(metaclass=MetaKw, flag=True): pass
except TypeError as e:
    print(type(e).__name__, e)
# type.__call__ when __new__ returns subclass instance w/ metaclass
print(type(type), type.__class__, type.__mro__, type.__base__, object.__base__, type.__bases__)
