# Messages and hooks of the object protocols: item deletion without __delitem__, hooks
# that are builtin methods of another name, and the repr of modules made by a program.
import types


class Record:
    def __getitem__(self, key):
        return key


class Opaque:
    pass


class Index:
    def __index__(self):
        return 0


for obj in (Record(), Opaque(), "text", (1, 2), frozenset([1]), 5, object(), range(3)):
    for key in (0, "k", 1.5, Index()):
        try:
            del obj[key]
        except TypeError as e:
            print("TypeError:", e)


class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


a = AttrDict(x=1)
a.y = 2
print(a, a.y, a.x)
del a.x
print(a, hasattr(a, "__dict__") and vars(a))
try:
    a.missing
except KeyError as e:
    print("KeyError:", e)


class Upper:
    def __init__(self):
        self.store = {}

    __setattr__ = object.__setattr__


u = Upper()
u.v = 3
print(u.v, vars(u))


class Logged(list):
    pass


Logged.__setattr__ = lambda self, k, v: print("set", k, v)
lg = Logged()
lg.q = 1
print(hasattr(lg, "q"))

m = types.ModuleType("plugin", "A plugin.")
print(m, repr(m), m.__doc__)
m.__file__ = "/tmp/plugin.py"
print(m)
n = types.ModuleType("anon")
n.__loader__ = "LOADER"
print(n)
import sys, math

print(sys, math)
