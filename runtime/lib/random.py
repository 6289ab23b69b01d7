"""Pseudo-random numbers: a Mersenne Twister core (the native _random module) plus the
integer, sequence and real-valued distributions built on it. For a given seed every
method yields the same values as CPython's."""

import _random
from math import (ceil as _ceil, floor as _floor, log as _log, exp as _exp,
                  sqrt as _sqrt, sin as _sin, cos as _cos, acos as _acos,
                  isfinite as _isfinite, pi as _pi, e as _e, tau as TWOPI)
from os import urandom as _urandom
from operator import index as _index
from _collections_abc import Sequence as _Sequence

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

BPF = 53                    # a double carries 53 significant bits
RECIP_BPF = 2 ** -BPF
LOG4 = _log(4.0)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
SG_MAGICCONST = 1.0 + _log(4.5)

_ONE = 1                    # default step; compared by identity to spot an explicit step
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
_MASK64 = (1 << 64) - 1


def _warn(message, category=UserWarning, depth=1):
    # Deferred: warnings is only needed on rare, deprecated paths.
    import warnings
    warnings.warn(message, category, depth + 1)


def _running_sums(values):
    """The list of prefix sums of values (what itertools.accumulate would give)."""
    sums = []
    it = iter(values)
    for acc in it:
        sums.append(acc)
        for v in it:
            acc = acc + v
            sums.append(acc)
    return sums


def _first_above(table, x, hi):
    """Index of the first of table[0:hi] greater than x (hi when none is)."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < table[mid]:
            hi = mid
            continue
        lo = mid + 1
    return lo


def _as_int_arg(value, label):
    """value as an int for randrange. An integral float is still taken with a
    DeprecationWarning (as in 3.10+); any other non-integer is a ValueError."""
    try:
        return _index(value)
    except TypeError:
        pass
    whole = int(value)
    # depth 3: warn at the line that called randrange (via _randrange and here).
    if whole == value:
        _warn("non-integer arguments to randrange() have been deprecated since "
              "Python 3.10 and will be removed in a subsequent version",
              DeprecationWarning, 3)
        return whole
    _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
    raise ValueError("non-integer %s for randrange()" % label)


def _old_style_seed(text):
    """The int that version-1 seeding derived from a str or bytes."""
    codes = list(text) if isinstance(text, bytes) else [ord(ch) for ch in text]
    acc = codes[0] << 7 if codes else 0
    for code in codes:
        acc = ((acc * 1000003) ^ code) & _MASK64
    acc ^= len(codes)
    return -2 if acc == -1 else acc


class Random(_random.Random):
    """A generator with its own state; subclass it to supply another core generator."""

    VERSION = 3     # layout of getstate()'s result

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Integer draws follow the most derived core method a subclass supplies: its
        # own getrandbits() if any, else its own random().
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                return
            if "getrandbits" in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if "random" in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # ------------------------------------------------------------------ state

    def seed(self, a=None, version=2):
        """Reset the state from a; None draws the seed from the operating system."""
        if version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _random._sha512(raw), "big")
        elif version == 1 and isinstance(a, (str, bytes)):
            a = _old_style_seed(a)
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """An object that setstate() accepts to resume from this point."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Resume from a getstate() result (format 3, or the older signed format 2)."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            # Format 2 kept the 32-bit words as signed C longs.
            try:
                words = tuple([w % 4294967296 for w in words])
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ------------------------------------------------------------------ integers

    def _randbelow_with_getrandbits(self, n):
        """Uniform int in range(n), drawing n.bit_length() bits until one fits."""
        bits = self.getrandbits
        width = n.bit_length()
        while True:
            r = bits(width)
            if r < n:
                return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Uniform int in range(n) for a generator that only provides random()."""
        draw = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \nenough bits to "
                  "choose from a population range this large.\nTo remove the range "
                  "limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        # Reject the top sliver of [0, 1) so every residue is equally likely.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            u = draw()
            if u < cutoff:
                return _floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    # The native methods below cover the stock generator with int arguments; for
    # anything else they call these Python versions by name.

    def _randrange(self, start, stop=None, step=_ONE):
        first = _as_int_arg(start, "arg 1")
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        last = _as_int_arg(stop, "stop")
        span = last - first
        stride = _as_int_arg(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (first, last, span))
            return first + self._randbelow(span)
        if not stride:
            raise ValueError("zero step for randrange()")
        count = -(-span // stride)      # ceiling division, either sign of step
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    def _randint(self, a, b):
        return self.randrange(a, b + 1)

    def _choice(self, seq):
        size = len(seq)
        if not size:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def _shuffle(self, x):
        below = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    randrange = _random.Random.randrange
    randint = _random.Random.randint
    choice = _random.Random.choice
    shuffle = _random.Random.shuffle

    # So that tracebacks and messages from the fallbacks carry the public names.
    for _fn in (_randrange, _randint, _choice, _shuffle):
        _fn.__name__ = _fn.__name__[1:]
        _fn.__qualname__ = "Random." + _fn.__name__
    del _fn

    # ------------------------------------------------------------------ sequences

    def sample(self, population, k, *, counts=None):
        """k distinct picks (by position) from the sequence population."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        if not isinstance(k, int):
            [None] * k      # CPython's message for a non-integer k
        # A scratch copy of the population costs more than a set of taken indices
        # once the population is large next to k.
        limit = 21
        if k > 5:
            limit += 4 ** _ceil(_log(k * 3, 4))
        if size <= limit:
            return self._sample_by_pool(population, size, k)
        return self._sample_by_rejection(population, size, k)

    def _sample_counted(self, population, size, counts, k):
        # Sample positions in the expanded population, then map each back.
        bounds = _running_sums(counts)
        if len(bounds) != size:
            raise ValueError("The number of counts does not match the population")
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        picks = self.sample(range(total), k=k)
        edge = len(bounds)
        return [population[_first_above(bounds, p, edge)] for p in picks]

    def _sample_by_pool(self, population, size, k):
        below = self._randbelow
        pool = list(population)
        out = []
        for left in range(size, size - k, -1):
            j = below(left)
            out.append(pool[j])
            pool[j] = pool[left - 1]     # the last live entry fills the hole
        return out

    def _sample_by_rejection(self, population, size, k):
        below = self._randbelow
        taken = set()
        out = []
        while len(out) < k:
            j = below(size)
            if j not in taken:
                taken.add(j)
                out.append(population[j])
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = _running_sums(weights)
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError("The number of choices must be a keyword "
                                    f"argument: {k=}") from None
                raise
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = size - 1
        return [population[_first_above(cum_weights, draw() * total, last)]
                for _ in range(k)]

    # ------------------------------------------------------------------ real-valued

    def uniform(self, a, b):
        """A float from a to b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution over [low, high] peaking at mode (midpoint default)."""
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > c:
            # The right-hand side is the left-hand formula seen from the other end.
            return high + (low - high) * _sqrt((1.0 - u) * (1.0 - c))
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal deviate by the Kinderman-Monahan ratio-of-uniforms method."""
        draw = self.random
        while True:
            offset = draw() - 0.5
            denom = 1.0 - draw()
            z = NV_MAGICCONST * offset / denom
            if z * z / 4.0 <= -_log(denom):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal deviate by Box-Muller; each pair of uniforms gives two deviates."""
        spare = self.gauss_next
        if spare is not None:
            self.gauss_next = None
            return mu + spare * sigma
        angle = self.random() * TWOPI
        radius = _sqrt(-2.0 * _log(1.0 - self.random()))
        self.gauss_next = _sin(angle) * radius
        return mu + _cos(angle) * radius * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal deviate with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential deviate with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Angle in [0, 2*pi) from the von Mises distribution (Best and Fisher)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        spread = _acos((inv + z) / (1.0 + inv * z))
        if draw() > 0.5:
            return (mu + spread) % TWOPI
        return (mu - spread) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma deviate with shape alpha and scale beta, both positive."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            return self._gamma_large_shape(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small_shape(alpha) * beta

    def _gamma_large_shape(self, alpha):
        # Cheng (1977), algorithm GB, for alpha > 1.
        draw = self.random
        a = _sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u = draw()
            if not 1e-7 < u < 0.9999999:
                continue
            w = 1.0 - draw()
            v = _log(u / (1.0 - u)) / a
            x = alpha * _exp(v)
            z = u * u * w
            t = b + c * v - x
            if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
                return x

    def _gamma_small_shape(self, alpha):
        # Ahrens and Dieter (1974), algorithm GS, for 0 < alpha < 1.
        draw = self.random
        while True:
            bound = (_e + alpha) / _e
            p = bound * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _exp(-x):
                    return x
            else:
                x = -_log((bound - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta deviate in [0, 1] from two gamma deviates."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto deviate with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull deviate with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Draws from os.urandom(); there is no state to seed, save or restore."""

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = -(-k // 8)
        return int.from_bytes(_urandom(nbytes), "big") >> (nbytes * 8 - k)

    def random(self):
        return self.getrandbits(BPF) * RECIP_BPF

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _stateless


# Each lower-case public name is a method of one shared, OS-seeded instance.
_inst = Random()
_namespace = globals()
for _public in __all__:
    if _public[0].islower():
        _namespace[_public] = getattr(_inst, _public)
del _namespace, _public
