# fractions.Fraction derives from numbers.Rational (not registered), as in CPython.
import numbers
from fractions import Fraction
from decimal import Decimal
print([c.__name__ for c in Fraction.__mro__])
print(Fraction.__bases__ == (numbers.Rational,), type(Fraction).__name__)
print(issubclass(Fraction, numbers.Real), isinstance(Fraction(1, 3), numbers.Number), isinstance(Fraction(2), numbers.Integral))
print(numbers.Rational in Fraction.__mro__, Fraction.__slots__)
try:
    Fraction(1, 2).x = 1
except AttributeError as e:
    print("AttributeError")
print(hasattr(Fraction(1, 2), "__dict__"))
class Money(Fraction):
    def __repr__(self):
        return f"Money({float(self):.2f})"
m = Money(7, 4)
print(m, m + 1, type(m + 1).__name__, isinstance(m, numbers.Rational), Money.__mro__[1].__name__)
print(Fraction(m), Fraction(3) == m - Fraction(-5, 4), m == 1.75, m < 2, 2 > m, m <= 1.75)
f = Fraction(3, 8)
for other in [2, -1, 0.5, Fraction(1, 8), True, 1 + 0j, 2j, Decimal("0.5") if False else 3]:
    print(repr(other), f + other, other + f, f * other, f == other, f != other)
for other in [2, 0.25, Fraction(1, 4)]:
    print(f < other, f > other, f <= other, f >= other, f - other, other - f, f / other, other / f)
print(f ** 2, f ** -2, f ** 0.5, 2 ** f, f ** Fraction(2), Fraction(-1, 2) ** -3, (-8) ** Fraction(1, 3) if False else "")
print(f // Fraction(1, 10), f % Fraction(1, 10), divmod(f, Fraction(1, 10)), 1 // f, 1.0 % f, divmod(2, f))
print(Fraction(1.5), Fraction(True), Fraction(Fraction(2, 4)), Fraction(3, Fraction(3, 2)), Fraction(Fraction(1, 2), Fraction(1, 3)))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) == complex(0.5, 1), f == "x", f < float("inf"), f > float("nan"))
try:
    f < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
print(numbers.Rational.__subclasscheck__(Money), sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 3)]))
print(f.real, f.imag, f.conjugate(), complex(f), float(f), int(f), round(f, 1), abs(-f), +f, -f, bool(Fraction(0)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), {Fraction(1, 2): "h"}[0.5])
