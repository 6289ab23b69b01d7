import weakref, gc

class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "A(%d)" % self.n

a = A(1)
r = weakref.ref(a)
print(r() is a, r().n)
print(weakref.ref(a) is r, weakref.getweakrefcount(a))
log = []
r2 = weakref.ref(a, lambda w: log.append(("cb", w is r2, w())))
print(r2 is r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(r2.__callback__ is not None, r.__callback__)
h = hash(r)
print(h == hash(a))
del a
print(r(), r2(), log)
print(hash(r) == h)
try:
    hash(r2)
except TypeError as e:
    print("TypeError", e)

for obj in [1, "s", (1,), [1], {}, None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError", e)

def f(): pass
print(weakref.ref(f)() is f)
print(weakref.ref(A)() is A)
s = {1}
print(weakref.ref(s)() is s)

# cycles: weakref cleared when the collector frees the cycle
class Node:
    pass
x = Node(); y = Node(); x.o = y; y.o = x
rx = weakref.ref(x, lambda w: print("x collected"))
del x, y
gc.collect()
print(rx())

# equality
b1 = A(5); b2 = A(5)
print(weakref.ref(b1) == weakref.ref(b1), weakref.ref(b1) == weakref.ref(b2))

# __del__ and weakrefs
class D:
    def __del__(self):
        print("del runs, ref alive:", rd() is not None)
d = D()
rd = weakref.ref(d, lambda w: print("callback after del"))
del d
print("after", rd())

# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
keep = [A(i) for i in range(5)]
for o in keep:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()))
del keep[1:3]
print(len(wvd), sorted(wvd.keys()), 1 in wvd, 0 in wvd)
print(wvd.get(1), wvd.get(0))
try:
    wvd[2]
except KeyError as e:
    print("KeyError", e)

# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
k1, k2 = A(1), A(2)
wkd[k1] = "one"; wkd[k2] = "two"
print(len(wkd), wkd[k1], k2 in wkd)
del k2
print(len(wkd), sorted(wkd.values()))

# WeakSet
ws = weakref.WeakSet()
items = [A(i) for i in range(4)]
for o in items:
    ws.add(o)
print(len(ws))
items.pop()
print(len(ws), sorted(o.n for o in ws))

# finalize
class R: pass
o = R()
fin = weakref.finalize(o, print, "finalized", 42)
print(fin.alive)
del o
print(fin.alive)
o2 = R()
fin2 = weakref.finalize(o2, print, "called early")
fin2()
print(fin2.alive)
del o2

# proxy
p = A(7)
px = weakref.proxy(p)
print(px.n, repr(px.n))
del p
try:
    px.n
except ReferenceError as e:
    print("ReferenceError", e)

# WeakMethod
class M:
    def m(self):
        return "meth"
mo = M()
wm = weakref.WeakMethod(mo.m)
print(wm()())
del mo
print(wm())

import types
bm = types.MethodType(M.m, M())
print(bm(), type(bm).__name__)
for bad in [(1, 2), (len,), (len, None)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    callable()
except TypeError as e:
    print("TypeError", e)
