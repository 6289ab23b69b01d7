# __new__ vs __init__, singletons, caching instances, immutable types, alternate constructors.
class Logged:
    def __new__(cls, *args, **kwargs):
        print(f"  __new__({cls.__name__}, {args}, {kwargs})")
        return super().__new__(cls)
    def __init__(self, a, b=0):
        print(f"  __init__({a}, {b})")
        self.a, self.b = a, b
x = Logged(1, b=2)
print(x.a, x.b)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never called because __new__ returned a non-instance")
print(ReturnsOther())
class Base:
    def __init__(self):
        print("  Base.__init__")
class ReturnsSub(Base):
    def __new__(cls):
        return Base()
print(type(ReturnsSub()).__name__)
class Interned:
    _cache = {}
    def __new__(cls, name):
        if name not in cls._cache:
            inst = super().__new__(cls)
            inst.name = name
            cls._cache[name] = inst
        return cls._cache[name]
a, b, c = Interned("x"), Interned("x"), Interned("y")
print(a is b, a is c, len(Interned._cache))
class Fraction:
    def __new__(cls, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        self = super().__new__(cls)
        g = cls._gcd(abs(num), abs(den))
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, abs(den) // g
        return self
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    @classmethod
    def from_string(cls, s):
        n, _, d = s.partition("/")
        return cls(int(n), int(d or 1))
    def __add__(self, o):
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    def __mul__(self, o):
        return Fraction(self.num * o.num, self.den * o.den)
    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)
    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"
print(Fraction(6, 8), Fraction(3, -9), Fraction.from_string("10/4"), Fraction.from_string("7"))
print(Fraction(1, 2) + Fraction(1, 3), Fraction(2, 3) * Fraction(3, 4), Fraction(1, 2) + Fraction(1, 2))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
total = Fraction(0)
for i in range(1, 11):
    total = total + Fraction(1, i * (i + 1))
print(total)
class NoInitArgs:
    pass
try:
    NoInitArgs(5)
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.v = v
        return inst
print(OnlyNew(9).v)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class Point3:
    __slots__ = ("x", "y", "z")
    def __new__(cls, x=0, y=0, z=0):
        self = object.__new__(cls)
        self.x, self.y, self.z = x, y, z
        return self
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"
    @classmethod
    def origin(cls):
        return cls()
print(Point3(1, 2, 3), Point3.origin())
class Reinit:
    def __init__(self, v):
        self.v = v
r = Reinit(1)
r.__init__(2)
print(r.v)
print(object.__new__(Reinit).__class__.__name__, hasattr(object.__new__(Reinit), "v"))
