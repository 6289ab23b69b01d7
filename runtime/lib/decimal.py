"""Decimal fixed- and floating-point arithmetic (the General Decimal Arithmetic model).

A finite Decimal is sign, an integer coefficient and a power-of-ten exponent; specials are
infinities and quiet/signalling NaNs. Results are rounded to the context's precision, and the
context records (flags) or raises (traps) the signals each operation produces.
"""

import math as _math
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

# Rounding modes are plain strings equal to their own names.
_ROUNDINGS = ('ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
              'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP')
(ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
 ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP) = _ROUNDINGS

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals a context tracks, in the order its flags and traps mappings list them.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# The order Context.__repr__ lists set flags and traps in.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# Conditions that are reported through a more general signal.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class _SignalDict(dict):
    """The flags or traps of a context: signal class -> bool."""

    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + k.__name__, v)
                               for k, v in self.items()) + '}'


def _signal_dict(on=()):
    d = _SignalDict()
    for s in _SIGNALS:
        d[s] = s in on
    return d


class Context(object):
    """Precision, rounding, exponent limits and the flags and traps of signals."""
    __ember_tp_name__ = 'decimal.Context'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, **unknown):
        if unknown:
            raise TypeError("'%s' is an invalid keyword argument for this function"
                            % next(iter(unknown)))
        dc = DefaultContext if '_default_made' in globals() else None
        object.__setattr__(self, '_prec', 28)
        object.__setattr__(self, '_rounding', ROUND_HALF_EVEN)
        object.__setattr__(self, '_Emin', -999999)
        object.__setattr__(self, '_Emax', 999999)
        object.__setattr__(self, '_capitals', 1)
        object.__setattr__(self, '_clamp', 0)
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = [s for s, v in dc.traps.items() if v] if dc else \
                [InvalidOperation, DivisionByZero, Overflow]
        if flags is None:
            flags = []
        object.__setattr__(self, 'traps', self._signals_from(traps, 'traps'))
        object.__setattr__(self, 'flags', self._signals_from(flags, 'flags'))

    @staticmethod
    def _signals_from(v, what):
        if isinstance(v, dict):
            d = _signal_dict()
            for k, on in v.items():
                if k not in d:
                    raise KeyError("invalid signal dict")
                d[k] = bool(on)
            return d
        try:
            items = list(v)
        except TypeError:
            raise TypeError("argument must be a signal dict") from None
        for s in items:
            if s not in _SIGNALS:
                raise KeyError("invalid signal dict")
        return _signal_dict(items)

    # Validated attributes, with the C implementation's messages.
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        object.__setattr__(self, '_prec', v)
        self._limits()

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if v not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                            "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                            "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, '_rounding', v)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        object.__setattr__(self, '_Emin', v)
        self._limits()

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        object.__setattr__(self, '_Emax', v)
        self._limits()

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        object.__setattr__(self, '_capitals', v)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        object.__setattr__(self, '_clamp', v)

    def _limits(self):
        # For _finish's fast path: coefficients below 10**prec at exponents in
        # [Emin, Emax - prec + 1] need no rounding, clamping or range signals.
        object.__setattr__(self, '_limit', 10 ** self._prec if self._prec < 10000 else None)
        object.__setattr__(self, '_etop', self._Emax - self._prec + 1)

    def __setattr__(self, name, value):
        if name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp'):
            object.__setattr__(self, name, value)
        elif name in ('flags', 'traps'):
            object.__setattr__(self, name, self._signals_from(value, name))
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def __repr__(self):
        fl = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        tr = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self._prec, self._rounding, self._Emin, self._Emax,
                                            self._capitals, self._clamp, ', '.join(fl),
                                            ', '.join(tr)))

    def copy(self):
        return Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                       self._clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                          self._clamp, [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def _signal(self, conds):
        """Records the conditions `conds` (classes); raises the first trapped one."""
        trapped = []
        for c in conds:
            s = _CONDITION_SIGNAL.get(c, c)
            self.flags[s] = True
            if self.traps[s]:
                trapped.append(c)
        if trapped:
            first = _CONDITION_SIGNAL.get(trapped[0], trapped[0])
            # Like _decimal, the argument is the list of trapped condition classes.
            raise first(trapped)

    def _invalid(self, cond=InvalidOperation):
        self._signal([cond])
        return _NAN

    def create_decimal(self, num='0'):
        if isinstance(num, str) and num != num.strip():
            return self._invalid(ConversionSyntax)
        d = Decimal(num, self)
        if d._special:
            if d._special != 'F' and len(_int_str(d._coef)) > self._prec - self._clamp and d._coef:
                return self._invalid(ConversionSyntax)
            return d
        return _finish(d._sign, d._coef, d._exp, self)

    def create_decimal_from_float(self, f):
        return _finish_dec(Decimal.from_float(f), self)

    # Arithmetic on the context, as the module-level operations take it.
    def _conv(self, v):
        return _convert(v, True)

    def abs(self, a):
        return self._conv(a).__abs__(context=self)

    def add(self, a, b):
        return _add(self._conv(a), self._conv(b), self)

    def subtract(self, a, b):
        b = self._conv(b)
        return _add(self._conv(a), b if b._special in ('n', 'N') else b.copy_negate(), self)

    def multiply(self, a, b):
        return _mul(self._conv(a), self._conv(b), self)

    def divide(self, a, b):
        return _div(self._conv(a), self._conv(b), self)

    def divide_int(self, a, b):
        return _divmod(self._conv(a), self._conv(b), self, 1)[0]

    def remainder(self, a, b):
        return _divmod(self._conv(a), self._conv(b), self, 2)[1]

    def divmod(self, a, b):
        return _divmod(self._conv(a), self._conv(b), self)

    def power(self, a, b, modulo=None):
        return self._conv(a).__pow__(self._conv(b), modulo, context=self)

    def sqrt(self, a):
        return self._conv(a).sqrt(self)

    def exp(self, a):
        return self._conv(a).exp(self)

    def ln(self, a):
        return self._conv(a).ln(self)

    def log10(self, a):
        return self._conv(a).log10(self)

    def plus(self, a):
        return self._conv(a).__pos__(context=self)

    def minus(self, a):
        return self._conv(a).__neg__(context=self)

    def quantize(self, a, b):
        return self._conv(a).quantize(self._conv(b), context=self)

    def compare(self, a, b):
        return self._conv(a).compare(b, self)

    def max(self, a, b):
        return self._conv(a).max(b, self)

    def min(self, a, b):
        return self._conv(a).min(b, self)

    def to_integral_value(self, a):
        return self._conv(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._conv(a).to_integral_exact(context=self)

    def normalize(self, a):
        return self._conv(a).normalize(self)

    def fma(self, a, b, c):
        return self._conv(a).fma(b, c, self)

    def is_zero(self, a):
        return self._conv(a).is_zero()

    def is_signed(self, a):
        return self._conv(a).is_signed()

    def is_nan(self, a):
        return self._conv(a).is_nan()

    def is_finite(self, a):
        return self._conv(a).is_finite()

    def copy_abs(self, a):
        return self._conv(a).copy_abs()

    def copy_negate(self, a):
        return self._conv(a).copy_negate()

    def to_sci_string(self, a):
        return self._conv(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._conv(a).to_eng_string(self)

    def radix(self):
        return Decimal(10)

    def _bind(name):
        def method(self, a, *rest):
            args = [self._conv(x) if i == 0 else x for i, x in enumerate((a,) + rest)]
            return getattr(args[0], name)(*args[1:], context=self)
        method.__name__ = name
        return method

    for _name in ('compare_signal', 'compare_total', 'compare_total_mag', 'max_mag', 'min_mag',
                  'next_plus', 'next_minus', 'next_toward', 'rotate', 'shift', 'scaleb', 'logb',
                  'logical_and', 'logical_or', 'logical_xor', 'logical_invert',
                  'remainder_near', 'number_class', 'is_normal', 'is_subnormal', 'copy_sign'):
        locals()[_name] = _bind(_name)
    del _name

    def is_infinite(self, a):
        return self._conv(a).is_infinite()

    def is_qnan(self, a):
        return self._conv(a).is_qnan()

    def is_snan(self, a):
        return self._conv(a).is_snan()

    def is_canonical(self, a):
        return True

    def canonical(self, a):
        return self._conv(a)

    def copy_decimal(self, a):
        return self._conv(a)

    def same_quantum(self, a, b):
        return self._conv(a).same_quantum(b)

    def __reduce_ex__(self, proto):
        return self.__reduce__()


_current = None

# Each thread has its own context (a new thread starts from DefaultContext).
import _ember_thread
_ember_thread.thread_global(globals(), '_current', lambda: None)
del _ember_thread


def getcontext():
    """The current thread's context."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _LocalContext:
    """Installs `ctx` for the duration of a with-block, then puts the previous one back."""
    __slots__ = ('_ctx', '_prev')

    def __init__(self, ctx):
        self._ctx = ctx
        self._prev = None

    def __enter__(self):
        self._prev, ctx = getcontext(), self._ctx
        setcontext(ctx)
        return ctx

    def __exit__(self, *exc_info):
        setcontext(self._prev)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block with a copy of `ctx` (default: the current one)."""
    if ctx is None:
        ctx = _current or getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _LocalContext(new)


def _digits(n):
    """Number of decimal digits of the non-negative int n (1 for 0)."""
    if n < 10:
        return 1
    # The bit length bounds the digit count to within one; str() settles big values exactly.
    if n < 10 ** 18:
        return len(str(n))
    est = (n.bit_length() * 30103) // 100000
    # Powers from the table: building 10**est afresh cost more than the rest.
    p = _P10[est] if est < 63 else 10 ** est
    if n >= p * 10:
        return est + 2
    if n >= p:
        return est + 1
    return est


_P10 = [10 ** i for i in range(64)]


def _int_str(n):
    """The decimal digits of the non-negative int n, however many (str() refuses more
    than sys.get_int_max_str_digits() of them)."""
    if n.bit_length() < 13000:
        return str(n)
    k = (n.bit_length() * 30103 // 100000) // 2
    hi, lo = divmod(n, 10 ** k)
    return _int_str(hi) + _int_str(lo).rjust(k, '0')


def _str_int(s):
    """int(s) for a string of ASCII digits of any length."""
    if len(s) <= 4000:
        return int(s)
    k = len(s) // 2
    return _str_int(s[:-k]) * 10 ** k + _str_int(s[-k:])


def _round_off(sign, coef, drop, rounding):
    """Drops `drop` >= 1 low digits of coef rounding as `rounding` says: (new coef, inexact)."""
    p = _P10[drop] if drop < 64 else 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = p >> 1
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_HALF_UP:
        up = r >= p >> 1
    elif rounding == ROUND_HALF_DOWN:
        up = r > p >> 1
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _new(sign, coef, exp, special=''):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


def _finish(sign, coef, exp, ctx, conds=None):
    """The value sign*coef*10**exp rounded to the context, signalling what happened."""
    if conds is None:
        lim = ctx._limit
        # With a huge precision, the bit length shows the coefficient fits (10**p > 8**p).
        if (coef < lim if lim is not None else coef.bit_length() < 3 * ctx._prec) and \
                ctx._Emin <= exp <= ctx._etop:
            return _new(sign, coef, exp)
        conds = []
    prec = ctx._prec
    emin = ctx._Emin
    emax = ctx._Emax
    etiny = emin - prec + 1
    if coef == 0:
        top = emax - prec + 1 if ctx._clamp else emax
        if exp < etiny:
            exp = etiny
            conds.append(Clamped)
        elif exp > top:
            exp = top
            conds.append(Clamped)
        if conds:
            ctx._signal(conds)
        return _new(sign, 0, exp)
    nd = _digits(coef)
    adj = exp + nd - 1
    if adj < emin:
        # Subnormal: the exponent may not go below Etiny.
        if exp < etiny:
            drop = etiny - exp
            if drop > nd + 1:
                # Only the fact that something non-zero is dropped matters.
                coef, drop = 1, 2
            coef, inexact = _round_off(sign, coef, drop, ctx._rounding)
            exp = etiny
            conds.append(Subnormal)
            conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
                conds.append(Underflow)
                if coef == 0:
                    conds.append(Clamped)
        else:
            conds.append(Subnormal)
        ctx._signal(conds)
        return _new(sign, coef, exp)
    if nd > prec:
        drop = nd - prec
        coef, inexact = _round_off(sign, coef, drop, ctx._rounding)
        exp += drop
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
        nd = prec
    else:
        nd = _digits(coef)
    if exp + nd - 1 > emax:
        conds[:] = [Overflow, Inexact, Rounded]
        r = ctx._rounding
        if r in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP) or \
                (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
            ctx._signal(conds)
            return _new(sign, 0, 0, 'F')
        ctx._signal(conds)
        return _new(sign, 10 ** prec - 1, emax - prec + 1)
    if ctx._clamp and exp > emax - prec + 1:
        top = emax - prec + 1
        coef *= 10 ** (exp - top)
        exp = top
        conds.append(Clamped)
    if conds:
        ctx._signal(conds)
    return _new(sign, coef, exp)


def _finish_dec(d, ctx):
    if d._special:
        return d
    return _finish(d._sign, d._coef, d._exp, ctx)


def _parse(s):
    """Parses a numeric string into (sign, coef, exp, special) or None."""
    s = s.strip().replace('_', '') if '_' in s else s.strip()
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            rest = low[len(prefix):]
            if rest == '':
                return sign, 0, 0, kind
            if rest.isdigit() and rest.isascii():
                return sign, _str_int(rest), 0, kind
            return None
    mant, e, expo = low.partition('e')
    exp = 0
    if e:
        if not expo:
            return None
        body = expo[1:] if expo[0] in '+-' else expo
        if not body.isdigit():
            return None
        exp = int(expo)
    ip, dot, fp = mant.partition('.')
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    return sign, _str_int(ip + fp), exp - len(fp), ''


def _convert(v, raise_it=False):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _new(1 if v < 0 else 0, abs(v), 0)
    if raise_it:
        raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)
    return NotImplemented


def _is_rational(v):
    """A Fraction (or other numbers.Rational) that is not an int."""
    import numbers
    return isinstance(v, numbers.Rational) and not isinstance(v, int)


def _convert_other(v, allow_float=False):
    """An operand for arithmetic: Decimal or int (and float for comparisons), else None."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _new(1 if v < 0 else 0, abs(v), 0)
    if allow_float and isinstance(v, float):
        return Decimal.from_float(v)
    return None


def _nan_result(a, b, ctx):
    """When either operand is a NaN, the NaN result (signalling NaNs are invalid)."""
    for x in (a, b):
        if x is not None and x._special == 'N':
            ctx._signal([InvalidOperation])
            return _new(x._sign, _payload(x._coef, ctx), 0, 'n')
    for x in (a, b):
        if x is not None and x._special == 'n':
            coef = _payload(x._coef, ctx)
            return x if coef == x._coef else _new(x._sign, coef, 0, 'n')
    return None


def _payload(coef, ctx):
    # A NaN payload longer than the context allows keeps only its low digits
    # (8**p < 10**p: a short bit length means it fits).
    p = ctx._prec - ctx._clamp
    if coef.bit_length() <= 3 * p:
        return coef
    return coef % 10 ** p


_NAN = None


def _check_rounding(r):
    if r is not None and r not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                        "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                        "ROUND_HALF_EVEN,\n   ROUND_05UP]")
    return r


def _op_error(sym, a, b):
    """NotImplemented, or for operands no other type will take, CPython's TypeError naming
    the type as `decimal.Decimal` (the C type's full name)."""
    other = b if isinstance(a, Decimal) else a
    if isinstance(other, (float, complex, type(None))):
        def name(x):
            return 'decimal.Decimal' if type(x) is Decimal else type(x).__name__
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (sym, name(a), name(b)))
    return NotImplemented


class Decimal(object):
    """A decimal floating-point number: Decimal('3.14'), Decimal(314), Decimal(3.14)."""
    __ember_tp_name__ = 'decimal.Decimal'

    __slots__ = ('_sign', '_coef', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if type(value) is int and cls is Decimal:
            d = object.__new__(Decimal)
            if value < 0:
                d._sign = 1
                d._coef = -value
            else:
                d._sign = 0
                d._coef = value
            d._exp = 0
            d._special = ''
            return d
        if isinstance(value, str):
            r = _parse(value)
            if r is None:
                ctx = context if context is not None else (_current or getcontext())
                ctx._signal([ConversionSyntax])
                sign, coef, exp, special = 0, 0, 0, 'n'
            else:
                sign, coef, exp, special = r
        elif isinstance(value, Decimal):
            if cls is Decimal:
                return value
            sign, coef, exp, special = value._sign, value._coef, value._exp, value._special
        elif isinstance(value, bool) or isinstance(value, int):
            sign, coef, exp, special = (1 if value < 0 else 0), abs(int(value)), 0, ''
        elif isinstance(value, float):
            ctx = context if context is not None else (_current or getcontext())
            if ctx.traps[FloatOperation]:
                ctx._signal([FloatOperation])
            ctx.flags[FloatOperation] = True
            d = Decimal.from_float(value)
            sign, coef, exp, special = d._sign, d._coef, d._exp, d._special
        elif isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            special = ''
            if exp == 'F':
                special = 'F'
                exp = 0
            elif exp in ('n', 'N'):
                special = exp
                exp = 0
            elif not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            coef = 0
            for dg in digits:
                if not isinstance(dg, int) or not 0 <= dg <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coef = coef * 10 + dg
            if special == 'F':
                coef = 0
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal:
            return _new(sign, coef, exp, special)
        d = object.__new__(cls)
        d._sign = sign
        d._coef = coef
        d._exp = exp
        d._special = special
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            if f != f:
                d = _new(0, 0, 0, 'n')
            elif f in (float('inf'), float('-inf')):
                d = _new(1 if f < 0 else 0, 0, 0, 'F')
            else:
                sign = 1 if _math.copysign(1.0, f) < 0 else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                # n / 2**k == n * 5**k / 10**k exactly.
                d = _new(sign, n * 5 ** k, -k)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # A Decimal is its own real part and conjugate; the imaginary part is always zero.
    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    def conjugate(self):
        return self

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._coef) - 1

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in _int_str(self._coef)) if self._coef or not self._special else ()
        if self._special:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        n = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._coef == 0:
            return False
        ctx = context if context is not None else (_current or getcontext())
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        if self._special or self._coef == 0:
            return False
        ctx = context if context is not None else (_current or getcontext())
        return self.adjusted() < ctx._Emin

    def canonical(self):
        return self

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._coef, self._exp, self._special)

    # Text.
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + \
                (_int_str(self._coef) if self._coef else '')
        digits = _int_str(self._coef)
        exp = self._exp
        # Where the decimal point goes, counted in digits from the left; the exponent shown
        # is whatever is left over (the General Decimal Arithmetic to-string rules).
        left = exp + len(digits)
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._coef == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            body = digits + '0' * (dot - len(digits))
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if left == dot:
            return sign + body
        ctx = context if context is not None else (_current or getcontext())
        mark = 'E' if ctx._capitals else 'e'
        return sign + body + mark + '%+d' % (left - dot)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # Conversions.
    def __bool__(self):
        return self._special != '' or self._coef != 0

    def _to_int(self, rounding):
        if self._special:
            if self._special == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n, _ = _round_off(self._sign, self._coef, -self._exp, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __float__(self):
        if self._special:
            if self._special == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_new(0, 1, -n))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        m = 2305843009213693951  # 2**61 - 1, the modulus of numeric hashing
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, m) % m
        else:
            # 10**-1 modulo m, raised to the exponent's magnitude.
            h = self._coef * pow(2075258708292324556, -self._exp, m) % m
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # Decimals are immutable: copies (shallow or deep) are the object itself,
    # as with CPython's C decimal; pickling goes through the string form.
    def __copy__(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __deepcopy__(self, memo):
        return self

    # Comparison.
    def _cmp(self, other):
        """-1, 0 or 1 comparing finite-or-infinite self and other (no NaNs)."""
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a == b:
                return 0 if a else (0 if self._sign == other._sign else 0)
            if a or b:
                if a and b:
                    return -1 if a < b else 1
                if a:
                    return a
                return -b
        if self._coef == 0 and other._coef == 0:
            return 0
        if self._coef == 0:
            return 1 if other._sign else -1
        if other._coef == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        a_adj = self.adjusted()
        b_adj = other.adjusted()
        if a_adj != b_adj:
            r = 1 if a_adj > b_adj else -1
        else:
            e = min(self._exp, other._exp)
            x = self._coef * 10 ** (self._exp - e)
            y = other._coef * 10 ** (other._exp - e)
            r = (x > y) - (x < y)
        return -r if self._sign else r

    def _order(self, other, op):
        o = _convert_other(other, True)
        if o is None:
            # CPython orders a Decimal against any Rational (Fraction) exactly, by
            # cross-multiplying with the denominator.
            if not _is_rational(other):
                return NotImplemented
            if self._special in ('n', 'N'):
                getcontext()._signal([InvalidOperation])
                return False
            if self._special == 'F':
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                x = n * other.denominator
                y = other.numerator * d
                c = (x > y) - (x < y)
            return (c < 0, c <= 0, c > 0, c >= 0)[op]
        if isinstance(other, float):
            ctx = _current or getcontext()
            ctx._signal([FloatOperation]) if ctx.traps[FloatOperation] else None
            ctx.flags[FloatOperation] = True
        if self._special in ('n', 'N') or o._special in ('n', 'N'):
            getcontext()._signal([InvalidOperation])
            return False
        c = self._cmp(o)
        if op == 0:
            return c < 0
        if op == 1:
            return c <= 0
        if op == 2:
            return c > 0
        return c >= 0

    def __eq__(self, other):
        if isinstance(other, float):
            o = Decimal.from_float(other)
            getcontext().flags[FloatOperation] = True
        elif isinstance(other, complex):
            if other.imag != 0:
                return False
            o = Decimal.from_float(other.real)
        else:
            o = other if type(other) is Decimal else _convert_other(other)
            if o is None:
                from fractions import Fraction
                if isinstance(other, Fraction):
                    if self._special:
                        return False
                    n, d = self.as_integer_ratio()
                    return n == other.numerator and d == other.denominator
                return NotImplemented
        if self._special in ('n', 'N') or o._special in ('n', 'N'):
            if self._special == 'N' or o._special == 'N':
                getcontext()._signal([InvalidOperation])
            return False
        return self._cmp(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._order(other, 0)

    def __le__(self, other):
        return self._order(other, 1)

    def __gt__(self, other):
        return self._order(other, 2)

    def __ge__(self, other):
        return self._order(other, 3)

    def compare(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)

        def key(d):
            rank = {'': 0, 'F': 1, 'n': 3, 'N': 2}[d._special]
            return rank

        ka, kb = key(self), key(other)
        if ka != kb:
            r = -1 if ka < kb else 1
        elif ka == 0:
            r = self._cmp(other)
            if r != 0:
                # Finite values of one sign: their numeric order (already signed).
                return Decimal(r)
            r = (self._exp > other._exp) - (self._exp < other._exp)
        elif ka >= 2:
            r = (self._coef > other._coef) - (self._coef < other._coef)
        else:
            r = 0
        return Decimal(-r if self._sign else r)

    def max(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        if self._special == 'n' and not other.is_nan():
            return _finish_dec(other, ctx)
        if other._special == 'n' and not self.is_nan():
            return _finish_dec(self, ctx)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._cmp(Decimal(0))
        return _finish_dec(self if c >= 0 else other, ctx)

    def min(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        if self._special == 'n' and not other.is_nan():
            return _finish_dec(other, ctx)
        if other._special == 'n' and not self.is_nan():
            return _finish_dec(self, ctx)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._cmp(Decimal(0))
        return _finish_dec(self if c <= 0 else other, ctx)

    # Unary arithmetic.
    def __neg__(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special:
            return _new(1 - self._sign, 0, 0, 'F')
        sign = 1 - self._sign
        if self._coef == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(sign, self._coef, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special:
            return self
        sign = self._sign
        if self._coef == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(sign, self._coef, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special:
            return _new(0, 0, 0, 'F')
        return _finish(0, self._coef, self._exp, ctx)

    # Binary arithmetic.
    def __add__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('+', self, other)
        return _add(self, o, context if context is not None else (_current or getcontext()))

    def __radd__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('+', other, self)
        return _add(o, self, context if context is not None else (_current or getcontext()))

    def __sub__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('-', self, other)
        # A NaN operand comes back as it is (its sign is not flipped), as in libmpdec.
        return _add(self, o if o._special in ('n', 'N') else o.copy_negate(),
                    context if context is not None else (_current or getcontext()))

    def __rsub__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('-', other, self)
        return _add(o, self if self._special in ('n', 'N') else self.copy_negate(),
                    context if context is not None else (_current or getcontext()))

    def __mul__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('*', self, other)
        return _mul(self, o, context if context is not None else (_current or getcontext()))

    def __rmul__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('*', other, self)
        return _mul(o, self, context if context is not None else (_current or getcontext()))

    def __truediv__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('/', self, other)
        return _div(self, o, context if context is not None else (_current or getcontext()))

    def __rtruediv__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('/', other, self)
        return _div(o, self, context if context is not None else (_current or getcontext()))

    def __floordiv__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('//', self, other)
        return _divmod(self, o, context if context is not None else (_current or getcontext()), 1)[0]

    def __rfloordiv__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('//', other, self)
        return _divmod(o, self, context if context is not None else (_current or getcontext()), 1)[0]

    def __mod__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('%', self, other)
        return _divmod(self, o, context if context is not None else (_current or getcontext()), 2)[1]

    def __rmod__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('%', other, self)
        return _divmod(o, self, context if context is not None else (_current or getcontext()), 2)[1]

    def __divmod__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('divmod()', self, other)
        return _divmod(self, o, context if context is not None else (_current or getcontext()))

    def __rdivmod__(self, other, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('divmod()', other, self)
        return _divmod(o, self, context if context is not None else (_current or getcontext()))

    def remainder_near(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        if self._special or other._special or other._coef == 0:
            return _divmod(self, other, ctx, 2)[1]
        e = min(self._exp, other._exp)
        if self._coef and self.adjusted() - other.adjusted() > ctx._prec:
            return ctx._invalid(DivisionImpossible)
        if self.adjusted() - other.adjusted() <= -2:
            # |self| < |other| / 10: self is already the nearest remainder.
            return _finish(self._sign, self._coef * 10 ** (self._exp - e), e, ctx)
        x = self._coef * 10 ** (self._exp - e)
        y = other._coef * 10 ** (other._exp - e)
        q, r = divmod(x, y)
        # Pick the remainder nearest zero; on a tie, the one whose quotient is even.
        if 2 * r + (q & 1) > y:
            r -= y
            q += 1
        if _digits(q) > ctx._prec:
            return ctx._invalid(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _finish(sign, r, e, ctx)

    def __pow__(self, other, modulo=None, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('** or pow()', self, other)
        ctx = context if context is not None else (_current or getcontext())
        if modulo is not None:
            m = _convert(modulo, True)
            if self._special or o._special or m._special or self._exp < 0 or o._exp < 0 \
                    or m._exp < 0 or m._coef == 0 or o._sign:
                return ctx._invalid()
            base = self._to_int(ROUND_DOWN)
            r = pow(base, o._to_int(ROUND_DOWN), m._to_int(ROUND_DOWN))
            return _finish(1 if r < 0 else 0, abs(r), 0, ctx)
        return _pow(self, o, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        o = other if type(other) is Decimal else _convert_other(other)
        if o is None:
            return _op_error('** or pow()', other, self)
        return o.__pow__(self, modulo, context)

    def fma(self, other, third, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        third = _convert(third, True)
        exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        if self._special or other._special:
            p = _mul(self, other, ctx)
        else:
            p = _new(self._sign ^ other._sign, self._coef * other._coef, self._exp + other._exp)
        return _add(p, third, ctx)

    # Rounding to an exponent.
    def quantize(self, exp, rounding=None, context=None):
        ctx = context if context is not None else (_current or getcontext())
        if type(exp) is not Decimal:
            exp = _convert(exp, True)
        if self._special or exp._special:
            n = _nan_result(self, exp, ctx)
            if n is not None:
                return n
            if self._special == 'F' and exp._special == 'F':
                return self
            return ctx._invalid()
        rnd = _check_rounding(rounding) if rounding is not None else ctx._rounding
        target = exp._exp
        if not ctx.Etiny() <= target <= ctx._Emax:
            return ctx._invalid()
        if self._coef == 0:
            return _new(self._sign, 0, target)
        if target > self._exp:
            coef, inexact = _round_off(self._sign, self._coef, target - self._exp, rnd)
            conds = [Rounded, Inexact] if inexact else [Rounded]
        else:
            conds = None
            d = self._exp - target
            coef = self._coef * (_P10[d] if d < 64 else 10 ** d)
        lim = ctx._limit
        if lim is not None and coef < lim and ctx._Emin <= target <= ctx._etop:
            # Fits the precision and the exponent range: only rounding signals remain.
            if conds:
                ctx._signal(conds)
            return _new(self._sign, coef, target)
        conds = conds or []
        nd = _digits(coef)
        if nd > ctx._prec:
            return ctx._invalid()
        if coef and target + nd - 1 > ctx._Emax:
            return ctx._invalid()
        if coef and target + nd - 1 < ctx._Emin:
            conds.append(Subnormal)
        if conds:
            ctx._signal(conds)
        return _new(self._sign, coef, target)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def _integral(self, rounding, ctx, exact):
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special or self._exp >= 0:
            return self
        rnd = _check_rounding(rounding) if rounding is not None else ctx._rounding
        if self._coef == 0:
            return _new(self._sign, 0, 0)
        coef, inexact = _round_off(self._sign, self._coef, -self._exp, rnd)
        if exact:
            ctx._signal([Rounded, Inexact] if inexact else [Rounded])
        return _new(self._sign, coef, 0)

    def to_integral_value(self, rounding=None, context=None):
        return self._integral(rounding, context if context is not None else (_current or getcontext()), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._integral(rounding, context if context is not None else (_current or getcontext()), True)

    def normalize(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special:
            return self
        d = _finish(self._sign, self._coef, self._exp, ctx)
        if d._special:
            return d
        if d._coef == 0:
            return _new(d._sign, 0, 0)
        coef, exp = d._coef, d._exp
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _new(d._sign, coef, exp)

    def scaleb(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        if other._special or other._exp != 0:
            return ctx._invalid()
        if self._special:
            return self
        k = other._coef * (-1 if other._sign else 1)
        return _finish(self._sign, self._coef, self._exp + k, ctx)

    def shift(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        prec = ctx._prec
        if other._exp != 0 or other._special or other._coef > prec:
            return ctx._invalid()
        if self._special:
            return self
        k = -other._coef if other._sign else other._coef
        # Only the last prec digits of the coefficient take part.
        coef = self._coef % 10 ** prec
        if k >= 0:
            coef = (coef * 10 ** k) % 10 ** prec
        else:
            coef //= 10 ** -k
        return _new(self._sign, coef, self._exp)

    def logb(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special == 'F':
            return _new(0, 0, 0, 'F')
        if self._coef == 0:
            ctx._signal([DivisionByZero])
            return _new(1, 0, 0, 'F')
        adj = self.adjusted()
        return _finish(1 if adj < 0 else 0, abs(adj), 0, ctx)

    def number_class(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._special == 'F':
            return s + 'Infinity'
        if self._coef == 0:
            return s + 'Zero'
        if self.adjusted() < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def next_plus(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special == 'F':
            # -Infinity steps up to the most negative finite number.
            if self._sign:
                return _new(1, 10 ** ctx._prec - 1, ctx.Etop())
            return self
        c = ctx.copy()
        c.rounding = ROUND_CEILING
        c.traps = []
        if not self._special:
            # An operand the context cannot hold is just rounded onto it.
            c.clear_flags()
            r = _finish(self._sign, self._coef, self._exp, c)
            if c.flags[Inexact]:
                return r
        return _add(self, _new(0, 1, ctx.Etiny() - 1), c)

    def next_minus(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special == 'F':
            # Infinity steps down to the largest finite number.
            if not self._sign:
                return _new(0, 10 ** ctx._prec - 1, ctx.Etop())
            return self
        c = ctx.copy()
        c.rounding = ROUND_FLOOR
        c.traps = []
        if not self._special:
            # An operand the context cannot hold is just rounded onto it.
            c.clear_flags()
            r = _finish(self._sign, self._coef, self._exp, c)
            if c.flags[Inexact]:
                return r
        return _add(self, _new(1, 1, ctx.Etiny() - 1), c)

    # Roots, exponentials, logarithms.
    def sqrt(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._coef == 0 and not self._special:
            return _new(self._sign, 0, self._exp // 2)
        if self._sign:
            return ctx._invalid()
        if self._special == 'F':
            return self
        prec = ctx._prec
        # Scale so the integer root has prec+1 digits: coef*10**shift has 2*prec+2 digits or so.
        e = self._exp
        coef = self._coef
        if e & 1:
            coef *= 10
            e -= 1
        nd = _digits(coef)
        shift = max(0, 2 * (prec + 1) - nd + 1)
        shift += shift & 1
        c = coef * 10 ** shift
        r = _math.isqrt(c)
        exact = r * r == c
        rexp = (e - shift) // 2
        ideal = self._exp // 2
        if exact:
            # Strip zeros toward the ideal exponent.
            while rexp < ideal and r % 10 == 0:
                r //= 10
                rexp += 1
            return _finish(0, r, rexp, _half_even(ctx))
        # Inexact root: a sticky digit makes the half-even rounding exact.
        r = r * 10 + 1
        rexp -= 1
        return _finish(0, r, rexp, _half_even(ctx))

    def exp(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._special == 'F':
            return Decimal(0) if self._sign else self
        if self._coef == 0:
            return Decimal(1)
        return _transcendental(self, ctx, lambda x, p: _exp_scaled(_fixed(x, p), p))

    def ln(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._coef == 0 and not self._special:
            return _new(1, 0, 0, 'F')
        if self._sign:
            return ctx._invalid()
        if self._special == 'F':
            return self
        if self.adjusted() == 0 and _int_str(self._coef).rstrip('0') == '1':
            # Exactly one (1, 1.0, 1.000...): ln is exactly 0.
            return Decimal(0)
        return _transcendental(self, ctx, lambda x, p: (_ln_value(x, p).v, -p))

    def log10(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        n = _nan_result(self, None, ctx)
        if n is not None:
            return n
        if self._coef == 0 and not self._special:
            return _new(1, 0, 0, 'F')
        if self._sign:
            return ctx._invalid()
        if self._special == 'F':
            return self
        s = _int_str(self._coef)
        if s.strip('0') == '1' and s[0] == '1':
            # An exact power of ten.
            adj = self.adjusted()
            return _finish(1 if adj < 0 else 0, abs(adj), 0, ctx)
        return _transcendental(self, ctx, _log10_value)

    def log2(self, context=None):
        return self.ln(context) / Decimal(2).ln(context)

    def compare_signal(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            ctx._signal([InvalidOperation])
            return _NAN
        return self.compare(other, ctx)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_convert(other, True).copy_abs())

    def max_mag(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self.max(other, ctx)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.max(other, ctx)
        return _finish_dec(self if c > 0 else other, ctx)

    def min_mag(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self.min(other, ctx)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.min(other, ctx)
        return _finish_dec(self if c < 0 else other, ctx)

    def next_toward(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        r = self.next_plus(ctx) if c < 0 else self.next_minus(ctx)
        if r._special == 'F':
            ctx._signal([Overflow, Inexact, Rounded])
        elif r._coef == 0 or r.adjusted() < ctx._Emin:
            conds = [Underflow, Subnormal, Inexact, Rounded]
            if r._coef == 0:
                conds.append(Clamped)
            ctx._signal(conds)
        return r

    def rotate(self, other, context=None):
        ctx = context if context is not None else (_current or getcontext())
        other = _convert(other, True)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        if other._exp != 0 or other._special or other._coef > ctx._prec:
            return ctx._invalid()
        if self._special:
            return self
        k = -other._coef if other._sign else other._coef
        prec = ctx._prec
        digits = _int_str(self._coef).rjust(prec, '0')[-prec:]
        k %= prec
        rotated = digits[k:] + digits[:k]
        return _new(self._sign, _str_int(rotated), self._exp)

    def logical_invert(self, context=None):
        ctx = context if context is not None else (_current or getcontext())
        return self._logical(_new(0, int('1' * ctx._prec), 0), ctx, lambda x, y: x ^ y)

    def radix(self):
        return Decimal(10)

    # Bitwise-logical operations on digit strings of 0s and 1s.
    def _logical(self, other, ctx, f):
        other = _convert(other, True)
        a, b = _int_str(self._coef), _int_str(other._coef)
        if self._special or other._special or self._sign or other._sign or self._exp or \
                other._exp or set(a + b) - set('01'):
            return ctx._invalid()
        n = max(len(a), len(b))
        a, b = a.zfill(n), b.zfill(n)
        return Decimal(_str_int(''.join(str(f(int(x), int(y))) for x, y in zip(a, b))))

    def logical_and(self, other, context=None):
        return self._logical(other, context or getcontext(), lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context or getcontext(), lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context or getcontext(), lambda x, y: x ^ y)


def _half_even(ctx):
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    return _CtxProxy(c, ctx)


class _CtxProxy(object):
    """A context whose rounding differs from `real`'s but whose signals go to `real`."""

    def __init__(self, c, real):
        self._prec = c._prec
        self._rounding = c._rounding
        self._Emin = c._Emin
        self._Emax = c._Emax
        self._clamp = c._clamp
        self._limit = c._limit
        self._etop = c._etop
        self._real = real

    def _signal(self, conds):
        self._real._signal(conds)


class _WorkCtx(object):
    """A half-even context of precision prec with real's exponent range and no clamping,
    whose signals go to real."""

    def __init__(self, prec, real):
        self._prec = prec
        self._rounding = ROUND_HALF_EVEN
        self._Emin = real._Emin
        self._Emax = real._Emax
        self._clamp = 0
        self._limit = 10 ** prec if prec < 10000 else None
        self._etop = real._Emax - prec + 1
        self._real = real

    def Etiny(self):
        return self._Emin - self._prec + 1

    def _signal(self, conds):
        self._real._signal(conds)

    def _invalid(self, cond=InvalidOperation):
        return self._real._invalid(cond)


_NAN = _new(0, 0, 0, 'n')


def _add(a, b, ctx):
    ac = a._coef
    bc = b._coef
    if ac and bc and not a._special and not b._special:
        # Both finite and non-zero (the common case).
        ae = a._exp
        be = b._exp
        if ae == be:
            x = -ac if a._sign else ac
            y = -bc if b._sign else bc
            s = x + y
            if s == 0:
                return _finish(1 if ctx._rounding == ROUND_FLOOR else 0, 0, ae, ctx)
            return _finish(1 if s < 0 else 0, -s if s < 0 else s, ae, ctx)
        d = ae - be if ae > be else be - ae
        if d <= 18:
            if ae > be:
                ac *= _P10[d]
                exp = be
            else:
                bc *= _P10[d]
                exp = ae
            x = -ac if a._sign else ac
            y = -bc if b._sign else bc
            s = x + y
            if s == 0:
                return _finish(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp, ctx)
            return _finish(1 if s < 0 else 0, -s if s < 0 else s, exp, ctx)
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._special == 'F':
            if b._special == 'F' and a._sign != b._sign:
                return ctx._invalid()
            return a
        return b
    if a._coef == 0 or b._coef == 0:
        exp = min(a._exp, b._exp)
        if a._coef == 0 and b._coef == 0:
            sign = a._sign & b._sign
            if a._sign != b._sign:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _finish(sign, 0, exp, ctx)
        x = b if a._coef == 0 else a
        # Adding zero can only lower the exponent (padding zeros) up to the precision.
        if x._exp > exp:
            pad = min(x._exp - exp, max(0, ctx._prec - _digits(x._coef)))
            # Zeros the precision has no room for count as rounded away.
            conds = [Rounded] if pad < x._exp - exp else None
            return _finish(x._sign, x._coef * 10 ** pad, x._exp - pad, ctx, conds)
        return _finish(x._sign, x._coef, x._exp, ctx)
    # Line up the exponents; an operand far below the other's precision only counts as a
    # sticky digit, so it is replaced by one that rounds the same way.
    if a._exp < b._exp:
        a, b = b, a
    # now a._exp >= b._exp
    if a._exp - b._exp > 2:
        alen = _digits(a._coef)
        limit = a._exp + min(-1, alen - ctx._prec - 2)
        if b._exp + _digits(b._coef) - 1 < limit:
            b = _new(b._sign, 1, limit)
    d = a._exp - b._exp
    ac = a._coef * (_P10[d] if d < 64 else 10 ** d)
    bc = b._coef
    exp = b._exp
    x = -ac if a._sign else ac
    y = -bc if b._sign else bc
    s = x + y
    if s == 0:
        return _finish(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp, ctx)
    return _finish(1 if s < 0 else 0, abs(s), exp, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if (a._special == 'F' and not b._special and b._coef == 0) or \
                (b._special == 'F' and not a._special and a._coef == 0):
            return ctx._invalid()
        return _new(sign, 0, 0, 'F')
    return _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._special == 'F' and b._special == 'F':
            return ctx._invalid()
        if a._special == 'F':
            return _new(sign, 0, 0, 'F')
        # finite / infinity: zero at the smallest exponent
        ctx._signal([Clamped])
        return _new(sign, 0, ctx.Etiny())
    if b._coef == 0:
        if a._coef == 0:
            return ctx._invalid(DivisionUndefined)
        ctx._signal([DivisionByZero])
        return _new(sign, 0, 0, 'F')
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finish(sign, 0, ideal, ctx)
    prec = ctx._prec
    shift = _digits(b._coef) - _digits(a._coef) + prec + 1
    if shift >= 0:
        q, r = divmod(a._coef * 10 ** shift, b._coef)
    else:
        q, r = divmod(a._coef, b._coef * 10 ** -shift)
    exp = ideal - shift
    if r:
        # Inexact: a non-zero last digit keeps rounding honest (q has prec+1 or more digits).
        if q % 5 == 0:
            q += 1
    else:
        # Exact: remove trailing zeros down to the ideal exponent.
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx)


def _divmod(a, b, ctx, want=3):
    """(a // b, a % b) with Decimal semantics: the quotient truncated toward zero."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n, n
        if a._special == 'F':
            if b._special == 'F':
                n = ctx._invalid()
                return n, n
            if want & 2:
                n = ctx._invalid()
                return _new(sign, 0, 0, 'F'), n
            return _new(sign, 0, 0, 'F'), _NAN
        # finite // inf
        if want == 1:
            return _new(sign, 0, 0), None
        return _new(sign, 0, 0), _finish(a._sign, a._coef, a._exp, ctx)
    if b._coef == 0:
        if a._coef == 0:
            n = ctx._invalid(DivisionUndefined)
            return n, n
        if want == 2:
            n = ctx._invalid()
            return n, n
        ctx._signal([DivisionByZero] if want == 1 else [InvalidOperation, DivisionByZero])
        return _new(sign, 0, 0, 'F'), _NAN
    e = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - e)
    y = b._coef * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if q.bit_length() >= 3 * ctx._prec and _digits(q) > ctx._prec:
        n = ctx._invalid(DivisionImpossible)
        return n, n
    # Round only what is wanted: the other part would raise stray flags.
    qd = _finish(sign, q, 0, ctx) if want & 1 else None
    rd = _finish(a._sign, r, e, ctx) if want & 2 else None
    return qd, rd


def _pow(a, b, ctx):
    n = _nan_result(a, b, ctx)
    if n is not None:
        return n
    # Integer exponents are exact powers rounded once.
    if not b._special and (b._exp >= 0 or b._coef % 10 ** -b._exp == 0):
        k = b._coef * 10 ** b._exp if b._exp >= 0 else b._coef // 10 ** -b._exp
        if b._sign:
            k = -k
        sign = a._sign if k % 2 else 0
        if a._special == 'F':
            if k == 0:
                return Decimal(1)
            return _new(sign, 0, 0, 'F') if k > 0 else _new(sign, 0, ctx.Etiny() if False else 0)
        if a._coef == 0:
            if k == 0:
                return ctx._invalid()
            if k > 0:
                return _new(sign, 0, 0)
            ctx._signal([DivisionByZero]) if False else None
            return _new(sign, 0, 0, 'F')
        if k == 0:
            return _finish(0, 1, 0, ctx)
        if k > 9 or k < -9 or not -100 < a.adjusted() < 100:
            r = _pow_bounds(a, b, sign, ctx)
            if r is not None:
                return r
        if (k if k > 0 else -k) * _digits(a._coef) > 50000:
            return _pow_huge(a, k, sign, ctx)
        # As libmpdec does: the power is first rounded half-even to a few more digits (in
        # the same exponent range, which decides underflow), then to the context.
        wprec = ctx._prec + _digits(b._coef) + b._exp + 2 + (1 if k < 0 else 0)
        work = _WorkCtx(wprec, ctx)
        if k > 0:
            # Avoid astronomically big exact powers: past the exponent range it overflows.
            if a.adjusted() >= 1 and a.adjusted() * k > ctx._Emax + 1:
                return _finish(sign, 1, ctx._Emax + 1, ctx, [])
            r = _finish(sign, a._coef ** k, a._exp * k, work)
        else:
            p = a._coef ** -k
            r = _div(_new(0, 1, 0), _new(sign, p, a._exp * -k), work)
        if r._special:
            return _finish(sign, 1, ctx._Emax + 1, ctx, [])
        return _finish(r._sign, r._coef, r._exp, ctx)
    # From here the exponent is not an integer.
    if a._special == 'F':
        if a._sign:
            return ctx._invalid()
        if b._sign:
            return _new(0, 0, 0)
        return _new(0, 0, 0, 'F')
    if b._special == 'F':
        c = abs(a)._cmp(_new(0, 1, 0))
        if a._sign and a._coef:
            return ctx._invalid()
        if c == 0:
            # 1 to an infinite power: 1 to full precision, inexact.
            return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, [Inexact, Rounded])
        if (c > 0) != bool(b._sign):
            return _new(0, 0, 0, 'F')
        return _new(0, 0, 0)
    if a._coef == 0:
        return _new(0, 0, 0, 'F') if b._sign else _new(0, 0, 0)
    if a._sign:
        return ctx._invalid()
    if a._exp <= 0 and a.adjusted() == 0 and a._coef == 10 ** -a._exp:
        # Exactly 1: 1 to full precision, inexact (whatever the rounding).
        return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, [Inexact, Rounded])
    r = _pow_bounds(a, b, 0, ctx)
    if r is not None:
        return r
    # Non-integral power: exp(b * ln(a)) with guard digits, rounded as the context says.
    return _transcendental(a, ctx, lambda x, p: _pow_value(x, b, p), True)


def _pow_bounds(a, b, sign, ctx):
    """libmpdec's early test for a power a ** b sure to overflow or underflow (by
    comparing digit counts of the exponent limit and of b * log10|a|): the rounded
    result, or None when the test is not conclusive."""
    theta = b.adjusted()
    t = a.adjusted()
    if t > 0:
        zeta = len(str(t)) - 1
    elif t < -1:
        zeta = len(str(-t - 1)) - 1
    else:
        if theta < 2:
            return None
        # |a| - 1, exactly: its adjusted exponent bounds log10|a| from below.
        if a._exp >= 0:
            diff, dexp = a._coef * 10 ** a._exp - 1, 0
        else:
            diff, dexp = a._coef - 10 ** -a._exp, a._exp
        if diff == 0:
            return None
        u = _digits(abs(diff)) - 1 + dexp
        zeta = u - 2 if t == 0 else u - 1
    if (t < 0) == bool(b._sign):
        if len(str(ctx._Emax)) < zeta + theta:
            return _finish(sign, 1, ctx._Emax + 1, ctx, [])
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if len(str(-etiny)) < zeta + theta:
            return _finish(sign, 1, etiny - 1, ctx, [])
    return None


def _pow_huge(a, k, sign, ctx):
    """a ** k for an integer k so large that the exact power is out of reach."""
    # Far below the working precision's range the power underflows to zero in
    # libmpdec's half-even working context, whatever the rounding.
    low = ctx._Emin - ctx._prec - len(str(abs(k))) - 5
    c = a._coef
    z = 0
    while c % 10 == 0:
        c //= 10
        z += 1
    if c == 1:
        # A power of ten is exact; at most its coefficient's zeros are rounded away.
        if (z + a._exp) * k < low:
            return _finish(sign, 1, low, _half_even(ctx), [])
        if k < 0:
            return _finish(sign, 1, (z + a._exp) * k, ctx)
        if z == 0:
            return _finish(sign, 1, a._exp * k, ctx)
        return _finish(sign, 10 ** ctx._prec, (z + a._exp) * k - ctx._prec, ctx, [])
    lg = _math.log10(c) + z + a._exp
    try:
        mag = lg * k
    except OverflowError:
        mag = _math.copysign(_math.inf, lg if k > 0 else -lg)
    if mag > ctx._Emax + 2:
        return _finish(sign, 1, ctx._Emax + 1, ctx, [])
    if mag < low:
        return _finish(sign, 1, low, _half_even(ctx), [])
    y = _new(1 if k < 0 else 0, -k if k < 0 else k, 0)

    def signed_pow(x, p):
        v, e = _pow_value(x, y, p)
        return (-v if sign else v), e
    return _transcendental(_new(0, a._coef, a._exp), ctx, signed_pow, True)


# Transcendental functions work in fixed point: an int v standing for v / 10**p.
def _fixed(d, p):
    v = d._coef * 10 ** (d._exp + p) if d._exp + p >= 0 else d._coef // 10 ** -(d._exp + p)
    return -v if d._sign else v


class _Fix(object):
    """A fixed-point value at scale 10**p (only what the series below need)."""
    __slots__ = ('v', 'p')

    def __init__(self, v, p):
        self.v = v
        self.p = p

    def __mul__(self, o):
        if isinstance(o, int):
            return _Fix(self.v * o // 10 ** self.p, self.p)
        return _Fix(self.v * o.v // 10 ** self.p, self.p)

    def __truediv__(self, o):
        return _Fix(self.v * 10 ** self.p // o.v, self.p)


def _exp_series(x, p):
    """exp of fixed-point x (an int or _Fix at scale 10**p), as a _Fix."""
    v = x.v if isinstance(x, _Fix) else x
    one = 10 ** p
    # Reduce: exp(v) = exp(v / 2**k) ** (2**k) with |v / 2**k| < 1/10.
    k = 0
    while abs(v) > one // 10:
        v = v // 2 if v >= 0 else -((-v) // 2)
        k += 1
    term = one
    total = one
    i = 1
    while term:
        term = term * v // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return _Fix(total, p)


def _ln_value(x, p):
    """ln of the positive Decimal x, as a _Fix at scale 10**p."""
    one = 10 ** p
    # x = m * 10**e with m in [1, 10).
    e = x.adjusted()
    shift = p - (_digits(x._coef) - 1)
    m = x._coef * 10 ** shift if shift >= 0 else x._coef // 10 ** -shift
    # ln(m) by atanh series on (m-1)/(m+1), after square-rooting m toward 1.
    k = 0
    while m > one + one // 10 or m < one - one // 10:
        m = _math.isqrt(m * one)
        k += 1
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = z
    i = 3
    while term:
        term = term * z2 // one
        total += term // i
        i += 2
    lnm = 2 * total * (1 << k)
    ln10 = _ln10(p)
    return _Fix(lnm + e * ln10, p)


def _exp_scaled(v, p):
    """exp(v / 10**p) as (coefficient, exponent) with about p significant digits:
    exp(x) = 10**k * exp(x - k ln 10), the second factor in [1, 10)."""
    one = 10 ** p
    if -one // 10 <= v <= one // 10:
        return _exp_series(v, p).v, -p
    guard = len(str(abs(v) // one)) + 2
    q = p + guard
    ln10 = _ln10(q)
    vq = v * 10 ** guard
    k = vq // ln10
    r = vq - k * ln10
    e = _exp_series(r // 10 ** guard, p)
    return e.v, k - p


def _log10_value(x, p):
    """log10 of the positive Decimal x: its adjusted exponent plus log10 of the mantissa."""
    e = x.adjusted()
    m = _new(0, x._coef, -(_digits(x._coef) - 1))
    q = p + 2
    v = _ln_value(m, q).v * 10 ** q // _ln10(q)
    return (v + e * 10 ** q), -q


def _pow_value(x, y, p):
    """x ** y for positive x and non-integral y, as exp(y ln x)."""
    t = _ln_value(x, p).v * _fixed(y, p) // 10 ** p
    # A large exponent magnifies ln's error (by |y|, and the result's by |t|):
    # recompute with that many more digits.
    mag = max(len(str(abs(t) // 10 ** p)), y.adjusted() + 1)
    if mag > 1:
        q = p + mag + 2
        t = _ln_value(x, q).v * _fixed(y, q) // 10 ** q
        t //= 10 ** (mag + 2)
    return _exp_scaled(t, p)


_LN10_CACHE = {}


def _ln10(p):
    if p not in _LN10_CACHE:
        one = 10 ** p
        # ln 10 = 3 ln 2 + ln(1.25), ln 2 = 2 atanh(1/3), ln 1.25 = 2 atanh(1/9).
        def atanh_inv(n):
            t = one // n
            total = t
            i = 3
            n2 = n * n
            while t:
                t //= n2
                total += t // i
                i += 2
            return total
        _LN10_CACHE[p] = 6 * atanh_inv(3) + 2 * atanh_inv(9)
    return _LN10_CACHE[p]


def _transcendental(x, ctx, f, ctx_rounding=False):
    """f(x) correctly rounded (almost always) to the context: f gives (v, e) standing for
    v * 10**e with guard digits; rounded half-even as exp and the logarithms are, or as
    the context says (powers) when ctx_rounding is true."""
    prec = ctx._prec
    extra = 10 + len(str(abs(x.adjusted())))
    p = prec + extra
    while True:
        v, e = f(x, p)
        av = -v if v < 0 else v
        nd = _digits(av)
        if nd < prec + extra and p < prec + extra + 5000:
            # Fixed point left too few significant digits (a result near zero): widen.
            p += prec + extra - nd + 2
            continue
        sign = 1 if v < 0 else 0
        d = _new(sign, av * 10 + 1, e - 1)
        # If the guard digits are not all 0s or 9s the rounding is safe.
        low = av % 10 ** (extra - 2)
        if low not in (0, 10 ** (extra - 2) - 1) or extra > 60:
            break
        extra += 10
        p += 10
    return _finish(d._sign, d._coef, d._exp, ctx if ctx_rounding else _half_even(ctx), [])


def _round_sig(d, p, rounding):
    """d rounded to p significant digits (p >= 1)."""
    nd = _digits(d._coef)
    if nd <= p:
        return d
    coef, _ = _round_off(d._sign, d._coef, nd - p, rounding)
    exp = d._exp + nd - p
    if _digits(coef) > p:
        coef //= 10
        exp += 1
    return _new(d._sign, coef, exp)


def _format_finite(d, typ, prec, ctx):
    """The digits of a finite d for format type typ and precision prec, without sign."""
    rounding = ctx._rounding
    if typ == '%':
        d = _new(d._sign, d._coef, d._exp + 2)
    if typ in ('f', 'F', '%'):
        if prec is not None:
            if d._exp < -prec:
                coef, _ = _round_off(d._sign, d._coef, -prec - d._exp, rounding)
                d = _new(d._sign, coef, -prec)
            else:
                d = _new(d._sign, d._coef * 10 ** (d._exp + prec), -prec)
        if d._coef == 0 and d._exp > 0:
            # A zero with a positive exponent has no fixed-point form but 0.
            d = _new(d._sign, 0, 0)
    elif typ in ('e', 'E'):
        if prec is not None and d._coef == 0:
            # A zero keeps its digit and gets prec zeros after the point, the exponent
            # moving by prec (as CPython's decimal: format(Decimal(0), '.3e') is '0.000e+3').
            return ('0.' + '0' * prec if prec else '0') + typ + '%+d' % (d._exp + prec)
        if prec is not None:
            d = _round_sig(d, prec + 1, rounding)
            nd = _digits(d._coef)
            if nd < prec + 1:
                d = _new(d._sign, d._coef * 10 ** (prec + 1 - nd), d._exp - (prec + 1 - nd))
    elif prec is not None:
        d = _round_sig(d, prec or 1, rounding)
    digits = _int_str(d._coef)
    left = d._exp + len(digits)
    if typ in ('e', 'E'):
        dot = 1
    elif typ in ('f', 'F', '%'):
        dot = left
    elif d._exp <= 0 and left > -6:
        dot = left
    else:
        dot = 1
    if dot <= 0:
        body = '0.' + '0' * -dot + digits
    elif dot >= len(digits):
        body = digits + '0' * (dot - len(digits))
    else:
        body = digits[:dot] + '.' + digits[dot:]
    if left != dot or typ in ('e', 'E'):
        mark = 'E' if typ in ('E', 'G') or (typ is None and ctx._capitals) else 'e'
        body += mark + '%+d' % (left - dot)
    if typ == '%':
        body += '%'
    return body


def _format(d, spec):
    """format(d, spec): [[fill]align][sign][z][#][0][width][,_][.precision][type]."""
    fill, align, sign, zero, width, group, prec, typ = ' ', None, '-', False, 0, '', None, None
    nonneg_zero = False
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        nonneg_zero = True
        i += 1
    if i < n and spec[i] == '0':
        # The zero flag is itself an alignment: it cannot follow an explicit one.
        if align is not None:
            raise ValueError("invalid format string")
        zero = True
        fill, align = '0', '='
        i += 1
    if i < n and spec[i] == '0':
        raise ValueError("invalid format string")
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > j:
        width = int(spec[j:i])
    if i < n and spec[i] == ',':
        group = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%') or (group and typ == 'n'):
        raise ValueError("invalid format string")
    if align is None:
        align = '>'
    neg = d._sign == 1
    if d._special:
        body = 'Infinity' if d._special == 'F' else ('NaN' if d._special == 'n' else 'sNaN')
        if d._coef:
            body += str(d._coef)        # a NaN's payload
        if typ == '%':
            body += '%'
        if zero and fill == '0' and align == '=':
            # Zero padding does not apply to infinities and NaNs.
            fill, align = ' ', '>'
    else:
        body = _format_finite(d, typ, prec, getcontext())
        # CPython's C decimal never drops the sign for 'F' unless the value is zero.
        if nonneg_zero and neg and (typ != 'F' or not d._coef) and not any(c in '123456789' for c in body.split('e')[0].split('E')[0]):
            # 'z': a value that rounds to zero loses its minus sign.
            neg = False
    body = body.lstrip('-')
    pre = '-' if neg else ('' if sign == '-' else sign)
    if group and not d._special:
        k = 0
        while k < len(body) and body[k].isdigit():
            k += 1
        intpart, rest = body[:k], body[k:]
        if zero:
            # Zero padding is grouped too ('0,001,234.5'): add leading zeros until the
            # grouped digits fill the width, never starting with a separator.
            k = max(k, 1)
            while k + (k - 1) // 3 < width - len(pre) - len(rest):
                k += 1
            intpart = intpart.rjust(k, '0')
        parts = []
        while len(intpart) > 3:
            parts.insert(0, intpart[-3:])
            intpart = intpart[:-3]
        parts.insert(0, intpart)
        body = group.join(parts) + rest
    total = len(pre) + len(body)
    if width > total:
        padn = width - total
        if align == '<':
            return pre + body + fill * padn
        if align == '^':
            left = padn // 2
            return fill * left + pre + body + fill * (padn - left)
        if align == '=':
            return pre + fill * padn + body
        return fill * padn + pre + body
    return pre + body


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, traps=[DivisionByZero, Overflow, InvalidOperation])
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except Exception:
    pass
