import math
from functools import total_ordering

class Vec:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"
    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec.endswith('p'):
            return '(' + ', '.join(format(c, spec[:-1] or 'g') for c in self) + ')'
        return '<' + ', '.join(format(c, spec) for c in self) + '>'
    def __iter__(self):
        yield self.x; yield self.y; yield self.z
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o, self.z + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __rsub__(self, o):
        if isinstance(o, (int, float)):
            return Vec(o - self.x, o - self.y, o - self.z)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y + self.z * k.z
        return Vec(self.x * k, self.y * k, self.z * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y, k * self.z)
    def __matmul__(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k, self.z // k)
    def __neg__(self): return Vec(-self.x, -self.y, -self.z)
    def __pos__(self): return self
    def __abs__(self): return math.sqrt(self * self)
    def __bool__(self): return any(self)
    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
    def __getitem__(self, i): return tuple(self)[i]
    def __len__(self): return 3
    def __round__(self, n=None): return Vec(*(round(c, n) for c in self))

class MVec(Vec):
    __slots__ = ()
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; self.z += o.z
        return self
    def __imul__(self, k):
        self.x *= k; self.y *= k; self.z *= k
        return self

a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, a * b, a * 2, 2 * a, a @ b, -a, +a, abs(Vec(3, 4, 0)), bool(Vec()), bool(a))
print(a + 1, 1 + a, 10 - a, a / 2, b // 4, round(Vec(1.26, 2.5, 3.49), 1), round(Vec(1.5, 2.5, -0.5)))
print(repr(a), str(a), f"{a}", f"{a:.2f}", f"{b:05.1fp}", format(a, 'p'), '{:>4}'.format(a) if False else '')
print(a == Vec(1, 2, 3), a != Vec(1, 2, 3), a == (1, 2, 3), len({a, Vec(1, 2, 3), b}), a[1], a[-1], list(a), len(a))
try:
    a - 1
except TypeError as e:
    print('TypeError', e)
try:
    'x' * a
except TypeError as e:
    print('TypeError', e)
m = MVec(1, 1, 1)
ref = m
for i in range(150):
    m += Vec(1, 0, 2)
    if i % 50 == 0:
        m *= 1
print(m, m is ref, type(m).__name__)
v = Vec(1, 1, 1)
vref = v
v += Vec(1, 0, 0)
print(v, v is vref, type(v + m).__name__)
s = sum([Vec(i, i * 2, i * 3) for i in range(10)], Vec())
print(s, sum([Vec(1, 1, 1)] * 3, 0) if False else sum([Vec(1, 1, 1)] * 3))

@total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o):
        if isinstance(o, Money): return self.cents == o.cents
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Money): return self.cents < o.cents
        return NotImplemented
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    __hash__ = None
ms = [Money(c) for c in (500, 125, 999, 125, 3)]
print(sorted(ms), max(ms), min(ms), Money(1) <= Money(1), Money(2) >= Money(3), Money(2) > Money(1))
try:
    hash(Money(1))
except TypeError as e:
    print('TypeError', e)
try:
    Money(1) < 5
except TypeError as e:
    print('TypeError', e)
print(Money(1) == 5, Money(1) != 5)

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq.__hash__, Eq(1) == Eq(1), Eq(1) != Eq(2))
class EqH(Eq):
    def __hash__(self): return hash(self.v)
print(len({EqH(1), EqH(1), EqH(2)}), EqH(1) in [EqH(1)], [EqH(3)].index(EqH(3)), [Eq(2), Eq(2)].count(Eq(2)))

class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('Rev.__lt__'); return NotImplemented
    def __gt__(self, o):
        print('Rev.__gt__'); return self.v > getattr(o, 'v', o)
class RevSub(Rev):
    def __gt__(self, o):
        print('RevSub.__gt__'); return True
print(Rev(1) < Rev(2))
print(Rev(1) < RevSub(2))
print(3 < Rev(1))
class Cnt:
    def __init__(self): self.n = 0
    def __index__(self): return 3
print([10, 20, 30, 40][Cnt()], 'abcdef'[Cnt():], bin(Cnt()), range(10)[Cnt()], (2).__pow__(Cnt()))
