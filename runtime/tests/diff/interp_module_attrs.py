# Module attribute loads (LOAD_ATTR and LOAD_METHOD on modules): the module's dict is
# consulted after the data descriptors of the module type and object only.
import math
import sys
import types

m = types.ModuleType("m", "the doc")
m.__dict__["__class__"] = "global named __class__"
m.__dict__["__repr__"] = lambda: "module-level __repr__"
m.__dict__["__dir__"] = lambda: ["z", "a"]
m.__dict__["__dict__"] = "global named __dict__"
m.f = lambda x: x * 2
print(m.__class__ is types.ModuleType, type(m.__dict__) is dict)
print(m.__repr__(), repr(m).startswith("<module 'm'"))
print(m.__dir__(), dir(m))
print(m.f(21), m.__doc__, m.__name__)
for i in range(3):
    print(m.f(i), math.sqrt(i * i), math.pi > 3)

# Rebinding and deleting module attributes is seen at once.
def use():
    return m.f(1)
print(use())
m.f = lambda x: -x
print(use())
del m.f
try:
    use()
except AttributeError as e:
    print("AttributeError:", e)

# The module-level __getattr__ hook (PEP 562) answers misses only.
m.__getattr__ = lambda name: "hooked " + name
m.g = "plain"
print(m.g, m.missing, m.other)
del m.__getattr__
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)

# A module subclass keeps its class's data descriptors in front of the dict.
class M(types.ModuleType):
    @property
    def value(self):
        return "property wins"
    def method(self):
        return "class method"
mm = M("mm")
mm.__dict__["value"] = "dict entry"
mm.__dict__["method"] = lambda: "dict method"
print(mm.value, mm.method())

# A name equal to an attribute but built at run time, not interned.
name = "".join(["s", "q", "r", "t"])
print(getattr(math, name)(49.0), math.__dict__[name] is math.sqrt)
globals()["".join(["da", "ta"])] = [1, 2]
print(sys.modules[__name__].data)

# Subclasses of the module type: the namespace is the instance's __dict__.
class Lazy(types.ModuleType):
    """A lazily populated module."""
    def __init__(self, name, loader):
        super().__init__(name, "lazy doc")
        self._loader = loader
    def __getattr__(self, name):
        v = self._loader(name)
        setattr(self, name, v)
        return v
lz = Lazy("lz", lambda n: n.upper())
print(lz.abc, lz.__dict__["abc"], sorted(k for k in vars(lz) if not k.startswith("__")))
print(lz.__doc__, lz.__name__, isinstance(lz, types.ModuleType), type(lz).__name__)
sys.modules["lz"] = lz
import lz as again
print(again is lz, again.xyz)
from lz import qq
print(qq)
lz.val = 3
print(lz.__dict__["val"], "val" in dir(lz))
class M2(types.ModuleType):
    pass
m2 = M2("m2")
print(m2.__name__, m2.__doc__, m2.__dict__ is vars(m2))
try:
    types.ModuleType.__new__(int)
except TypeError as e:
    print(e)
try:
    m2.nope
except AttributeError as e:
    print("AttributeError:", e)
