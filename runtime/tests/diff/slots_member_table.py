# __slots__ members read and written through the class's member table, and every change
# that must take a name off it: a property or plain attribute put in the way, a deleted
# member, subclasses that shadow, __class__ switches, hooks, and loops hot enough for caches.

class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(ps):
    s = 0
    for p in ps:
        s += p.x * 10 + p.y
    return s


ps = [P(i, i + 1) for i in range(300)]
for _ in range(3):
    print("warm", total(ps))

# A property in the member's place: loads and stores go through it.
P.x = property(lambda self: -1, lambda self, v: print("set x", v))
print("property", total(ps[:3]))
ps[0].x = 5
del P.x
try:
    ps[0].x
except AttributeError as e:
    print("deleted member:", e)
print("y still", ps[0].y)


class Q:
    __slots__ = ("a", "b")


q = Q()
try:
    q.a
except AttributeError as e:
    print("empty slot:", e)
try:
    del q.a
except AttributeError as e:
    print("delete empty:", e)
for i in range(200):
    q.a = i
    q.b = q.a + 1
print(q.a, q.b)


# A subclass whose class attribute shadows a member: the class attribute is not a data
# descriptor, but the instance has no __dict__, so the class attribute answers.
class Q2(Q):
    a = "class a"


q2 = Q2()
print(q2.a)
try:
    q2.a = 1
except AttributeError as e:
    print("read-only:", e)


# A subclass with a __dict__: the member still wins over the dict.
class Q3(Q):
    __slots__ = ("__dict__",)


q3 = Q3()
q3.a = 1
q3.c = 3
q3.__dict__["a"] = "dict a"
print(q3.a, q3.c, sorted(q3.__dict__))


# A property in a subclass in front of an inherited member.
class Q4(Q):
    __slots__ = ()

    @property
    def b(self):
        return "prop b"


q4 = Q4()
q4.a = 2
print(q4.a, q4.b)
try:
    q4.b = 3
except AttributeError as e:
    print("no setter:", e)


# __class__ switches between classes with the same layout.
class R1:
    __slots__ = ("v",)


class R2:
    __slots__ = ("v",)

    def show(self):
        return "R2 %s" % self.v


r = R1()
r.v = 10
r.__class__ = R2
print(r.show(), r.v)


# __getattr__ is asked only when the member is empty.
class G:
    __slots__ = ("m",)

    def __getattr__(self, name):
        return "fallback " + name


g = G()
print(g.m)
g.m = "set"
print(g.m)


# __setattr__ and __getattribute__ of the class's own.
class S:
    __slots__ = ("m",)

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)

    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return ("got", v)


s = S()
for i in range(3):
    s.m = i
print(s.m)


# Multiple inheritance: members from one base, a method from another.
class Base1:
    __slots__ = ()

    def describe(self):
        return "k=%s" % self.k


class Base2:
    __slots__ = ("k",)


class Both(Base1, Base2):
    __slots__ = ("extra",)


b = Both()
b.k = 4
b.extra = 5
print(b.describe(), b.extra)

# Member names built at run time (not interned by the compiler).
name = "".join(["ex", "tra"])
print(getattr(b, name))
setattr(b, name, 6)
print(b.extra, getattr(b, "k"))

# A member put back after a plain attribute replaced it on the class.
saved = Both.extra
Both.extra = 99
print(b.extra)
Both.extra = saved
print(b.extra)

# Rebinding a method on a base after many calls.
for _ in range(100):
    b.describe()
Base1.describe = lambda self: "new describe %s" % self.k
print(b.describe())
