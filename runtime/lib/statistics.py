"""Descriptive statistics for real-valued data: averages, spread, the relation of two
variables and the normal distribution. Sums are exact, so results for ints,
Fractions and Decimals keep their type and carry no rounding error."""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]

import math, numbers, random, sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, namedtuple
from decimal import Decimal
from fractions import Fraction
from itertools import groupby, repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from operator import mul


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact accumulation. Each value is split into an integer ratio; numerators are
# added per denominator and only the final total becomes a Fraction, then the
# result is cast back to the widest input type.

def _exact_ratio(x):
    """x as (numerator, denominator); (x, None) when x is an infinity or a NaN."""
    as_ratio = getattr(x, 'as_integer_ratio', None)
    if as_ratio is not None:
        try:
            return as_ratio()
        except (OverflowError, ValueError):
            return (x, None)
    try:
        pair = (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        "to numerator/denominator")
    return pair


def _float_ratio(x):
    # _exact_ratio without the attribute probe, for runs of plain floats.
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return (x, None)


def _tally(data, with_squares):
    """One pass over data: (types seen, count, numerators by denominator, and the
    squared numerators by denominator when with_squares)."""
    kinds = {}
    count = 0
    sums = defaultdict(int)
    squares = defaultdict(int)
    for kind, run in groupby(data, type):
        kinds[kind] = None
        if kind is int:
            # A run of ints is already exact: add it up in one go.
            run = list(run)
            count += len(run)
            sums[1] += sum(run)
            if with_squares:
                squares[1] += sum([v * v for v in run])
            continue
        pairs = map(_float_ratio if kind is float else _exact_ratio, run)
        if with_squares:
            for num, den in pairs:
                count += 1
                sums[den] += num
                squares[den] += num * num
        else:
            for num, den in pairs:
                count += 1
                sums[den] += num
    return kinds, count, sums, squares


def _exact_total(sums):
    return sum([Fraction(num, den) for den, num in sums.items()])


def _widest(kinds):
    # Builtin types first, then Decimal (a static C type in CPython), then the
    # rest: that is the order CPython's set of types yields in practice, and it
    # decides which pair a coercion error names.
    order = {'builtins': 0, 'decimal': 1}
    result = int
    for kind in sorted(kinds, key=lambda k: order.get(k.__module__, 2)):
        result = _wider(result, kind)
    return result


def _wider(T, S):
    """The type that results from mixing values of types T and S."""
    if T is S or S is int or S is bool:
        return T
    if T is int or issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    # Integers give way to anything; a Fraction gives way to a float.
    if issubclass(T, int) or (issubclass(T, Fraction) and issubclass(S, float)):
        return S
    if issubclass(S, int) or (issubclass(T, float) and issubclass(S, Fraction)):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(result type, exact total, count) of data."""
    kinds, count, sums, _ = _tally(data, False)
    # An infinity or NaN swamps whatever the finite values add up to.
    total = sums[None] if None in sums else _exact_total(sums)
    return _widest(kinds), total, count


def _ss(data, c=None):
    """(result type, sum of squared deviations, centre used, count) of data; the
    centre is the exact mean unless c is given."""
    if c is not None:
        kind, total, count = _sum((x - c) * (x - c) for x in data)
        return kind, total, c, count
    kinds, count, sums, squares = _tally(data, True)
    if not count:
        spread = centre = Fraction(0)
    elif None in sums:
        spread = centre = sums[None]
    else:
        sx = _exact_total(sums)
        sxx = sum([Fraction(num, den * den) for den, num in squares.items()])
        # Exact arithmetic makes the one-pass formula safe.
        spread = (count * sxx - sx * sx) / count
        centre = sx / count
    return _widest(kinds), spread, centre, count


def _convert(value, T):
    """value (mostly a Fraction) as type T; a non-integral value asked for as an
    int comes back as a float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        return float(value)
    try:
        return T(value)
    except TypeError:
        if not issubclass(T, Decimal):
            raise
        return T(value.numerator) / T(value.denominator)


def _nonnegative(values):
    for v in values:
        if v < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        yield v


# ---------------------------------------------------------------------------
# Correctly rounded square roots of a fraction n/m.

# Extra precision that makes rounding the odd-rounded integer root exact.
_ROOT_BITS = 2 * sys.float_info.mant_dig + 3


def _odd_rounded_isqrt(n, m):
    # floor(sqrt(n/m)), with the lowest bit forced on when the root is inexact
    # ("round to odd"), so a later rounding to float cannot double-round.
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


def _float_sqrt_of_frac(n, m):
    shift = (n.bit_length() - m.bit_length() - _ROOT_BITS) // 2
    if shift < 0:
        return _odd_rounded_isqrt(n << -2 * shift, m) / (1 << -shift)
    return float(_odd_rounded_isqrt(n, m << 2 * shift) << shift)


def _decimal_sqrt_of_frac(n, m):
    if n <= 0:
        if n == 0:
            return Decimal('0.0')
        n, m = -n, -m
    # Decimal's sqrt of the quotient may be one step off: check the halfway points
    # to both neighbours against the exact n/m.
    guess = (Decimal(n) / Decimal(m)).sqrt()
    gn, gd = guess.as_integer_ratio()

    def excess(neighbour):
        # sign of n/m - ((guess + neighbour) / 2) ** 2, kept in integers
        a, b = neighbour.as_integer_ratio()
        return 4 * n * (gd * b) ** 2 - m * (gd * a + b * gn) ** 2

    above = guess.next_plus()
    if excess(above) > 0:
        return above
    below = guess.next_minus()
    if excess(below) < 0:
        return below
    return guess


def _root(ms, T):
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(ms.numerator, ms.denominator)
    return _float_sqrt_of_frac(ms.numerator, ms.denominator)


# ---------------------------------------------------------------------------
# Averages and location.

def mean(data):
    """Arithmetic mean of data, exact for ints, Fractions and Decimals."""
    kind, total, count = _sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / count, kind)


def _sized(values):
    # values itself when it has a length, else its items in a list
    try:
        len(values)
    except TypeError:
        return list(values)
    return values


def fmean(data, weights=None):
    """Arithmetic mean in floating point (faster than mean()), optionally weighted."""
    data = _sized(data)
    count = len(data)
    if weights is None:
        total = fsum(data)
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    weights = _sized(weights)
    weighted = fsum(map(mul, data, weights))
    if len(weights) != count:
        raise StatisticsError('data and weights must be the same length')
    norm = fsum(weights)
    if not norm:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / norm


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        # log() rejects values <= 0 and fmean() an empty input: both ValueError.
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted; 0 if any value is 0."""
    if iter(data) is data:
        data = list(data)
    count = len(data)
    if not count:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if count == 1:
            only = data[0]
            if not isinstance(only, (numbers.Real, Decimal)):
                raise TypeError('unsupported type')
            if only < 0:
                raise StatisticsError('harmonic mean does not support negative values')
            return only
        weights = repeat(1, count)
        weight_total = count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_nonnegative(weights))[1]
    checked = _nonnegative(data)
    try:
        kind, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0  # a zero value with a non-zero weight
    else:
        if total <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(weight_total / total, kind)


def _ordered(data):
    values = sorted(data)
    if not values:
        raise StatisticsError('no median for empty data')
    return values


def median(data):
    """Middle value of data; for an even count, the mean of the middle two."""
    values = _ordered(data)
    half, odd = divmod(len(values), 2)
    if odd:
        return values[half]
    return (values[half - 1] + values[half]) / 2


def median_low(data):
    """Middle value of data; for an even count, the smaller of the middle two."""
    values = _ordered(data)
    return values[(len(values) - 1) // 2]


def median_high(data):
    """Middle value of data; for an even count, the larger of the middle two."""
    values = _ordered(data)
    return values[len(values) // 2]


def median_grouped(data, interval=1.0):
    """Median of continuous data binned in classes of width interval, found by
    interpolating within the class that holds the middle value."""
    values = _ordered(data)
    count = len(values)
    centre = values[count // 2]
    # values[first:stop] are the members of the median class.
    first = bisect_left(values, centre)
    stop = bisect_right(values, centre, lo=first)
    try:
        width = float(interval)
        centre = float(centre)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    floor_ = centre - width / 2.0
    return floor_ + width * (count / 2 - first) / (stop - first)


def multimode(data):
    """Every most frequent value, in the order each first appears."""
    freq = Counter(iter(data))
    top = max(freq.values(), default=0)
    return [value for value, seen in freq.items() if seen == top]


def mode(data):
    """The most frequent value (the first met among equals)."""
    leaders = multimode(data)
    if not leaders:
        raise StatisticsError('no mode for empty data')
    return leaders[0]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points that split data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    values = sorted(data)
    size = len(values)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        scale, clamp = size - 1, False
    elif method == 'exclusive':
        scale, clamp = size + 1, True
    else:
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        pos = i * scale
        j = pos // n
        if clamp:
            # Cut points beyond the data lean on the end values; indices are 1-based.
            j = min(max(j, 1), size - 1)
            lo = j - 1
        else:
            lo = j
        frac = pos - j * n
        cuts.append((values[lo] * (n - frac) + values[lo + 1] * frac) / n)
    return cuts


# ---------------------------------------------------------------------------
# Spread.

def _spread(data, centre, min_count, name):
    kind, ss, _, count = _ss(data, centre)
    if count < min_count:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (name, ('one', 'two')[min_count - 1],
                                 's' if min_count > 1 else ''))
    return kind, ss / (count - min_count + 1)


def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    kind, ms = _spread(data, xbar, 2, 'variance')
    return _convert(ms, kind)


def pvariance(data, mu=None):
    """Population variance (n in the denominator)."""
    kind, ms = _spread(data, mu, 1, 'pvariance')
    return _convert(ms, kind)


def stdev(data, xbar=None):
    """Square root of the sample variance."""
    kind, ms = _spread(data, xbar, 2, 'stdev')
    return _root(ms, kind)


def pstdev(data, mu=None):
    """Square root of the population variance."""
    kind, ms = _spread(data, mu, 1, 'pstdev')
    return _root(ms, kind)


# ---------------------------------------------------------------------------
# Two variables.

LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def _pair_size(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{what} requires that both inputs have same number '
                              'of data points')
    if size < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return size


def _centred(values, centre):
    return [v - centre for v in values]


def _sum_sq(devs):
    return fsum([d * d for d in devs])


def covariance(x, y, /):
    """Sample covariance of x and y."""
    size = _pair_size(x, y, 'covariance')
    xbar = fsum(x) / size
    ybar = fsum(y) / size
    return fsum(map(mul, _centred(x, xbar), _centred(y, ybar))) / (size - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, in [-1, 1]."""
    size = _pair_size(x, y, 'correlation')
    xbar = fsum(x) / size
    ybar = fsum(y) / size
    dx = _centred(x, xbar)
    dy = _centred(y, ybar)
    cross = fsum(map(mul, dx, dy))
    try:
        return cross / sqrt(_sum_sq(dx) * _sum_sq(dy))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares line y = slope * x + intercept (intercept 0 when proportional)."""
    size = _pair_size(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        xbar = fsum(x) / size
        ybar = fsum(y) / size
        dx = _centred(x, xbar)
        dy = _centred(y, ybar)
    cross = fsum(map(mul, dx, dy))
    try:
        slope = cross / _sum_sq(dx)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)


# ---------------------------------------------------------------------------
# The normal distribution.
#
# inv_cdf follows Wichura's algorithm AS 241 (Applied Statistics 37, 1988): a ratio
# of degree-7 polynomials in each of three regions of p. The published coefficients
# are listed highest power first and evaluated by Horner's rule.

_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_NEAR_TAIL = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
     1.2704582524523683826e+0, 3.6478483247632046050e+0, 5.7694972214606914055e+0,
     4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
     1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
     2.0531916266377588219e+0, 1.0),
)
_FAR_TAIL = (
    (2.0103343992922881326e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
     2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
     5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.8686913114561325910e-4, 1.4875361290850614852e-2, 1.3692988092273580531e-1,
     5.9983220655588793769e-1, 1.0),
)


def _poly(coeffs, r):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


def _standard_normal_quantile(p):
    """x such that Phi(x) == p, for 0 < p < 1."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _CENTRAL
        return _poly(top, r) * q / _poly(bottom, r)
    # In the tails work with the smaller of p and 1 - p, and mirror.
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        top, bottom = _NEAR_TAIL
        r = r - 1.6
    else:
        top, bottom = _FAR_TAIL
        r = r - 5.0
    x = _poly(top, r) / _poly(bottom, r)
    return -x if q < 0.0 else x


_SQRT2 = sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable"""

    __slots__ = dict(_mu='Arithmetic mean of a normal distribution',
                     _sigma='Standard deviation of a normal distribution')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the sample mean and sample deviation of data."""
        kind, ss, centre, count = _ss(data)
        if count < 2:
            raise StatisticsError('stdev requires at least two data points')
        ms = ss / (count - 1)
        centre = float(centre)
        if isinstance(ms, Fraction):
            return cls(centre, _float_sqrt_of_frac(ms.numerator, ms.denominator))
        # Infinite or NaN data: no exact ratio, let float arithmetic decide.
        return cls(centre, centre / float(ss))

    def samples(self, n, *, seed=None):
        """n random values (reproducible when seed is given)."""
        draw = (random.gauss if seed is None else random.Random(seed).gauss)
        mu = self._mu
        sigma = self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def _need_spread(self, what):
        if not self._sigma:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        dev = x - self._mu
        return exp(dev * dev / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """Probability of a value no greater than x."""
        self._need_spread('cdf')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x at which cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        sigma = self._sigma
        if sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * sigma

    def quantiles(self, n=4):
        """The n - 1 cut points that split the distribution into n equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Area shared by the two density curves, from 0.0 to 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Fix the order of the pair so that a.overlap(b) == b.overlap(a) exactly.
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        lo_var = lo.variance
        hi_var = hi.variance
        if not (lo_var and hi_var):
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = hi_var - lo_var
        mean_gap = fabs(hi._mu - lo._mu)
        if not var_gap:
            return 1.0 - erf(mean_gap / (2.0 * lo._sigma * _SQRT2))
        # Otherwise the densities cross twice, at (a +- b) / var_gap.
        a = lo._mu * hi_var - hi._mu * lo_var
        b = lo._sigma * hi._sigma * sqrt(mean_gap * mean_gap
                                         + var_gap * log(hi_var / lo_var))
        total = 0.0
        for cross in ((a + b) / var_gap, (a - b) / var_gap):
            total += fabs(hi.cdf(cross) - lo.cdf(cross))
        return 1.0 - total

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._need_spread('zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean.')
    median = property(lambda self: self._mu, doc='Middle value.')
    mode = property(lambda self: self._mu, doc='Most likely value.')
    stdev = property(lambda self: self._sigma, doc='Standard deviation.')
    variance = property(lambda self: self._sigma * self._sigma, doc='Square of stdev.')

    # Arithmetic: a constant shifts or scales the distribution; two independent
    # distributions add their means and combine their deviations in quadrature.

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
