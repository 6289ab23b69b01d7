"""Mathematical functions for complex numbers (Ember's cmath, written over math).

Results follow C99 Annex G as CPython's cmath does: branch cuts on the real axis keep the
sign of a zero imaginary part (sqrt(complex(-4, -0.0)) is -2j), a finite argument whose
result overflows raises OverflowError('math range error'), and a pole or invalid
operation raises ValueError('math domain error'). Infinities and NaNs give C99's
special values.
"""

import math as _m

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e',
           'exp', 'inf', 'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log',
           'log10', 'nan', 'nanj', 'phase', 'pi', 'polar', 'rect', 'sin', 'sinh',
           'sqrt', 'tan', 'tanh', 'tau']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_INF = float('inf')
_NAN = float('nan')
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_DBL_MIN = 2.2250738585072014e-308
_DBL_MAX = 1.7976931348623157e+308
# Above this, exp(x) overflows, so exp-based formulas factor out exp(1).
_LOG_LARGE = 708.3964185322641
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)


def _one_arg(name, args, kw):
    # The messages CPython's builtin one-argument functions give for a wrong call.
    if kw:
        raise TypeError(f"cmath.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"cmath.{name}() takes exactly one argument ({len(args)} given)")
    return args[0]


def _check_count(name, args, kw, least, most):
    if kw:
        raise TypeError(f"cmath.{name}() takes no keyword arguments")
    n = len(args)
    if least == most and n != least:
        raise TypeError(f"{name} expected {least} arguments, got {n}")
    if n < least:
        raise TypeError(f"{name} expected at least {least} argument{'s' if least != 1 else ''}, got {n}")
    if n > most:
        raise TypeError(f"{name} expected at most {most} arguments, got {n}")


def _domain():
    return ValueError('math domain error')


def _range():
    return OverflowError('math range error')


def _c(z):
    """The argument as a complex, accepting what CPython's complex converter accepts."""
    if isinstance(z, complex):
        return z
    t = type(z)
    if hasattr(t, '__complex__'):
        return complex(z)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(z), 0.0)
    raise TypeError(f"must be real number, not {t.__name__}")


def _real(x):
    """A real argument (as for rect), with CPython's message for other types."""
    t = type(x)
    if isinstance(x, float):
        return x
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(x)
    raise TypeError(f"must be real number, not {t.__name__}")


def _finite(x, y):
    return _m.isfinite(x) and _m.isfinite(y)


def _checked(x, y):
    """complex(x, y), raising OverflowError when finite inputs gave an infinity."""
    if _m.isinf(x) or _m.isinf(y):
        raise _range()
    return complex(x, y)


def _quot(a, b):
    """a / b by Smith's method, as CPython's cmath divides (zero divisor: domain error)."""
    ar, ai, br, bi = a.real, a.imag, b.real, b.imag
    abr, abi = abs(br), abs(bi)
    if abr >= abi:
        if abr == 0.0:
            raise _domain()
        ratio = bi / br
        denom = br + bi * ratio
        return complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abi >= abr:
        ratio = br / bi
        denom = br * ratio + bi
        return complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    return complex(_NAN, _NAN)


# ---- classification ---------------------------------------------------------

def isnan(*args, **kw):
    """True if either part of z is a NaN."""
    z = _one_arg('isnan', args, kw)
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isinf(*args, **kw):
    """True if either part of z is infinite."""
    z = _one_arg('isinf', args, kw)
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isfinite(*args, **kw):
    """True if both parts of z are finite."""
    z = _one_arg('isfinite', args, kw)
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isclose(*args, **kw):
    """True if a and b are within rel_tol (relative) or abs_tol (absolute) of each other."""
    # Arguments parsed by hand for CPython's builtin-function messages.
    if len(args) > 2:
        raise TypeError(f"isclose() takes exactly 2 positional arguments ({len(args)} given)")
    for key in kw:
        if key not in ('a', 'b', 'rel_tol', 'abs_tol'):
            raise TypeError(f"'{key}' is an invalid keyword argument for isclose()")
    values = list(args)
    for pos, key in enumerate(('a', 'b')):
        if pos >= len(args):
            if key not in kw:
                raise TypeError(f"isclose() missing required argument '{key}' (pos {pos + 1})")
            values.append(kw[key])
    for pos, key in enumerate(('a', 'b')):
        if pos < len(args) and key in kw:
            raise TypeError(f"argument for isclose() given by name ('{key}') and position ({pos + 1})")
    a, b = values
    rel_tol = kw.get('rel_tol', 1e-09)
    abs_tol = kw.get('abs_tol', 0.0)
    a = _c(a)
    b = _c(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = _abs(a - b)
    return (diff <= rel_tol * _abs(b) or diff <= rel_tol * _abs(a)) or diff <= abs_tol


# ---- polar coordinates ---------------------------------------------------------

def _abs(z):
    return _m.hypot(z.real, z.imag)


def phase(*args, **kw):
    """The argument of z, in [-pi, pi] (the sign of a zero imaginary part picks the end)."""
    z = _one_arg('phase', args, kw)
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(*args, **kw):
    """(modulus, phase) of z."""
    z = _one_arg('polar', args, kw)
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z.real, z.imag):
        raise _range()
    return (r, _m.atan2(z.imag, z.real))


def rect(*args, **kw):
    """The complex number with modulus r and phase phi."""
    _check_count('rect', args, kw, 2, 2)
    r, phi = args
    r = _real(r)
    phi = _real(phi)
    if not _finite(r, phi):
        if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
            real = _INF * _m.cos(phi) if r > 0 else -_INF * _m.cos(phi)
            imag = _INF * _m.sin(phi) if r > 0 else -_INF * _m.sin(phi)
            return complex(real, imag)
        if _m.isinf(r) and phi == 0.0:
            return complex(r, phi * (1.0 if r > 0 else -1.0))
        if _m.isinf(phi) and not _m.isnan(r):
            if r == 0.0:
                return complex(0.0, 0.0)
            raise _domain()
        if _m.isinf(r):
            return complex(_INF, _NAN)
        if _m.isnan(r):
            return complex(_NAN, 0.0) if phi == 0.0 else complex(_NAN, _NAN)
        return complex(0.0, 0.0) if r == 0.0 else complex(_NAN, _NAN)
    if phi == 0.0:
        # Keeps the zero imaginary part's sign consistent with r * phi.
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


# ---- square root, exponential, logarithms --------------------------------------

def sqrt(*args, **kw):
    """The principal square root of z (branch cut along the negative real axis)."""
    z = _one_arg('sqrt', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        if _m.isinf(y):
            return complex(_INF, y)
        if _m.isnan(x):
            return complex(_NAN, _NAN)
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(_NAN, _INF) if x < 0 else complex(_INF, _NAN)
            if x < 0:
                return complex(0.0, _m.copysign(_INF, y))
            return complex(_INF, _m.copysign(0.0, y))
        return complex(_NAN, _NAN)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Subnormal parts: scale up by 2**106 so hypot keeps its precision, then back.
        ax = _m.ldexp(ax, 106)
        ay = _m.ldexp(ay, 106)
        s = _m.ldexp(2.0 * _m.sqrt(ax / 8.0 + _m.hypot(ax / 8.0, ay / 8.0)), -53)
    else:
        # sqrt((|x| + |z|) / 2), divided through by 8 so nothing overflows.
        s = 2.0 * _m.sqrt(ax / 8.0 + _m.hypot(ax / 8.0, ay / 8.0))
    d = abs(y) / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(*args, **kw):
    """e raised to the power z."""
    z = _one_arg('exp', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        if _m.isnan(x):
            return complex(_NAN, y) if y == 0.0 else complex(_NAN, _NAN)
        if _m.isinf(x) and _m.isfinite(y):
            if x > 0:
                if y == 0.0:
                    return complex(x, y)
                return complex(_m.copysign(_INF, _m.cos(y)), _m.copysign(_INF, _m.sin(y)))
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        if _m.isinf(x) and x < 0:
            return complex(0.0, 0.0)
        if _m.isinf(x):
            if _m.isinf(y):
                raise _domain()
            return complex(x, _NAN)
        if _m.isinf(y):
            raise _domain()
        return complex(_NAN, _NAN)
    if x > _LOG_LARGE:
        # exp(x) alone would overflow even when the product with cos/sin does not.
        scale = _m.exp(x - 1.0)
        real = scale * _m.cos(y) * _m.e
        imag = scale * _m.sin(y) * _m.e
    else:
        scale = _m.exp(x)
        real = scale * _m.cos(y)
        imag = scale * _m.sin(y)
    return _checked(real, imag)


def _log(z):
    x, y = z.real, z.imag
    if not _finite(x, y):
        if _m.isnan(x) or _m.isnan(y):
            if _m.isinf(x) or _m.isinf(y):
                return complex(_INF, _NAN)
            return complex(_NAN, _NAN)
        return complex(_INF, _m.atan2(y, x))
    ax, ay = abs(x), abs(y)
    if ax == 0.0 and ay == 0.0:
        raise _domain()
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # Near |z| == 1, log(h) loses digits; log1p of h*h - 1 does not.
            big, small = (ax, ay) if ax >= ay else (ay, ax)
            real = _m.log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(*args, **kw):
    """The natural logarithm of x, or its logarithm to the given base."""
    _check_count('log', args, kw, 1, 2)
    x = args[0]
    base = args[1] if len(args) > 1 else None
    value = _log(_c(x))
    if base is None:
        return value
    return _quot(value, _log(_c(base)))


def log10(*args, **kw):
    """The base-10 logarithm of z."""
    z = _one_arg('log10', args, kw)
    value = _log(_c(z))
    return complex(value.real / _LN10, value.imag / _LN10)


# ---- hyperbolic and trigonometric functions --------------------------------------

def sinh(*args, **kw):
    """The hyperbolic sine of z."""
    z = _one_arg('sinh', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        # C99 Annex G values; an infinite imaginary part with a non-NaN real part is invalid.
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(_INF, _NAN)
            if y == 0.0:
                return complex(x, y)
            return complex(_m.copysign(_INF, _m.cos(y)) * _m.copysign(1.0, x),
                           _m.copysign(_INF, _m.sin(y)))
        if _m.isnan(x):
            return complex(_NAN, y) if y == 0.0 else complex(_NAN, _NAN)
        return complex(0.0, _NAN) if x == 0.0 else complex(_NAN, _NAN)
    if abs(x) > _LOG_LARGE:
        x1 = x - _m.copysign(1.0, x)
        real = _m.cos(y) * _m.sinh(x1) * _m.e
        imag = _m.sin(y) * _m.cosh(x1) * _m.e
    else:
        real = _m.cos(y) * _m.sinh(x)
        imag = _m.sin(y) * _m.cosh(x)
    return _checked(real, imag)


def cosh(*args, **kw):
    """The hyperbolic cosine of z."""
    z = _one_arg('cosh', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        # C99 Annex G values (cosh is even and commutes with conjugation).
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(_INF, _NAN)
            if y == 0.0:
                return complex(_INF, _m.copysign(0.0, x) * _m.copysign(1.0, y))
            return complex(_m.copysign(_INF, _m.cos(y)),
                           _m.copysign(_INF, _m.sin(y)) * _m.copysign(1.0, x))
        if _m.isnan(x):
            return complex(_NAN, 0.0) if y == 0.0 else complex(_NAN, _NAN)
        return complex(_NAN, 0.0) if x == 0.0 else complex(_NAN, _NAN)
    if abs(x) > _LOG_LARGE:
        x1 = x - _m.copysign(1.0, x)
        real = _m.cos(y) * _m.cosh(x1) * _m.e
        imag = _m.sin(y) * _m.sinh(x1) * _m.e
    else:
        real = _m.cos(y) * _m.cosh(x)
        imag = _m.sin(y) * _m.sinh(x)
    return _checked(real, imag)


def tanh(*args, **kw):
    """The hyperbolic tangent of z."""
    z = _one_arg('tanh', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        # C99 Annex G values: tanh tends to +-1 as the real part grows.
        if _m.isinf(x):
            if _m.isfinite(y):
                return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
            return complex(_m.copysign(1.0, x), 0.0)
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        if _m.isnan(x) and y == 0.0:
            return complex(_NAN, y)
        return complex(_NAN, _NAN)
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _times_minus_i(w):
    # f(z) = -i * g(i*z) for sin/tan/asin/atan in terms of their hyperbolic twins.
    return complex(w.imag, -w.real)


def sin(*args, **kw):
    """The sine of z."""
    z = _one_arg('sin', args, kw)
    z = _c(z)
    return _times_minus_i(sinh(complex(-z.imag, z.real)))


def cos(*args, **kw):
    """The cosine of z."""
    z = _one_arg('cos', args, kw)
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(*args, **kw):
    """The tangent of z."""
    z = _one_arg('tan', args, kw)
    z = _c(z)
    return _times_minus_i(tanh(complex(-z.imag, z.real)))


def asinh(*args, **kw):
    """The inverse hyperbolic sine of z."""
    z = _one_arg('asinh', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        # C99 Annex G values (asinh is odd and commutes with conjugation).
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(x, _NAN)
            if _m.isinf(y):
                return complex(x, _m.copysign(_m.pi / 4.0, y))
            return complex(x, _m.copysign(0.0, y))
        if _m.isinf(y):
            if _m.isnan(x):
                return complex(_INF, _NAN)
            return complex(_m.copysign(_INF, x), _m.copysign(_m.pi / 2.0, y))
        if _m.isnan(x) and y == 0.0:
            return complex(_NAN, y)
        return complex(_NAN, _NAN)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        if y >= 0.0:
            real = _m.copysign(big, x)
        else:
            real = -_m.copysign(big, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(*args, **kw):
    """The arc sine of z."""
    z = _one_arg('asin', args, kw)
    z = _c(z)
    return _times_minus_i(asinh(complex(-z.imag, z.real)))


def acos(*args, **kw):
    """The arc cosine of z."""
    z = _one_arg('acos', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        # C99 Annex G values (acos commutes with conjugation).
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(_NAN, _INF)
            if _m.isinf(y):
                real = _m.pi / 4.0 if x > 0 else 3.0 * _m.pi / 4.0
            else:
                real = 0.0 if x > 0 else _m.pi
            return complex(real, -_m.copysign(_INF, y))
        if _m.isinf(y):
            return complex(_NAN if _m.isnan(x) else _m.pi / 2.0, -_m.copysign(_INF, y))
        if x == 0.0:
            return complex(_m.pi / 2.0, _NAN)
        return complex(_NAN, _NAN)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.atan2(abs(y), x)
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        return complex(real, -big if y >= 0.0 else big)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(*args, **kw):
    """The inverse hyperbolic cosine of z."""
    z = _one_arg('acosh', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        # C99 Annex G values (acosh commutes with conjugation).
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(_INF, _NAN)
            if _m.isinf(y):
                imag = _m.pi / 4.0 if x > 0 else 3.0 * _m.pi / 4.0
            else:
                imag = 0.0 if x > 0 else _m.pi
            return complex(_INF, _m.copysign(imag, y))
        if _m.isinf(y):
            return complex(_INF, _NAN if _m.isnan(x) else _m.copysign(_m.pi / 2.0, y))
        return complex(_NAN, _NAN)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2, _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(*args, **kw):
    """The inverse hyperbolic tangent of z."""
    z = _one_arg('atanh', args, kw)
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        # C99 Annex G values (atanh is odd and commutes with conjugation).
        if _m.isinf(x):
            return complex(_m.copysign(0.0, x), _NAN if _m.isnan(y) else _m.copysign(_m.pi / 2.0, y))
        if _m.isinf(y):
            return complex(0.0 if _m.isnan(x) else _m.copysign(0.0, x), _m.copysign(_m.pi / 2.0, y))
        if x == 0.0:
            return complex(x, _NAN)
        return complex(_NAN, _NAN)
    if x < 0.0:
        # Work in the right half-plane; atanh is odd.
        w = atanh(complex(-x, -y))
        return complex(-w.real, -w.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    real = _m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(*args, **kw):
    """The arc tangent of z."""
    z = _one_arg('atan', args, kw)
    z = _c(z)
    return _times_minus_i(atanh(complex(-z.imag, z.real)))
