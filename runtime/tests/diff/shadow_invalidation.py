# Inline caches and the type cache must notice every change: each loop runs well past the
# quickening threshold, then changes what the cached sites depend on.
import builtins

# --- globals rebound inside a hot loop
G = 1
def read_g():
    return G
out = []
for i in range(300):
    if i == 150:
        G = 2
    if i == 200:
        del G
        G = 3
    out.append(read_g())
print(sum(out), out[149], out[150], out[199], out[200])

# --- builtins shadowed by a global, then unshadowed, then builtins changed
def uses_len(x):
    return len(x)
r = [uses_len("abc") for _ in range(100)]
len = lambda x: 42
r.append(uses_len("abc"))
del len
r.append(uses_len("abc"))
old_len = builtins.len
builtins.len = lambda x: -1
r.append(uses_len("abc"))
builtins.len = old_len
r.append(uses_len("abc"))
print(r[0], r[-4:])

# --- a global that changes every iteration (the site goes generic)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(sum(bump() for _ in range(500)))

# --- methods replaced on the class after the caches warmed
class A:
    def f(self):
        return "A.f"
a = A()
res = []
for i in range(200):
    if i == 100:
        A.f = lambda self: "patched"
    if i == 150:
        a.f = lambda: "instance attr"
    res.append(a.f())
print(res[99], res[100], res[149], res[150], res.count("patched"))

# --- method defined on a base class later shadowed in the subclass
class Base:
    def g(self):
        return "base"
class Sub(Base):
    pass
s = Sub()
res = []
for i in range(200):
    if i == 120:
        Sub.g = lambda self: "sub"
    if i == 160:
        del Sub.g
        Base.g = lambda self: "base2"
    res.append(s.g())
print(res[119], res[120], res[159], res[160])

# --- __class__ assignment
class P:
    def who(self):
        return "P"
class Q:
    def who(self):
        return "Q"
o = P()
res = []
for i in range(200):
    if i == 100:
        o.__class__ = Q
    res.append(o.who())
print(res[99], res[100], res.count("Q"))

# --- instance attribute loads across shapes (polymorphic) and deletions
class Pt:
    def __init__(self, x, y, first_y=False):
        if first_y:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y
pts = [Pt(i, -i, i % 3 == 0) for i in range(300)]
print(sum(p.x for p in pts), sum(p.y for p in pts))
for p in pts[::7]:
    del p.x
    p.x = 1000
print(sum(p.x for p in pts))
for p in pts[::5]:
    p.__dict__["y"] = 5
print(sum(p.y for p in pts))

# --- class attribute vs instance attribute, and data descriptor added later
class C:
    k = "class"
c = C()
res = []
for i in range(200):
    if i == 50:
        c.k = "inst"
    if i == 100:
        C.k = property(lambda self: "prop")
    res.append(c.k)
print(res[49], res[50], res[99], res[100])

# --- attribute stores through a warmed site, then a __setattr__ appears
class S:
    pass
def store(o, v):
    o.val = v
objs = [S() for _ in range(100)]
for i, o in enumerate(objs):
    store(o, i)
print(sum(o.val for o in objs))
log = []
S.__setattr__ = lambda self, n, v: log.append((n, v))
store(objs[0], 99)
print(objs[0].val, log)
del S.__setattr__
store(objs[0], 7)
print(objs[0].val)

# --- slots and properties after warm-up
class Sl:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a
print(sum(Sl(i).a for i in range(200)))

# --- module attributes
import math
def m():
    return math.pi
vals = [m() for _ in range(100)]
math.pi = 3
vals.append(m())
print(vals[0], vals[-1])

# --- attribute errors from quickened sites keep CPython's messages
class E:
    pass
e = E()
for i in range(100):
    e.z = i
del e.z
try:
    e.z
except AttributeError as ex:
    print("AttributeError", ex)
for i in range(3):
    try:
        (1).nope
    except AttributeError as ex:
        print("AttributeError", ex)

# --- one attribute site over many classes sharing a shape; one class later gets a property
class Base2:
    def __init__(self, v):
        self.v = v
class K1(Base2): pass
class K2(Base2): pass
class K3(Base2): pass
objs = [cls(i) for i in range(60) for cls in (K1, K2, K3)]
def total(os):
    t = 0
    for o in os:
        t += o.v
    return t
print(total(objs))
K2.v = property(lambda self: 1000)
print(total(objs))
del K2.v
print(total(objs))

# --- __slots__ members through warmed sites: unset members, deletion, class changes
class V:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
vs = [V(i) for i in range(200)]
print(sum(v.x for v in vs))
for v in vs[::3]:
    v.y = 1
missing = 0
for v in vs:
    try:
        v.y
    except AttributeError as e:
        missing += 1
        msg = str(e)
print(missing, msg)
del vs[0].x
try:
    print(vs[0].x)
except AttributeError as e:
    print("AttributeError", e)
V.x = property(lambda self: "prop-x")
print(vs[1].x)

# --- a polymorphic method site (more receiver kinds than entries), then one class patched
class M0:
    def f(self): return 0
class M1(M0):
    def f(self): return 1
class M2(M0):
    def f(self): return 2
class M3(M0):
    def f(self): return 3
class M4(M0):
    def f(self): return 4
class M5(M0):
    pass
ms = [cls() for cls in (M0, M1, M2, M3, M4, M5)] * 40
def call_all(objs):
    return [o.f() for o in objs]
print(sum(call_all(ms)))
M2.f = lambda self: 20
print(sum(call_all(ms)))
M0.f = lambda self: 100
print(sum(call_all(ms)))
ms[3].f = lambda: 1000
print(sum(call_all(ms)))
