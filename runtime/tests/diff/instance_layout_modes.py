# Instances in every storage mode: shape, dict mode, __slots__ members beside both,
# finalisation (PEP 442) with resurrection, and __class__ assignment between layouts.
import gc


class Slots3:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x, self.y, self.z = i, i + 1, i + 2


class SlotsDict:
    __slots__ = ("a", "__dict__")


class Plain:
    pass


class Sub(Slots3):
    def __init__(self, i):
        super().__init__(i)
        self.extra = i * 10


pts = [Slots3(i) for i in range(4)]
print([(p.x, p.y, p.z) for p in pts])
try:
    pts[0].w = 1
except AttributeError as e:
    print("AttributeError:", e)
del pts[1].y
try:
    print(pts[1].y)
except AttributeError as e:
    print("AttributeError:", e)
pts[1].y = 99
print(pts[1].y)

sd = SlotsDict()
sd.a = 1
sd.b = 2
print(sd.a, sd.__dict__)
sd.__dict__ = {"c": 3}
print(sd.a, sd.c, vars(sd))
del sd.c
print(vars(sd), hasattr(sd, "c"))
sd.__dict__["d"] = 4
print(sd.d, sd.a)

p = Plain()
for n in "abcdefgh":
    setattr(p, n, ord(n))
print(sorted(vars(p).items())[:3])
del p.c
p.c = 1
print(list(vars(p)), p.c)
p.__dict__.clear()
print(vars(p), hasattr(p, "a"))
p.z = 26
print(vars(p))

s = Sub(5)
print(s.x, s.z, s.extra, s.__dict__)
del s.extra
print(s.__dict__, s.y)
s.__dict__ = {"q": 1}
print(s.q, s.x)

# Many attributes: the instance leaves its shape for a dict.
big = Plain()
for i in range(80):
    setattr(big, f"a{i}", i)
print(len(vars(big)), big.a0, big.a79)

# __class__ assignment between compatible slot layouts.
class Other:
    __slots__ = ("x", "y", "z")

o = Slots3(7)
o.__class__ = Other
print(type(o).__name__, o.x, o.y, o.z)
try:
    o.__class__ = Plain
except TypeError as e:
    print("TypeError:", e)

# Finalisation: __del__ runs once, even after resurrection.
saved = []


class Phoenix:
    __slots__ = ("n",)

    def __del__(self):
        print("del", self.n, gc.is_finalized(self))
        saved.append(self)


ph = Phoenix()
ph.n = 1
print(gc.is_finalized(ph))
del ph
back = saved.pop()
print("back", back.n, gc.is_finalized(back))
del back
print("gone", saved)


class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        print("cycle del", self.n)


for i in range(3):
    Cyc(i)
print("collected", gc.collect() >= 3)
print(gc.is_finalized(Plain()), gc.is_finalized(1))
