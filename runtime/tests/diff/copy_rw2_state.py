import copy, copyreg

class One:
    __slots__ = "only"
class Two(One):
    __slots__ = ("a", "__hidden", "__dict__")
class _Under:
    __slots__ = ("__x",)
t = Two(); t.only = 1; t.a = [2]; t._Two__hidden = 3; t.free = 4
for fn in (copy.copy, copy.deepcopy):
    c = fn(t)
    print(c.only, c.a, c.a is t.a, c._Two__hidden, c.free)
u = _Under(); u._Under__x = 5
print(copy.copy(u)._Under__x, copyreg._slotnames(_Under))

class Falsy:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        return (Falsy, (self.v,), self.v)
for v in (0, (), "", None, {"w": 1}, ({"w": 2}, {"z": 3}), ({}, None), (None, {"z": 4})):
    try:
        c = copy.copy(Falsy(v))
        print(repr(v), sorted(vars(c).items()))
    except Exception as e:
        print(repr(v), type(e).__name__, e)

class WithSet:
    def __init__(self): self.x = 1
    def __setstate__(self, st): print("setstate", st); self.__dict__.update(st)
print(copy.deepcopy(WithSet()).x)
class L(list):
    pass
l = L([1, [2]]); l.attr = "a"
dl = copy.deepcopy(l)
print(dl, dl.attr, dl[1] is l[1])
