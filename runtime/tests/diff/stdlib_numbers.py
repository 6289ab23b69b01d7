import numbers
from fractions import Fraction
from decimal import Decimal
vals = [1, True, 1.5, 2j, Fraction(1, 3), Decimal('1.1'), 'x', None]
for v in vals:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Integral))
try: numbers.Number.__hash__
except Exception as e: print(e)
print(numbers.Number.__hash__)
class MyInt(numbers.Integral):
    pass
try: MyInt()
except TypeError as e: print(e)
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(numbers.Integral.__mro__)
print(numbers.__all__)

class MyReal(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v)
    def __ceil__(self): return int(self.v) + 1
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return MyReal(self.v // o)
    def __rfloordiv__(self, o): return MyReal(o // self.v)
    def __mod__(self, o): return MyReal(self.v % o)
    def __rmod__(self, o): return MyReal(o % self.v)
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return MyReal(self.v + o)
    def __radd__(self, o): return MyReal(o + self.v)
    def __neg__(self): return MyReal(-self.v)
    def __pos__(self): return MyReal(self.v)
    def __mul__(self, o): return MyReal(self.v * o)
    def __rmul__(self, o): return MyReal(o * self.v)
    def __truediv__(self, o): return MyReal(self.v / o)
    def __rtruediv__(self, o): return MyReal(o / self.v)
    def __pow__(self, o): return MyReal(self.v ** o)
    def __rpow__(self, o): return MyReal(o ** self.v)
    def __abs__(self): return MyReal(abs(self.v))
    def __eq__(self, o): return self.v == o
    def __repr__(self): return f'MyReal({self.v})'
r = MyReal(7.5)
print(isinstance(r, numbers.Complex), isinstance(r, numbers.Rational), complex(r), r.real, r.imag, r.conjugate())
print(divmod(r, 2), r - 1, 1 - r, bool(r), bool(MyReal(0)))
try: hash(r)
except TypeError as e: print('TypeError', e)
class MyIntegral(numbers.Integral):
    pass
for name in sorted(MyIntegral.__abstractmethods__):
    print(name, end=' ')
print()
numbers.Integral.register
class Weird: pass
numbers.Real.register(Weird)
print(isinstance(Weird(), numbers.Complex), isinstance(Weird(), numbers.Rational), issubclass(Weird, numbers.Number))
print(numbers.Number.__slots__, numbers.Real.__slots__)
def kind(x):
    for c in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number):
        if isinstance(x, c):
            return c.__name__
    return 'other'
print([kind(v) for v in (3, 2.5, Fraction(1, 2), 1j, Decimal(1), 'a', True)])
