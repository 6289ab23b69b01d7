# Generic attribute loads and stores (no shadow-code cache: the loop runs each site
# few times, or in the baseline build every time) must see class changes made after the
# instances got their attributes: data descriptors, __getattribute__, __setattr__ and
# __getattr__ added later, dict mode, __class__ reassignment, and finalisers.

class P:
    def __init__(self):
        self.a = 1
        self.b = 2

def loads(o):
    return [o.a, o.b]

def store(o, v):
    o.a = v

o = P()
print(loads(o))
store(o, 10)
print(loads(o))

# A property defined on the class after the instance holds the name.
P.a = property(lambda self: "prop-a", lambda self, v: print("set via property", v))
print(loads(o))
store(o, 11)
print(o.__dict__)
del P.a
print(loads(o))

# __getattribute__ added, then removed.
def ga(self, name):
    return "ga:" + name
P.__getattribute__ = ga
print(loads(o))
del P.__getattribute__
print(loads(o))

# __setattr__ added, then removed.
def sa(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 2)
P.__setattr__ = sa
store(o, 5)
print(loads(o))
del P.__setattr__
store(o, 5)
print(loads(o))

# __getattr__ is asked only for missing names.
P.__getattr__ = lambda self, name: "missing:" + name
print(loads(o), o.zzz)
del P.__getattr__

# A base class gains a data descriptor.
class Base:
    pass
class Child(Base):
    def __init__(self):
        self.x = "inst"
c = Child()
def getx(o):
    return o.x
print(getx(c))
Base.x = property(lambda self: "base-prop")
print(getx(c))
del Base.x
print(getx(c))

# Dict mode: deleting an attribute, then writing through __dict__.
d = P()
del d.a
try:
    loads(d)
except AttributeError as e:
    print("AttributeError:", e)
d.__dict__["a"] = "from-dict"
print(loads(d))
store(d, "stored")
print(d.__dict__)

# __class__ reassignment between two compatible classes.
class Q:
    @property
    def a(self):
        return "Q.a"
e = P()
e.__class__ = Q
print(e.a, e.b)
e.__class__ = P
print(loads(e))

# The names of object's own data descriptors.
print(loads.__name__, P().__class__.__name__, sorted(P().__dict__))

# A finaliser of the replaced value sees the new one.
class Loud:
    def __init__(self, name, holder):
        self.name = name
        self.holder = holder
    def __del__(self):
        print("del", self.name, "holder.a is now", getattr(self.holder.a, "name", self.holder.a))
h = P()
h.a = Loud("first", h)
store(h, Loud("second", h))
store(h, 0)

# Slots and class attributes go the general way and still work.
class S:
    __slots__ = ("a", "b")
    k = "class-k"
s = S()
store(s, 3)
s.b = 4
print(loads(s), s.k)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)

# Many instances, many rounds: loads and stores in a loop.
objs = [P() for _ in range(50)]
total = 0
for r in range(20):
    for i, p in enumerate(objs):
        store(p, i + r)
        total += loads(p)[0] + p.b
print(total)
