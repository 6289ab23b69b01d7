# super() method loads and `del x[k]` inside hot loops: the hot loop itself loads
# super().m (function and instance, no bound method) and deletes items, and every other
# case (static and class methods, properties, missing names, custom __delitem__, errors)
# must behave exactly as CPython's.
class Base:
    def m(self, x):
        return ("Base.m", type(self).__name__, x)
    @staticmethod
    def s(x):
        return ("Base.s", x)
    @classmethod
    def c(cls, x):
        return ("Base.c", cls.__name__, x)
    @property
    def p(self):
        return ("Base.p", type(self).__name__)
    def __init__(self, v):
        self.v = v

class Mid(Base):
    def m(self, x):
        return ("Mid.m",) + super().m(x + 1)

class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v * 2)
    def m(self, x):
        return ("Leaf.m",) + super().m(x + 1)
    def calls(self, i):
        return (super().s(i), super().c(i), super().p, super(Mid, self).m(i),
                super().__class__.__name__)
    def missing(self):
        return super().nope()
    @classmethod
    def cm(cls, i):
        return super().c(i)

class D:
    def __init__(self):
        self.log = []
    def __delitem__(self, k):
        self.log.append(k)
        if k == 3:
            raise LookupError("three")

out = []
for i in range(300):
    o = Leaf(i)
    r = (o.v, o.m(i), o.calls(i), Leaf.cm(i))
    try:
        o.missing()
    except AttributeError as e:
        r += (str(e),)
    lst = list(range(10))
    del lst[2]
    del lst[-1]
    del lst[1:3]
    dct = {"a": 1, "b": 2, i: 3}
    del dct["a"]
    del dct[i]
    d = D()
    for k in range(5):
        try:
            del d[k]
        except LookupError as e:
            r += ("lookup", str(e))
    for bad in ((lst, 99), (dct, "zz"), ((1, 2), 0), ("s", 0)):
        try:
            del bad[0][bad[1]]
        except (IndexError, KeyError, TypeError) as e:
            r += (type(e).__name__, str(e))
    if i % 100 == 0:
        out.append((r, lst, dct, d.log))
for x in out:
    print(x)
