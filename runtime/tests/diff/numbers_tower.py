# The numeric tower: abstract sets, registrations, a complete Real subclass and its mixins.
import numbers, fractions, decimal
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__), cls.__mro__[1].__name__)
for v in (1, 1.5, 2j, True, fractions.Fraction(1, 3), decimal.Decimal("1.5")):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
try:
    MyInt(3)
except TypeError as e:
    print(e)
class R(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    __floor__ = __ceil__ = __trunc__
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return R(self.v + o)
    def __radd__(self, o): return R(o + self.v)
    def __neg__(self): return R(-self.v)
    def __pos__(self): return R(self.v)
    def __mul__(self, o): return R(self.v * o)
    def __rmul__(self, o): return R(o * self.v)
    def __truediv__(self, o): return R(self.v / o)
    def __rtruediv__(self, o): return R(o / self.v)
    def __pow__(self, o): return R(self.v ** o)
    def __rpow__(self, o): return R(o ** self.v)
    def __abs__(self): return R(abs(self.v))
    def __eq__(self, o): return self.v == o
    __hash__ = object.__hash__
r = R(7.5)
print(complex(r), r.real.v, r.imag, r.conjugate().v, divmod(r, 2), divmod(20, r), (r - 1).v, (10 - r).v, bool(r), bool(R(0)))
print(numbers.Integral.numerator.__isabstractmethod__ if hasattr(numbers.Integral.numerator, "__isabstractmethod__") else None)
print(numbers.Complex.__add__.__qualname__, numbers.Rational.__float__.__qualname__, numbers.Number.__hash__)
try:
    hash(numbers.Number.__new__(numbers.Number))
except TypeError as e:
    print("TypeError", e)
print(issubclass(bool, numbers.Integral), numbers.Integral.register(float) is float and False)
