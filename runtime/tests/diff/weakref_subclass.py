# weakref.ref subclasses (attributes, slots, callbacks, no sharing), ref's argument errors, and WeakMethod as a ref subclass.
import weakref, gc
class A:
    def m(self):
        return "m"
class R(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.__dict__.update(extra)
a = A()
r = R(a, tag="t")
print(r() is a, r.tag, type(r).__name__, isinstance(r, weakref.ref), r == weakref.ref(a), hash(r) == hash(weakref.ref(a)))
print(weakref.ref(a) is weakref.ref(a), R(a) is R(a), weakref.ref(a) is not r, weakref.getweakrefcount(a))
class Slotted(weakref.ref):
    __slots__ = ("extra",)
s = Slotted(a); s.extra = 5; print(s.extra, s() is a)
got = []
rc = R(a, lambda w: got.append(type(w).__name__))
del a; gc.collect()
print(r(), got, rc.__callback__ is not None or rc.__callback__ is None)
b = A()
wm = weakref.WeakMethod(b.m)
print(isinstance(wm, weakref.ref), wm()(), wm == weakref.WeakMethod(b.m))
del b; gc.collect(); print(wm())
try:
    weakref.ref.__new__(int, A())
except TypeError as e:
    print(e)
class A2: pass
a2 = A2()
for f in [lambda: weakref.ref(), lambda: weakref.ref(a2, None, 3), lambda: weakref.ref(a2, None, x=1), lambda: weakref.ref(a2, callback=print), lambda: R(), lambda: R(a2, 1, 2), lambda: weakref.ref(3)]:
    try:
        print(type(f()).__name__)
    except TypeError as e:
        print(e)
class B:
    def m(self):
        return "bm"
    def n(self):
        return "bn"
b = B()
calls = []
w1 = weakref.WeakMethod(b.m, calls.append); w2 = weakref.WeakMethod(b.m); w3 = weakref.WeakMethod(b.n)
print(type(w1).__mro__[1].__name__, w1()(), w1 == w2, w1 != w3, hash(w1) == hash(weakref.ref(b)), w1.__slots__)
try:
    weakref.WeakMethod(b.m, callback=print)
except TypeError as e:
    print(e)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
del b; gc.collect()
print(w1(), len(calls), calls[0] is w1, w1 == w2, w1 == w1)
