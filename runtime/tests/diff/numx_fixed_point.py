"""A Q16.16 fixed-point number type registered with the numbers tower."""
import math
import numbers
import operator
from functools import total_ordering
from fractions import Fraction

FRAC_BITS = 16
ONE = 1 << FRAC_BITS
MASK32 = (1 << 32) - 1


@total_ordering
class Fixed(numbers.Real):
    __slots__ = ("raw",)

    def __init__(self, value=0, *, raw=None):
        if raw is not None:
            self.raw = self._wrap(raw)
        elif isinstance(value, Fixed):
            self.raw = value.raw
        elif isinstance(value, int):
            self.raw = self._wrap(value << FRAC_BITS)
        elif isinstance(value, (float, Fraction)):
            self.raw = self._wrap(round(value * ONE))
        else:
            raise TypeError(f"cannot make Fixed from {type(value).__name__}")

    @staticmethod
    def _wrap(raw):
        raw &= MASK32
        return raw - (1 << 32) if raw & (1 << 31) else raw

    @classmethod
    def _coerce(cls, other):
        if isinstance(other, Fixed):
            return other
        if isinstance(other, (int, float, Fraction)):
            return cls(other)
        return None

    def _binop(fn):
        def forward(self, other):
            o = self._coerce(other)
            if o is None:
                return NotImplemented
            return fn(self, o)

        def reverse(self, other):
            o = self._coerce(other)
            if o is None:
                return NotImplemented
            return fn(o, self)

        forward.__name__ = f"__{fn.__name__}__"
        reverse.__name__ = f"__r{fn.__name__}__"
        return forward, reverse

    def add(a, b):
        return Fixed(raw=a.raw + b.raw)

    def sub(a, b):
        return Fixed(raw=a.raw - b.raw)

    def mul(a, b):
        return Fixed(raw=(a.raw * b.raw) >> FRAC_BITS)

    def truediv(a, b):
        if b.raw == 0:
            raise ZeroDivisionError("Fixed division by zero")
        return Fixed(raw=(a.raw << FRAC_BITS) // b.raw)

    def floordiv(a, b):
        return Fixed(a.raw // b.raw)

    def mod(a, b):
        return Fixed(raw=a.raw % b.raw)

    __add__, __radd__ = _binop(add)
    __sub__, __rsub__ = _binop(sub)
    __mul__, __rmul__ = _binop(mul)
    __truediv__, __rtruediv__ = _binop(truediv)
    __floordiv__, __rfloordiv__ = _binop(floordiv)
    __mod__, __rmod__ = _binop(mod)
    del _binop, add, sub, mul, truediv, floordiv, mod

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        result = Fixed(1)
        base = self if n >= 0 else Fixed(1) / self
        for _ in range(abs(n)):
            result = result * base
        return result

    def __rpow__(self, other):
        return NotImplemented

    def __neg__(self):
        return Fixed(raw=-self.raw)

    def __pos__(self):
        return self

    def __abs__(self):
        return Fixed(raw=abs(self.raw))

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.raw == o.raw

    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.raw < o.raw

    def __le__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.raw <= o.raw

    def __hash__(self):
        return hash(Fraction(self.raw, ONE))

    def __float__(self):
        return self.raw / ONE

    def __trunc__(self):
        return int(self.raw / ONE) if self.raw < 0 else self.raw >> FRAC_BITS

    __int__ = __trunc__

    def __floor__(self):
        return self.raw >> FRAC_BITS

    def __ceil__(self):
        return -((-self.raw) >> FRAC_BITS)

    def __round__(self, ndigits=None):
        value = round(Fraction(self.raw, ONE), ndigits)
        return value if ndigits is None else Fixed(value)

    def __bool__(self):
        return self.raw != 0

    def __repr__(self):
        return f"Fixed({float(self)!r})"

    def __format__(self, spec):
        if spec.endswith("r"):
            return format(self.raw & MASK32, spec[:-1] + "x")
        return format(float(self), spec)

    def sqrt(self):
        if self.raw < 0:
            raise ValueError("math domain error")
        return Fixed(raw=math.isqrt(self.raw << FRAC_BITS))


a = Fixed(3.25)
b = Fixed(-1.5)
print("a, b:", a, b, repr(a + b), f"{a:.3f} {b:+08.2f} raw={a:08r} raw(b)={b:08r}")
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv), ("//", operator.floordiv), ("%", operator.mod)]
for sym, fn in ops:
    exact = fn(3.25, -1.5)
    print(f"  a {sym:>2} b = {fn(a, b)!r:<24} float says {exact!r}")
print("mixed:", a + 1, 2 * a, 10 - a, 1 / Fixed(8), a * 0.5, Fraction(1, 4) + a)
print("pow:", a ** 2, a ** 0, Fixed(2) ** -3, Fixed(2) ** 10)
print("compare:", a > b, a >= 3.25, b < 0, a == 3.25, Fixed(0.5) == Fraction(1, 2), a != b, max(a, b, Fixed(7)), sorted([a, b, Fixed(0)]))
print("rounding:", math.floor(b), math.ceil(b), math.trunc(b), int(b), round(Fixed(2.5)), round(Fixed(3.5)), round(Fixed(1.23456), 2))
print("float funcs:", math.sqrt(a), math.isclose(a, 3.25), f"{math.sin(Fixed(0.5)):.6f}", Fixed(2).sqrt(), Fixed(0.0625).sqrt())
print("bool/hash:", bool(Fixed(0)), bool(Fixed(0.00002)), hash(Fixed(0.5)) == hash(0.5), len({Fixed(1), 1, 1.0, Fraction(1)}))
print("abc:", isinstance(a, numbers.Real), isinstance(a, numbers.Complex), isinstance(a, numbers.Rational), Fixed.__mro__[1].__name__)
print("inherited:", a.real, a.imag, a.conjugate(), complex(a), divmod(a, Fixed(1)), divmod(Fixed(7), 2))
print("resolution:", Fixed(raw=1), float(Fixed(raw=1)), Fixed(1 / 3), Fixed(1 / 3) * 3, Fixed(32767) + 1)
try:
    Fixed(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fixed("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a ** 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    Fixed(-4).sqrt()
except ValueError as e:
    print("ValueError:", e)


class Incomplete(numbers.Real):
    def __float__(self):
        return 0.0


try:
    Incomplete()
except TypeError as e:
    msg = str(e)
    print("abstract:", msg.split(" with")[0], "| count:", len(msg.split("methods ")[1].split(", ")))

print("moving average filter in Q16.16:")
samples = [Fixed(x) for x in (1.0, 2.5, 3.0, 2.0, 5.5, 4.25, 3.75, 6.0)]
window = []
for s in samples:
    window.append(s)
    if len(window) > 3:
        window.pop(0)
    avg = sum(window, Fixed(0)) / len(window)
    print(f"  in={s:6.3f} avg={avg:8.4f} raw={avg:08r}")
print("overflow wraps:", Fixed(30000) + Fixed(30000), Fixed(-32768) - 1, Fixed(200) * Fixed(200))
print("sum:", sum([Fixed(0.1)] * 10), sum([0.1] * 10))
