# Operator overloading: vectors, fractions, rich comparisons, reflected ops, in-place ops.
import functools

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, +a, abs(b), a / 2, a @ b, bool(Vec()), bool(a))
print(sum([a, b, Vec(5, 5)], Vec()), sum([a, b]) if False else "skip", list(a), a[1], a[-1], tuple(b))
print(a == Vec(1, 2), a != Vec(1, 2), a == (1, 2), {a: 1}[Vec(1, 2)], len({a, Vec(1, 2), b}))
x, y = b
print(x, y)
for expr in [lambda: a + 1, lambda: 1 - a, lambda: a * "s", lambda: a < b, lambda: a @ 2, lambda: a[5]]:
    try:
        print(expr())
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return f"V{self.s}"

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2.0", "2"]]
print(sorted(vs), max(vs), min(vs), Version("1.2") <= Version("1.2.0"), Version("3") >= Version("2.9"), Version("1") > Version("1.0"))
try:
    Version("1") < "1"
except TypeError as e:
    print("TypeError", e)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        g = self._gcd(abs(n), abs(d))
        sign = -1 if d < 0 else 1
        self.n, self.d = sign * n // g, abs(d) // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac(o) / self
    def __pow__(self, k, mod=None):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n == o.n and self.d == o.d
    __hash__ = None
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return self.n // self.d
    def __index__(self):
        return int(self)
    def __round__(self, nd=None):
        return round(float(self), nd)
    def __repr__(self):
        return f"{self.n}/{self.d}"

h = Frac(1, 2)
print(h + Frac(1, 3), h * 4, 1 + h, 3 / h, h ** 3, h ** -2, h == Frac(2, 4), h == 0.5, float(Frac(1, 3)), int(Frac(7, 2)), round(Frac(2, 3), 3))
print(sorted([Frac(3, 4), Frac(1, 3), Frac(-1, 2)]), [10, 20, 30, 40][Frac(5, 2)], bin(Frac(9, 2)), "abc"[Frac(1)])
try:
    hash(h)
except TypeError as e:
    print("TypeError", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        n = Acc()
        n.items = self.items + [other]
        return n
    def __ior__(self, other):
        self.items.extend(other)
        return self
acc = Acc()
alias = acc
acc += 1
acc += 2
acc |= [3, 4]
print(acc is alias, acc.items)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
lst = [1]
l2 = lst
lst += [2]
lst *= 2
print(lst, l2 is lst)
class OnlyAdd:
    def __add__(self, o):
        return "added"
oa = OnlyAdd()
oa += 1
print(oa)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} vs {getattr(o, 'v', o)}")
        return NotImplemented
print(Cmp(1) == Cmp(2), Cmp(3) != 4, Cmp(5) in [1, 2])
