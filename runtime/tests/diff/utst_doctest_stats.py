# A statistics helper module documented by doctests that show many kinds of
# values (floats, fractions, sets, bytes, ranges, nested containers) and the
# error messages of builtins; run with testmod(verbose=True).
import doctest
import io
import math
import re
import sys
from collections import Counter, OrderedDict, deque, namedtuple
from fractions import Fraction
from decimal import Decimal

Summary = namedtuple("Summary", "n mean lo hi")


def summarize(xs):
    """
    >>> summarize([3, 1, 2])
    Summary(n=3, mean=2.0, lo=1, hi=3)
    >>> summarize([])
    Traceback (most recent call last):
    ValueError: min() arg is an empty sequence
    >>> summarize([Fraction(1, 3), Fraction(1, 6)])
    Summary(n=2, mean=Fraction(1, 4), lo=Fraction(1, 6), hi=Fraction(1, 3))
    >>> summarize([Decimal("1.10"), Decimal("2.205")]).mean
    Decimal('1.6575')
    >>> summarize(["a", 1])
    Traceback (most recent call last):
    TypeError: '<' not supported between instances of 'int' and 'str'
    """
    lo, hi = min(xs), max(xs)
    return Summary(len(xs), sum(xs) / len(xs), lo, hi)


def histogram(xs, width=1):
    """
    >>> histogram([1, 2, 2, 3, 3, 3])
    Counter({3: 3, 2: 2, 1: 1})
    >>> sorted(histogram([0.5, 1.5, 1.7], width=1).items())
    [(0.0, 1), (1.0, 2)]
    >>> histogram("abca")
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for //: 'str' and 'int'
    >>> histogram([1, 2], width=0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    >>> histogram([1.0], width=0.0)
    Traceback (most recent call last):
    ZeroDivisionError: float floor division by zero
    """
    return Counter((x // width) * width for x in xs)


def moving(xs, k):
    """
    >>> list(moving(range(6), 3))
    [(0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5)]
    >>> moving([1, 2], 3)
    deque([], maxlen=3)
    >>> next(iter(moving([], 1)))
    Traceback (most recent call last):
    StopIteration
    """
    win = deque(maxlen=k)
    if len(xs) < k:
        return win
    out = []
    for x in xs:
        win.append(x)
        if len(win) == k:
            out.append(tuple(win))
    return out


def describe_values():
    """
    >>> vals = [1e16, 1e-5, -0.0, 2.5e-300 * 1e-300, float("inf"), 1/3, 100.0]
    >>> vals
    [1e+16, 1e-05, -0.0, 0.0, inf, 0.3333333333333333, 100.0]
    >>> [math.isnan(float("nan")), math.nan == math.nan]
    [True, False]
    >>> complex(1, -0.0), complex(0, 2), 3j ** 2
    ((1-0j), 2j, (-9+0j))
    >>> {frozenset({2, 1}), frozenset()} == {frozenset(), frozenset([1, 2])}
    True
    >>> b"\\x00ab\\xff", bytearray(b"hi"), memoryview(b"x").tobytes()
    (b'\\x00ab\\xff', bytearray(b'hi'), b'x')
    >>> range(0, 10, 3), slice(2, None), ...
    (range(0, 10, 3), slice(2, None, None), Ellipsis)
    >>> OrderedDict(b=1, a=2)
    OrderedDict([('b', 1), ('a', 2)])
    >>> nested = [1, [2, [3]]]; nested[1][1].append(nested); nested
    [1, [2, [3, [...]]]]
    >>> len, int.__add__, str.upper   # doctest: +ELLIPSIS
    (<built-in function len>, <slot wrapper '__add__' of 'int' objects>, <method 'upper' of 'str' objects>)
    >>> type(None), type(len), type(summarize)
    (<class 'NoneType'>, <class 'builtin_function_or_method'>, <class 'function'>)
    >>> divmod(-7, 2), -7 % 3, round(2.5), round(3.5), round(-0.5)
    ((-4, 1), 2, 2, 4, 0)
    >>> int("12_000"), float("  1.5\\n"), int("ff", 16)
    (12000, 1.5, 255)
    >>> int("1.5")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: '1.5'
    >>> [].pop()
    Traceback (most recent call last):
    IndexError: pop from empty list
    >>> {}.popitem()
    Traceback (most recent call last):
    KeyError: 'popitem(): dictionary is empty'
    >>> (1, 2).index(5)
    Traceback (most recent call last):
    ValueError: tuple.index(x): x not in tuple
    >>> "abc".index("z")
    Traceback (most recent call last):
    ValueError: substring not found
    >>> math.sqrt(-1)
    Traceback (most recent call last):
    ValueError: math domain error
    >>> sum(["a", "b"], "")
    Traceback (most recent call last):
    TypeError: sum() can't sum strings [use ''.join(seq) instead]
    >>> Summary(1, 2, 3)
    Traceback (most recent call last):
    TypeError: Summary.__new__() missing 1 required positional argument: 'hi'
    >>> Summary(1, 2, 3, 4)._replace(z=1)
    Traceback (most recent call last):
    ValueError: Got unexpected field names: ['z']
    """


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return text


if __name__ == "__main__":
    old, sys.stdout = sys.stdout, io.StringIO()
    try:
        res = doctest.testmod(verbose=True)
    finally:
        old, sys.stdout = sys.stdout, old
    print(clean(old.getvalue()))
    print(res)
