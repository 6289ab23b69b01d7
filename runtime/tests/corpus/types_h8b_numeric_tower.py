"""A fixed-point Decimal-like type that plugs into the numbers ABCs and interoperates
with int, float, Fraction and Decimal."""
import math
import numbers
from decimal import Decimal
from fractions import Fraction
from functools import total_ordering


@total_ordering
class Fixed(numbers.Real):
    """Fixed-point number with 4 decimal places, stored as an int."""
    SCALE = 10_000
    __slots__ = ("_raw",)

    def __init__(self, value=0):
        if isinstance(value, Fixed):
            self._raw = value._raw
        elif isinstance(value, int):
            self._raw = value * self.SCALE
        elif isinstance(value, (float, Fraction, Decimal)):
            self._raw = round(Fraction(value) * self.SCALE)
        elif isinstance(value, str):
            self._raw = round(Fraction(value) * self.SCALE)
        else:
            raise TypeError(f"cannot make Fixed from {type(value).__name__}")

    @classmethod
    def _from_raw(cls, raw):
        f = cls.__new__(cls)
        f._raw = raw
        return f

    def _other(self, other):
        if isinstance(other, Fixed):
            return other
        if isinstance(other, (int, Fraction, Decimal)):
            return Fixed(other)
        return None

    def __repr__(self):
        return f"Fixed('{self}')"

    def __str__(self):
        sign = "-" if self._raw < 0 else ""
        q, r = divmod(abs(self._raw), self.SCALE)
        return f"{sign}{q}.{r:04d}"

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)

    def __add__(self, other):
        if isinstance(other, float):
            return float(self) + other
        o = self._other(other)
        return NotImplemented if o is None else Fixed._from_raw(self._raw + o._raw)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, float):
            return float(self) - other
        o = self._other(other)
        return NotImplemented if o is None else Fixed._from_raw(self._raw - o._raw)

    def __rsub__(self, other):
        return (-self).__add__(other)

    def __mul__(self, other):
        if isinstance(other, float):
            return float(self) * other
        o = self._other(other)
        return NotImplemented if o is None else Fixed._from_raw(self._raw * o._raw // self.SCALE)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, float):
            return float(self) / other
        o = self._other(other)
        if o is None:
            return NotImplemented
        if o._raw == 0:
            raise ZeroDivisionError("Fixed division by zero")
        return Fixed._from_raw(self._raw * self.SCALE // o._raw)

    def __rtruediv__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else o / self

    def __floordiv__(self, other):
        return math.floor(self / other)

    def __rfloordiv__(self, other):
        return math.floor(other / self)

    def __mod__(self, other):
        return self - Fixed(self // other) * other

    def __rmod__(self, other):
        return Fixed(other) % self

    def __pow__(self, n):
        if isinstance(n, int):
            result = Fixed(1)
            for _ in range(abs(n)):
                result = result * self
            return result if n >= 0 else Fixed(1) / result
        return float(self) ** float(n)

    def __rpow__(self, base):
        return base ** float(self)

    def __neg__(self):
        return Fixed._from_raw(-self._raw)

    def __pos__(self):
        return self

    def __abs__(self):
        return Fixed._from_raw(abs(self._raw))

    def __float__(self):
        return self._raw / self.SCALE

    def __int__(self):
        return int(self.__trunc__())

    def __trunc__(self):
        q = abs(self._raw) // self.SCALE
        return q if self._raw >= 0 else -q

    def __floor__(self):
        return self._raw // self.SCALE

    def __ceil__(self):
        return -(-self._raw // self.SCALE)

    def __round__(self, ndigits=None):
        value = Fraction(self._raw, self.SCALE)
        if ndigits is None:
            return round(value)
        return Fixed(round(value, ndigits))

    def __eq__(self, other):
        if isinstance(other, float):
            return float(self) == other
        o = self._other(other)
        return NotImplemented if o is None else self._raw == o._raw

    def __lt__(self, other):
        if isinstance(other, float):
            return float(self) < other
        o = self._other(other)
        return NotImplemented if o is None else self._raw < o._raw

    def __le__(self, other):
        lt = self.__lt__(other)
        return lt if lt is NotImplemented else lt or self == other

    def __hash__(self):
        return hash(Fraction(self._raw, self.SCALE))

    def __bool__(self):
        return self._raw != 0


a = Fixed("3.25")
b = Fixed(2)
c = Fixed(0.1)
print(a, b, c, repr(a), f"{a:.2f}", f"{a}")
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, 10 / b, a / 3)
print(a + 0.5, 0.5 + a, a * 1.5, type(a + 0.5).__name__)
print(a + Fraction(1, 4), Fraction(1, 4) + a, a + Decimal("0.75"))
print(b ** 3, b ** -2, b ** 0.5, 2 ** b, a ** 0)
print(int(a), float(a), math.floor(a), math.ceil(a), math.trunc(-a), round(a), round(a, 1), round(Fixed("2.5")))
print(math.floor(-a), math.ceil(-a), round(-a), divmod(Fixed(7), Fixed(2)) if hasattr(Fixed, "__divmod__") else "no divmod")
print(a == Fixed("3.2500"), a == 3.25, b == 2, 2 == b, a != b, a > b, b <= 2, a < 4, 3.0 < a)
print(sorted([a, b, c, Fixed(-1), Fixed("0.0001")]), max(a, b, 5), min(c, 0.05))
print(hash(b) == hash(2), hash(Fixed("0.5")) == hash(0.5), hash(a) == hash(Fraction(13, 4)))
print({b: "fixed", 2: "int"}, len({Fixed(1), 1, 1.0, Fraction(1)}))
print(bool(Fixed(0)), bool(c), sum([a, b, c]), sum([a, b], Fixed(0)))
print(isinstance(a, numbers.Real), isinstance(a, numbers.Number), isinstance(a, numbers.Integral), isinstance(a, numbers.Complex))
print(a.real, a.imag, a.conjugate(), complex(a), math.sqrt(b), math.isclose(float(c), 0.1))
try:
    Fixed([1])
except TypeError as e:
    print("TypeError:", e)
try:
    a / Fixed(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)

print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(Fraction(1, 2), numbers.Rational))
print(isinstance(Decimal(1), numbers.Real), isinstance(Decimal(1), numbers.Number), isinstance(True, numbers.Integral))
print(issubclass(numbers.Integral, numbers.Real), issubclass(float, numbers.Real), issubclass(complex, numbers.Real))

print(Fraction(3, 4) + 1, Fraction(3, 4) * 2.0, Fraction("1.25"), Fraction(0.5), Fraction(Decimal("0.3")))
print(Fraction(1, 3) < 0.34, Fraction(22, 7).limit_denominator(5), Fraction(5, 10).as_integer_ratio())
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(1234, 100), 1), math.floor(Fraction(-7, 2)))
print((1).as_integer_ratio(), (0.75).as_integer_ratio(), Decimal("1.5").as_integer_ratio())
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("1.00") == 1)
print(Decimal("0.1") * 3 == Decimal("0.3"), 0.1 * 3 == 0.3, Decimal(0.1))
try:
    Decimal("1.1") + 1.1
except TypeError as e:
    print("TypeError:", e)
print(Decimal("-0"), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("3.14159").quantize(Decimal("0.01")))
print(complex(1, 2) * complex(3, -1), abs(complex(3, 4)), (1 + 2j).conjugate(), complex("1-2j"), 1j ** 2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7.5 % -2, math.fmod(-7, 2))
print(int("0x1f", 16), int("0b101", 0), int("  42  "), int(-3.9), int(Fraction(-7, 2)), float("1e-3"), float(" -inf "))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else "")
print(math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2), math.factorial(12), math.isqrt(99))
