"""The numeric abstract base classes (PEP 3141): Number, Complex, Real, Rational, Integral.

Each class lists its abstract operations in a table (their bodies only raise
NotImplementedError) and defines by hand the operations that follow from the others.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


# Bodies of the abstract operations, by parameter list (the names are PEP 3141's).
def _takes_self(self):
    raise NotImplementedError


def _takes_other(self, other):
    raise NotImplementedError


def _takes_exponent(self, exponent):
    raise NotImplementedError


def _takes_base(self, base):
    raise NotImplementedError


def _takes_ndigits(self, ndigits=None):
    raise NotImplementedError


def _takes_modulus(self, exponent, modulus=None):
    raise NotImplementedError


_BODIES = {"": _takes_self, "other": _takes_other, "exponent": _takes_exponent,
           "base": _takes_base, "ndigits": _takes_ndigits, "modulus": _takes_modulus}


def _declare(cls, table):
    """Adds the abstract operations of `table` ("name/params" words; "@name" is an
    abstract read-only property) to `cls`, and recomputes its abstract set."""
    for word in table.split():
        if word.startswith("@"):
            name = word[1:]
            setattr(cls, name, property(abstractmethod(_renamed(_takes_self, name, cls))))
            continue
        name, _, params = word.partition("/")
        setattr(cls, name, abstractmethod(_renamed(_BODIES[params], name, cls)))
    cls.__abstractmethods__ = frozenset(
        n for n in dir(cls) if getattr(getattr(cls, n, None), "__isabstractmethod__", False))


def _renamed(body, name, cls):
    # A fresh function per operation, named after it.
    f = type(body)(body.__code__, body.__globals__, name, body.__defaults__)
    f.__qualname__ = f"{cls.__name__}.{name}"
    return f


class Number(metaclass=ABCMeta):
    """Root of the numeric tower: isinstance(x, Number) holds for any number."""
    __slots__ = ()
    # Unhashable unless a concrete class says how.
    __hash__ = None


class Complex(Number):
    """Numbers with complex arithmetic (complex is registered)."""
    __slots__ = ()

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


_declare(Complex, """__complex__/ @real @imag __add__/other __radd__/other __neg__/ __pos__/
    __mul__/other __rmul__/other __truediv__/other __rtruediv__/other __pow__/exponent
    __rpow__/base __abs__/ conjugate/ __eq__/other""")
Complex.register(complex)


class Real(Complex):
    """Numbers with an ordering and real-only operations (float is registered)."""
    __slots__ = ()

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    # As a complex number: its imaginary part is zero.
    def __complex__(self):
        return complex(float(self))

    real = property(lambda self: +self, doc="The number itself.")
    imag = property(lambda self: 0, doc="Zero.")

    def conjugate(self):
        return +self


_declare(Real, """__float__/ __trunc__/ __floor__/ __ceil__/ __round__/ndigits
    __floordiv__/other __rfloordiv__/other __mod__/other __rmod__/other __lt__/other
    __le__/other""")
Real.register(float)


class Rational(Real):
    """Reals that are a numerator over a denominator in lowest terms."""
    __slots__ = ()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


_declare(Rational, "@numerator @denominator")


class Integral(Rational):
    """Rationals with bitwise operations and __index__ (int is registered)."""
    __slots__ = ()

    def __index__(self):
        return int(self)

    # As a rational number: over 1.
    def __float__(self):
        return float(int(self))

    numerator = property(lambda self: +self, doc="The number itself.")
    denominator = property(lambda self: 1, doc="One.")


_declare(Integral, """__int__/ __pow__/modulus __lshift__/other __rlshift__/other
    __rshift__/other __rrshift__/other __and__/other __rand__/other __xor__/other
    __rxor__/other __or__/other __ror__/other __invert__/""")
Integral.register(int)

del _declare, _renamed
