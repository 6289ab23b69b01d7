# Metaclass properties and __getattr__, __instancecheck__/__subclasscheck__, zero-argument
# super() in odd places, __mro_entries__, weak references, __del__ timing, descriptors.
class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"
    def __getattr__(cls, name):
        if name.startswith("find_by_"):
            return lambda v: f"{cls.__name__} where {name[8:]}={v!r}"
        raise AttributeError(name)
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack") or type.__instancecheck__(cls, obj)
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack") or type.__subclasscheck__(cls, sub)
class Model(metaclass=Meta):
    pass
class User(Model):
    pass
class Duck:
    def quack(self): pass
print(User.table, User.find_by_name("x"), isinstance(Duck(), User), issubclass(Duck, User), isinstance(1, User), issubclass(User, Model))
try:
    User.other
except AttributeError as e:
    print("AttributeError", e)
try:
    User().table
except AttributeError as e:
    print("AttributeError", e)
class Base:
    def greet(self):
        return "base"
class Mixin:
    def greet(self):
        return "mixin+" + super().greet()
class Final(Mixin, Base):
    def greet(self):
        def inner():
            return super(Final, self).greet()
        return "final+" + inner()
print(Final().greet())
class C:
    @classmethod
    def cm(cls):
        return super().__repr__
    @staticmethod
    def sm():
        try:
            return super().x
        except RuntimeError as e:
            return f"RuntimeError {e}"
    def nested(self):
        def f():
            return super().__str__()
        try:
            return f()
        except RuntimeError as e:
            return f"RuntimeError {e}"
    def gen(self):
        yield super().__class__
    def lam(self):
        return 1
print(callable(C.cm()), C.sm(), C().nested(), list(C().gen()), C().lam() is not None)
class Fake:
    def __mro_entries__(self, bases):
        return (Base,)
class FromFake(Fake()):
    pass
print(FromFake.__bases__, type(FromFake.__orig_bases__[0]).__name__, FromFake().greet())
import weakref
class Node:
    __slots__ = ("v", "__weakref__")
    def __init__(self, v): self.v = v
n = Node(1)
r = weakref.ref(n)
print(r().v, r() is n)
del n
print(r())
class Cached:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"C({self.v})"
wd = weakref.WeakValueDictionary()
objs = [Cached(i) for i in range(3)]
for o in objs: wd[o.v] = o
del objs[1]
print(sorted(wd.keys()))
class Temp:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
t = Temp("a")
t = None
print("after del")
def scope():
    x = Temp("b")
    return 1
scope()
print("after scope")
lst = [Temp("c"), Temp("d")]
lst.clear()
print("after clear")
class Desc:
    def __get__(self, obj, typ=None):
        return f"get({'obj' if obj is not None else None}, {typ.__name__})"
    def __set__(self, obj, value):
        print("set", value)
class HasDesc:
    d = Desc()
h = HasDesc()
h.d = 5
h.__dict__["d"] = "shadow"
print(h.d, HasDesc.d, HasDesc.__dict__["d"].__get__(None, HasDesc))
HasDesc.d = "replaced"
print(h.d, HasDesc.d)
class Ctr:
    def __init_subclass__(cls, /, prefix="", **kw):
        cls.prefix = prefix
        super().__init_subclass__(**kw)
class Sub1(Ctr, prefix="s1"): pass
class Sub2(Sub1): pass
print(Sub1.prefix, Sub2.prefix, Ctr.__dict__["__init_subclass__"].__class__.__name__)
