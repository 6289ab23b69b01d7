# object.__reduce_ex__ of plain instances (dict, slots, both, empty), of classes with
# their own hooks, and what copy and deepcopy make of them.
import copy
import copyreg


class Plain:
    def __init__(self, a):
        self.a = a
        self.items = [a, [a]]


class Empty:
    pass


class Slots:
    __slots__ = ("x", "__y")

    def __init__(self, x):
        self.x = x
        self.__y = x * 2


class Both(Slots):
    def __init__(self, x):
        super().__init__(x)
        self.extra = "e"


class NewArgs:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o

    def __getnewargs__(self):
        return (self.v,)


class State:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {"a": self.a + 100}


for proto in (0, 1, 2, 4):
    p = Plain(3)
    r = p.__reduce_ex__(proto)
    print(proto, r[0] is copyreg.__newobj__ if proto >= 2 else r[0].__name__, r[1][0] is Plain, r[2] is p.__dict__ if proto >= 2 else type(r[2]).__name__, r[2], r[3:])
print(Empty().__reduce_ex__(4)[1:], len(Empty().__reduce_ex__(4)))
s = Slots(4)
print(s.__reduce_ex__(4)[1:])
b = Both(5)
print(b.__reduce_ex__(4)[2])
print(NewArgs(7).__reduce_ex__(4)[1][1:], State().__reduce_ex__(4)[2])

for obj in (Plain(1), Empty(), Slots(2), Both(3), NewArgs(4), State()):
    c, d = copy.copy(obj), copy.deepcopy(obj)
    print(type(c).__name__, type(d).__name__, c is not obj, d is not obj,
          getattr(d, "__dict__", None), [getattr(d, n, None) for n in ("x", "_Slots__y", "v", "a")])
p = Plain([9])
q = copy.deepcopy(p)
print(q.items, q.items[0] is not p.items[0], q.__dict__ is not p.__dict__)
shared = Plain(0)
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared)
