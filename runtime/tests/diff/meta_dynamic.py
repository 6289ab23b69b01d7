import types

def make_model(name, fields, base=object, **extra):
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} positional arguments but {len(args)} were given")
        vals = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k in vals:
                raise TypeError(f"{name}() got multiple values for argument {k!r}")
            if k not in fields:
                raise TypeError(f"{name}() got an unexpected keyword argument {k!r}")
            vals[k] = v
        missing = [f for f in fields if f not in vals]
        if missing:
            raise TypeError(f"{name}() missing {missing}")
        for k, v in vals.items():
            setattr(self, k, v)
    ns = {"__init__": __init__, "_fields": tuple(fields), "__module__": "models", **extra}
    ns["__repr__"] = lambda self: f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    return type(name, (base,), ns)

Pt = make_model("Pt", ["x", "y"], doc_note="2D")
print(Pt(1, y=2), Pt.__name__, Pt.__qualname__, Pt.__module__, Pt.doc_note, Pt.__bases__)
for args, kw in [((1, 2, 3), {}), ((1,), {"x": 5}), ((1,), {"z": 0}), ((), {"x": 1})]:
    try:
        Pt(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

Pt3 = make_model("Pt3", ["x", "y", "z"], base=Pt)
print(Pt3(1, 2, 3), isinstance(Pt3(1, 2, 3), Pt), [c.__name__ for c in Pt3.__mro__])

# type() errors
for args in [("A",), ("A", (), {}, 1), (1, (), {}), ("A", [object], {}), ("A", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(5), type("A", (), {}).__mro__[-1])

# __qualname__ nesting
class Outer:
    class Inner:
        def method(self):
            def local():
                class Deep: pass
                return Deep
            return local()
    def make(self):
        return lambda: None
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
print(Outer().make().__qualname__, Outer.make.__name__)
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
Outer.__name__ = "Out2"
print(Outer.__name__, Outer.__qualname__)

# types.new_class with kwds and exec_body
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw_seen"] = kw
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

def body(ns):
    ns["value"] = 10
    ns["double"] = lambda self: self.value * 2
K = types.new_class("K", (), {"metaclass": Meta, "flavor": "x"}, body)
print(type(K).__name__, K.kw_seen, K().double())
meta, ns, kwds = types.prepare_class("Z", (K,), {"size": 3})
print(meta.__name__, type(ns).__name__, kwds)

# __mro_entries__
class Alias:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        return (self.real,)
class Real:
    def hello(self): return "hello from Real"
class Uses(Alias(Real)):
    pass
print(Uses().hello(), Uses.__bases__, Uses.__orig_bases__[0].__class__.__name__)
resolved = types.resolve_bases((Alias(Real), int))
print(resolved)

# __class__ assignment
class Cat:
    sound = "meow"
    def speak(self): return f"{type(self).__name__} says {self.sound}"
class Dog:
    sound = "woof"
    def speak(self): return f"{type(self).__name__} says {self.sound}"
pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), isinstance(pet, Cat))
try:
    pet.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("q",)
try:
    pet.__class__ = Slotted
except TypeError as e:
    print(type(e).__name__, e)

# bases assignment
class X: 
    def who(self): return "X"
class Y:
    def who(self): return "Y"
class Z(X): pass
print(Z().who())
Z.__bases__ = (Y,)
print(Z().who(), [c.__name__ for c in Z.__mro__])
try:
    Z.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    X.__bases__ = (Z,)
except TypeError as e:
    print(type(e).__name__, e)

# __subclasses__ and weak tracking
class Root: pass
class L1(Root): pass
class L2(Root): pass
class L3(L1): pass
def walk(c, depth=0):
    print("  " * depth + c.__name__)
    for s in sorted(c.__subclasses__(), key=lambda k: k.__name__):
        walk(s, depth + 1)
walk(Root)
