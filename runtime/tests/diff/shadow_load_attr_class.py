# LOAD_ATTR_CLASS: class attributes read through instances, and every way the cached
# answer can go stale (class attribute rebound, instance attribute shadowing it, a base
# changed, __class__ assignment, a descriptor put in its place, a subclass).
class Base:
    k = 1
    limit = 10

class C(Base):
    k = 3
    def __init__(self):
        self.a = 1

class Other:
    k = "other"

def read(o):
    return o.k

def read_limit(o):
    return o.limit

c = C()
print(sum(read(c) for _ in range(100)))
C.k = 4
print(read(c), sum(read(c) for _ in range(60)))
c.k = "mine"
print(read(c))
del c.k
print(read(c))
print(sum(read_limit(c) for _ in range(60)))
Base.limit = 20
print(read_limit(c))
del C.k
print(read(c))
c.__class__ = Other
print(read(c))
c.__class__ = C
print(read(c))

class WithGet:
    def __get__(self, obj, owner):
        return "via __get__"

C.k = WithGet()
print(read(c))
C.k = 7
print(read(c))

class Sub(C):
    pass

s = Sub()
print([read(x) for x in (c, s, Other(), c, s) for _ in range(20)][::20])

class Slotted:
    __slots__ = ("x",)
    k = "slotted"

sl = Slotted()
print(sum(len(read(sl)) for _ in range(60)))
Slotted.k = "again"
print(read(sl))

class Meta(type):
    pass

class M(metaclass=Meta):
    k = "m"

m = M()
print(sum(len(read(m)) for _ in range(60)))
Meta.k = "meta"
print(read(m), M.k)
