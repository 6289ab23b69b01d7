import weakref
class A:
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.x = 2
def get(o): return o.x
objs = [A(), B()] * 200
print(sum(get(o) for o in objs))
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
vars(a)['__weakref__'] = 5
print(a.__weakref__ is r, vars(a)['__weakref__'])
try:
    a.__weakref__ = 3
except AttributeError as e:
    print("AttributeError", e)
def getw(o): return o.__weakref__
print([getw(o) for o in [A(), A()] * 100][:2])
class P:
    @property
    def x(self): return "prop"
p = P()
vars(p)['x'] = 9
print(get(p), [get(o) for o in objs[:2]])
