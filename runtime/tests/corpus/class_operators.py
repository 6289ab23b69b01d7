# Arithmetic dunder methods, reflected operators, in-place variants, unary ops.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__")
        return self + o
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return Vec(*(pow(a, k, mod) for a in self.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __matmul__(self, o):
        return ("matmul", self.c, o.c)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, n): return Vec(*(a << n for a in self.c))
    def __rshift__(self, n): return Vec(*(a >> n for a in self.c))
    def __divmod__(self, k): return (self // k, self % k)
    def __rtruediv__(self, k): return Vec(*(k / a for a in self.c))
    def __rsub__(self, k): return Vec(*(k - a for a in self.c))
    def __rpow__(self, base): return Vec(*(base ** a for a in self.c))
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v - w, v * 2, 2 * v, v * w, v / 2, w // 2, w % 4, v ** 2, pow(v, 2, 3))
print(-v, +v, abs(Vec(3, 4)), ~v, v @ w, v & w, v | w, v ^ w, v << 2, Vec(8, 16) >> 3, divmod(w, 4))
print(v + 10, 10 + v, 12 / Vec(1, 2, 3), 10 - v, 2 ** Vec(1, 2, 3))
print(sum([v, w, Vec(1, 1, 1)], Vec(0, 0, 0)))
print(sum([v, w]))
try:
    v + "str"
except TypeError as e:
    print("TypeError", e)
try:
    "str" + v
except TypeError as e:
    print("TypeError", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 3
print(a, a is ref)
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Vec(1) + Sub(2))
class OnlyR:
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rlshift__(self, o):
        return "rlshift"
    def __rand__(self, o):
        return "rand"
print(5 - OnlyR(), 1 @ OnlyR(), 7 // OnlyR(), 5 % OnlyR(), 1 << OnlyR(), 1 & OnlyR())
try:
    "s" % OnlyR()
except TypeError as e:
    print("TypeError", e)
class NoOps:
    pass
for expr in ["NoOps() + 1", "1 - NoOps()", "NoOps() * NoOps()", "-NoOps()", "abs(NoOps())", "NoOps() @ 1", "~NoOps()", "NoOps() ** 2"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else round(o * 100)))
    __radd__ = __add__
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
print(Money(150) + Money(275), Money(99) + 1.01, 0.5 + Money(1), sum([Money(1), Money(2)]))
