"""Rational numbers: the Fraction class (Ember's own implementation)."""

import math
import numbers
import sys

__all__ = ['Fraction']

# Hashes of rationals are computed modulo this prime, as for int and float,
# so that equal numbers of different types hash equally.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _digits_ok(s):
    """True for a non-empty run of decimal digits (any script's, as for int()) with
    single underscores between them."""
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return s.replace('_', '').isdecimal()


def _parse(text):
    """Parses '[sign] n[/d]' or a decimal such as '-1.5e3' into (numerator, denominator)."""
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not _digits_ok(num) or not _digits_ok(den):
            return None
        return sign * int(num), int(den)
    exp = 0
    low = s.lower()
    if 'e' in low:
        low, _, e = low.partition('e')
        if e[:1] in ('+', '-'):
            esign = -1 if e[0] == '-' else 1
            e = e[1:]
        else:
            esign = 1
        if not _digits_ok(e):
            return None
        exp = esign * int(e)
    intpart, dot, frac = low.partition('.')
    if not intpart and not frac:
        return None
    if intpart and not _digits_ok(intpart):
        return None
    if frac and not _digits_ok(frac):
        return None
    if dot and not intpart and not frac:
        return None
    frac = frac.replace('_', '')
    n = int(intpart or '0') * 10 ** len(frac) + int(frac or '0')
    d = 10 ** len(frac)
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _is_decimal(x):
    # A Decimal can exist only once the decimal module is loaded; look it up lazily rather
    # than importing decimal (large) whenever fractions is imported.
    mod = sys.modules.get('decimal')
    return mod is not None and isinstance(x, mod.Decimal)


def _is_rational(x):
    return isinstance(x, int) or (not isinstance(x, float) and isinstance(x, Fraction))


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, kept in lowest terms with a positive denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if type(numerator) is int and type(denominator) is int and denominator > 0:
            # The common case (results of arithmetic): skip the type dispatch.
            # (Separate stores: a tuple assignment costs more on this hot path.)
            if _normalize:
                common = math.gcd(numerator, denominator)
                if common > 1:
                    numerator //= common
                    denominator //= common
            self._numerator = numerator
            self._denominator = denominator
            return self
        if denominator is None:
            # int and float (which no Fraction can also be) come before the Fraction
            # test: a miss there runs ABCMeta.__instancecheck__, which is slow.
            if isinstance(numerator, int):
                # bool and other int subclasses are kept as plain ints.
                whole = numerator if type(numerator) is int else int(numerator)
                self._numerator, self._denominator = whole, 1
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if _is_decimal(numerator):
                # CPython's Fraction takes a Decimal exactly (through as_integer_ratio, which
                # raises for infinities and NaNs).
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif isinstance(numerator, numbers.Rational):
                self._numerator, self._denominator = numerator.numerator, numerator.denominator
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a = Fraction(numerator)
                b = Fraction(denominator)
                numerator = a._numerator * b._denominator
                denominator = a._denominator * b._numerator
            else:
                numerator = int(numerator)
                denominator = int(denominator)
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if not denominator:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            # Dividing by a divisor of the denominator's sign leaves the sign upstairs.
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator, denominator = numerator // common, denominator // common
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or int) as a Fraction."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Convergents h/k of self's continued fraction, up to the last one whose
        # denominator is within the bound; the answer is that convergent or the best
        # semiconvergent past it, whichever is nearer (the convergent on a tie).
        h_prev, k_prev, h, k = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while den:
            digit, rest = divmod(num, den)
            k_next = k_prev + digit * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + digit * h, k_next
            num, den = den, rest
        steps = (max_denominator - k_prev) // k
        nearest = (Fraction(h, k), Fraction(h_prev + steps * h, k_prev + steps * k))
        return min(nearest, key=lambda c: abs(c - self))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    # What numbers.Real gives a real number: its real part, a zero imaginary part.
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: Fraction op Fraction/int gives a Fraction, a float operand
    # gives a float, a complex operand a complex.

    def _coerce(self, other):
        # ints and floats are tested first: a miss on Fraction runs the slow
        # ABCMeta.__instancecheck__ (and no Fraction is also an int or a float).
        if isinstance(other, int):
            return Fraction(other)
        if isinstance(other, (float, complex)):
            return None
        if isinstance(other, Fraction):
            return other
        return None

    def _rcoerce(self, other):
        # A reflected operation also takes any other numbers.Rational as its left operand
        # (the forward ones take only int and Fraction, as CPython's do).
        c = self._coerce(other)
        if (c is None and not isinstance(other, (float, complex))
                and isinstance(other, numbers.Rational)):
            return Fraction(other.numerator, other.denominator)
        return c

    # Lowest terms without a gcd of the full result (Knuth, TAOCP 4.5.1): the parts
    # that can share a factor are known in advance, and only they are reduced.

    def _plus(a, nb, db):
        """a + nb/db. Over the common part k of the two denominators, the cross sum is
        already coprime to both cofactors; only its common factor with k can remain."""
        k = math.gcd(a._denominator, db)
        if k == 1:
            return Fraction(a._numerator * db + nb * a._denominator,
                            a._denominator * db, _normalize=False)
        left = a._denominator // k
        top = a._numerator * (db // k) + nb * left
        r = math.gcd(top, k)
        return Fraction(top // r, left * (db // r), _normalize=False)

    def _times(a, nb, db):
        """a * nb/db: each numerator cancels against the other denominator first."""
        p = math.gcd(a._numerator, db)
        q = math.gcd(nb, a._denominator)
        return Fraction((a._numerator // p) * (nb // q),
                        (a._denominator // q) * (db // p), _normalize=False)

    def _over(a, nb, db):
        """a / (nb/db): a * db/nb with the sign moved to the numerator. A zero divisor
        raises ZeroDivisionError naming the cancelled numerator (Fraction(1, 0)), as
        CPython's does."""
        p = math.gcd(a._numerator, nb) or 1
        q = math.gcd(db, a._denominator)
        top = (a._numerator // p) * (db // q)
        bottom = (nb // p) * (a._denominator // q)
        if bottom < 0:
            top, bottom = -top, -bottom
        return Fraction(top, bottom, _normalize=False)

    def __add__(a, b):
        if type(b) is Fraction:
            return a._plus(b._numerator, b._denominator)
        r = a._coerce(b)
        if r is not None:
            return a._plus(r._numerator, r._denominator)
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        r = b._rcoerce(a)
        if r is not None:
            return r + b
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if type(b) is Fraction:
            return a._plus(-b._numerator, b._denominator)
        r = a._coerce(b)
        if r is not None:
            return a._plus(-r._numerator, r._denominator)
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        r = b._rcoerce(a)
        if r is not None:
            return r - b
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if type(b) is Fraction:
            return a._times(b._numerator, b._denominator)
        r = a._coerce(b)
        if r is not None:
            return a._times(r._numerator, r._denominator)
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        r = b._rcoerce(a)
        if r is not None:
            return r * b
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        r = a._coerce(b)
        if r is not None:
            return a._over(r._numerator, r._denominator)
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        r = b._rcoerce(a)
        if r is not None:
            return r / b
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        r = a._coerce(b)
        if r is not None:
            return (a._numerator * r._denominator) // (a._denominator * r._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        r = b._rcoerce(a)
        if r is not None:
            return r // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        r = a._coerce(b)
        if r is not None:
            da, db = a._denominator, r._denominator
            return Fraction((a._numerator * db) % (r._numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        r = b._rcoerce(a)
        if r is not None:
            return r % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        r = a._coerce(b)
        if r is not None:
            da, db = a._denominator, r._denominator
            q, m = divmod(a._numerator * db, da * r._numerator)
            return q, Fraction(m, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        r = b._rcoerce(a)
        if r is not None:
            return divmod(r, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, float):
            return float(a) ** b
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            p = b if isinstance(b, int) else b._numerator
            if p >= 0:
                return Fraction(a._numerator ** p, a._denominator ** p, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -p))
            if a._numerator > 0:
                return Fraction(a._denominator ** -p, a._numerator ** -p, _normalize=False)
            return Fraction((-a._denominator) ** -p, (-a._numerator) ** -p, _normalize=False)
        if isinstance(b, Fraction):
            return float(a) ** float(b)
        if not isinstance(b, complex) and isinstance(b, numbers.Rational):
            if b.denominator == 1:
                return a ** Fraction(b.numerator)
            return float(a) ** float(b)
        # Anything else is left to float's power (which gives its own TypeError).
        return float(a) ** b

    def __rpow__(b, a):
        whole = b._denominator == 1
        if whole and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if not isinstance(a, (float, complex)) and isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        # Other bases: an integral exponent stays exact, anything else goes via float.
        return a ** (b._numerator if whole else float(b))

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if r * 2 < self._denominator:
                return q
            if r * 2 > self._denominator:
                return q + 1
            # Exactly half way: round to even.
            return q + (q % 2)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse exists.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int or isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if type(b) is Fraction:
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, complex):
            if b.imag != 0:
                return NotImplemented
            b = b.real
        elif not isinstance(b, float):
            if isinstance(b, numbers.Rational):
                return a._numerator == b.numerator and a._denominator == b.denominator
            return NotImplemented
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _cmp(a, b, op):
        if type(b) is Fraction:
            return op(a._numerator * b._denominator, b._numerator * a._denominator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return a._cmp(Fraction(b), op)
        r = a._rcoerce(b)
        if r is not None:
            return op(a._numerator * r._denominator, r._numerator * a._denominator)
        return NotImplemented

    def __lt__(a, b):
        if type(b) is Fraction:
            return a._numerator * b._denominator < b._numerator * a._denominator
        return a._cmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        if type(b) is Fraction:
            return a._numerator * b._denominator > b._numerator * a._denominator
        return a._cmp(b, lambda x, y: x > y)

    def __le__(a, b):
        if type(b) is Fraction:
            return a._numerator * b._denominator <= b._numerator * a._denominator
        return a._cmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        if type(b) is Fraction:
            return a._numerator * b._denominator >= b._numerator * a._denominator
        return a._cmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    # Fractions are immutable: a copy of a plain Fraction is the object itself; a
    # subclass instance is rebuilt through its class.
    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return Fraction.__copy__(self)

