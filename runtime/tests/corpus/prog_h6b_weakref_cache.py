import weakref
import gc

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"

a = Obj("a")
r = weakref.ref(a)
print(r() is a, r().name, weakref.getweakrefcount(a))
del a
gc.collect()
print(r(), r() is None)

events = []
b = Obj("b")
r2 = weakref.ref(b, lambda ref: events.append("b collected"))
del b
gc.collect()
print(events)

cache = weakref.WeakValueDictionary()
objs = [Obj(str(i)) for i in range(5)]
for o in objs:
    cache[o.name] = o
print(sorted(cache.keys()), len(cache))
del objs[:3]
gc.collect()
print(sorted(cache.keys()), "0" in cache, cache.get("4"))

wk = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wk[k1] = 1
wk[k2] = 2
print(len(wk), wk[k1])
del k1
gc.collect()
print(len(wk), [k.name for k in wk.keys()])

ws = weakref.WeakSet()
x, y = Obj("x"), Obj("y")
ws.add(x); ws.add(y)
print(len(ws), x in ws)
del y
gc.collect()
print(len(ws), [o.name for o in ws])

class Data:
    def __init__(self, v): self.v = v
    def method(self): return self.v * 2
d = Data(21)
wm = weakref.WeakMethod(d.method)
print(wm()())
del d
gc.collect()
print(wm())

p_target = Obj("proxied")
p = weakref.proxy(p_target)
print(p.name, repr(p.name))
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

fin_log = []
class Resource:
    def __init__(self, n): self.n = n
res = Resource(1)
f = weakref.finalize(res, fin_log.append, "finalized 1")
print(f.alive)
del res
gc.collect()
print(fin_log, f.alive)
res2 = Resource(2)
f2 = weakref.finalize(res2, fin_log.append, "finalized 2")
print(f2(), f2.alive, fin_log)
f2()
print(fin_log)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
class SlottedWR:
    __slots__ = ("a", "__weakref__")
s = SlottedWR()
print(weakref.ref(s)() is s)
o1 = Obj("eq")
print(weakref.ref(o1) == weakref.ref(o1), weakref.ref(o1) is weakref.ref(o1), hash(weakref.ref(o1)) == hash(o1))
class Tree:
    def __init__(self, v, parent=None):
        self.v = v
        self._parent = weakref.ref(parent) if parent else None
        self.kids = []
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def add(self, v):
        k = Tree(v, self)
        self.kids.append(k)
        return k
root = Tree("root")
leaf = root.add("mid").add("leaf")
chain = []
n = leaf
while n:
    chain.append(n.v)
    n = n.parent
print(chain)
print(type(weakref.ref(o1)).__name__, isinstance(weakref.proxy(o1), weakref.ProxyTypes))
