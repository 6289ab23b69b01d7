# Class machinery fixes: __getattr__ after a descriptor's AttributeError, __set_name__
# errors, __init_subclass__ keyword errors, duplicate bases, object.__new__ arguments,
# classmethod around a descriptor, __name__/__qualname__ assignment, class __annotations__.

class Lazy:
    def __getattr__(self, name):
        return f"fallback {name}"
    @property
    def broken(self):
        raise AttributeError("inner failure")
    @property
    def fine(self):
        return "fine"
    @property
    def other_error(self):
        raise KeyError("not attribute")

lz = Lazy()
print(lz.broken, lz.fine, lz.missing, getattr(lz, "broken", "dflt"), hasattr(lz, "broken"))
try:
    lz.other_error
except KeyError as e:
    print("KeyError", e)

class NoHook:
    @property
    def broken(self):
        raise AttributeError("own message")
try:
    NoHook().broken
except AttributeError as e:
    print("AttributeError", e)

class SlotsHook:
    __slots__ = ("x",)
    def __getattr__(self, name):
        return f"slot fallback {name}"
print(SlotsHook().x)

class BadDescr:
    def __set_name__(self, owner, name):
        raise ValueError("refused")
try:
    class Owner:
        attr = BadDescr()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

class Plain:
    pass
def make_kw():
    class Child(Plain, flavour="x"):
        pass
try:
    make_kw()
except TypeError as e:
    print("TypeError", e)
try:
    type("T", (Plain,), {}, flavour="x")
except TypeError as e:
    print("TypeError", e)

for bases in [(Plain, Plain), (Plain, object, Plain)]:
    try:
        type("Dup", bases, {})
    except TypeError as e:
        print("TypeError", e)

class OwnNew:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
class OwnNewInit:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        pass
class OnlyInit:
    def __init__(self, *args):
        pass
for cls in (OwnNew, OwnNewInit, Plain):
    try:
        cls(1)
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
print(type(OnlyInit(1)).__name__, type(OwnNew()).__name__)

class Registry:
    @classmethod
    @property
    def label(cls):
        return cls.__name__ + "!"
    @classmethod
    def plain(cls):
        return cls.__name__
class SubRegistry(Registry):
    pass
print(Registry.label, SubRegistry.label, Registry().label, SubRegistry.plain())

class Named:
    pass
Named.__name__ = "Renamed"
Named.__qualname__ = "Outer.Renamed"
print(Named.__name__, Named.__qualname__, Named)
for target, attr, value in [(Named, "__name__", 5), (Named, "__qualname__", None), (int, "__name__", "x"), (int, "__qualname__", "x"), (str, "new_attr", 1)]:
    try:
        setattr(target, attr, value)
    except TypeError as e:
        print("TypeError", e)
for target, attr in [(Named, "__name__"), (int, "__name__")]:
    try:
        delattr(target, attr)
    except TypeError as e:
        print("TypeError", e)
print(int.__name__, str.__qualname__)

class Base:
    x: int
    y: str = "y"
class Derived(Base):
    pass
class Derived2(Base):
    z: float
print(Base.__annotations__, Derived.__annotations__, Derived2.__annotations__)
print("__annotations__" in Derived.__dict__, Derived().__annotations__ if False else "")
Derived.__annotations__["w"] = bool
print(Base.__annotations__, Derived.__annotations__)
Base.__annotations__ = {"replaced": int}
print(Base.__annotations__, Derived2.__annotations__)
del Base.__annotations__
print(Base.__annotations__)
del Base.__annotations__
try:
    del Base.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError", e)
print(type("Dyn", (), {"__annotations__": {"q": 1}}).__annotations__, type("Dyn2", (Base,), {}).__annotations__)

# __slots__ validation.
class WithDict:
    pass
class MyInt(int):
    pass
for name, bases, slots in [("BadId", (), ("1x",)), ("Space", (), ("a b",)), ("IntSub", (int,), ("a",)),
                           ("TupSub", (tuple,), ("a",)), ("BytesSub", (bytes,), ["a"]), ("Deep", (MyInt,), ("a",)),
                           ("MetaSub", (type,), ("a",)), ("TwoDicts", (), ("__dict__", "__dict__")),
                           ("BaseDict", (WithDict,), ("__dict__",)), ("ExcDict", (Exception,), ("__dict__",)),
                           ("EmptyInt", (int,), ()), ("WeakInt", (int,), ("__weakref__",)), ("Fine", (), ("a", "__dict__"))]:
    try:
        cls = type(name, bases, {"__slots__": slots})
        print(name, "ok", cls.__slots__)
    except TypeError as e:
        print(name, "TypeError", e)

# A data descriptor with __set__ but no __get__: the instance dict answers first.
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["field"] = value * 2
class Holder:
    field = SetOnly()
h = Holder()
print(type(h.field).__name__)
h.field = 21
print(h.field, h.__dict__, type(Holder.field).__name__)

# Metaclass plumbing: __prepare__ must give a mapping; type() and type.__init__ arity.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
class ListPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return []
def prepare_bad_meta(name, bases, ns):
    return ns
prepare_bad_meta.__prepare__ = lambda name, bases: None
for meta in (BadPrepare, ListPrepare, prepare_bad_meta):
    try:
        class WithPrepare(metaclass=meta):
            pass
        print("created")
    except TypeError as e:
        print("TypeError", e)
for args, kw in [((1,), {"k": 2}), ((1, 2), {}), ((), {}), (("A", (), {}), {}), ((1,), {})]:
    try:
        print(type(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
for args in [(int, 1), (int, 1, 2, 3), (int, 1, 2), (int,)]:
    try:
        print(type.__init__(*args))
    except TypeError as e:
        print("TypeError", e)

# __classcell__ must reach type.__new__ when a method uses zero-argument super();
# a metaclass's own mro() decides __mro__.
class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
class CopiesNs(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class MakesOther(type):
    def __new__(mcls, name, bases, ns):
        return type("Other", (), {})
class SwapsCell(type):
    def __new__(mcls, name, bases, ns):
        first = super().__new__(mcls, name, bases, dict(ns))
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name + "2", bases, ns)
for meta in (DropsCell, CopiesNs, MakesOther, SwapsCell):
    try:
        class UsesSuper(metaclass=meta):
            def m(self):
                return super().__repr__()[:10]
        print(meta.__name__, "ok", UsesSuper.__name__)
    except (RuntimeError, TypeError) as e:
        print(meta.__name__, type(e).__name__, e)
for meta in (DropsCell, MakesOther):
    class NoSuper(metaclass=meta):
        def m(self):
            return 1
    print(meta.__name__, "without super ok", NoSuper.__name__)

class FlatMro(type):
    def mro(cls):
        return [cls, object]
class Base1:
    def who(self):
        return "Base1"
class Flat(Base1, metaclass=FlatMro):
    pass
print([c.__name__ for c in Flat.__mro__], hasattr(Flat(), "who"), Flat.__bases__)
class Reversed(type):
    def mro(cls):
        return list(reversed(super().mro()))[:-1] + [cls] if False else super().mro()[::-1]
try:
    class Odd(Base1, metaclass=Reversed):
        pass
    print([c.__name__ for c in Odd.__mro__])
except TypeError as e:
    print("TypeError", e)
class BadMro(type):
    def mro(cls):
        return [cls, 5]
try:
    class WithBadMro(metaclass=BadMro):
        pass
except TypeError as e:
    print("TypeError", e)


# super objects are descriptors: an unbound super binds through __get__.
class A:
    def hello(self):
        return "A.hello"
class B(A):
    def hello(self):
        return "B+" + self._B__super.hello()
B._B__super = super(B)
print(B().hello())
s = super(B)
print(s.__get__(None, B) is s, s.__get__(B(), B).hello(), super(B, B()).__get__(A()).__self__.__class__.__name__)
try:
    s.__get__(5)
except TypeError as e:
    print("TypeError", e)

# The same for a metaclass's set-only descriptor: the class's own attribute answers.
class SetOnlyMeta(type):
    class Guard:
        def __set__(self, obj, value):
            print("  guarded set", value)
    ctrl = Guard()
class Guarded(metaclass=SetOnlyMeta):
    ctrl = "class level"
class Unset(metaclass=SetOnlyMeta):
    pass
Guarded.ctrl = 5
print(Guarded.ctrl, type(Unset.ctrl).__name__)
