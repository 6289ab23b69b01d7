# An inventory module documented with doctests; run with testmod(verbose=True)
# including failing examples, option flags, and exception examples.
import doctest
import io
import re
import sys


class Inventory:
    """A tiny stock keeper.

    >>> inv = Inventory()
    >>> inv.add("apple", 3)
    >>> inv.add("pear", 2)
    >>> inv.count("apple")
    3
    >>> inv.items()   # doctest: +NORMALIZE_WHITESPACE
    [('apple', 3),
     ('pear', 2)]
    >>> inv.remove("plum", 1)
    Traceback (most recent call last):
        ...
    KeyError: 'plum'
    """

    def __init__(self):
        self._stock = {}

    def add(self, name, qty):
        """Add stock.

        >>> i = Inventory(); i.add("x", -1)
        Traceback (most recent call last):
        ValueError: quantity must be positive, got -1
        """
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self._stock[name] = self._stock.get(name, 0) + qty

    def remove(self, name, qty):
        """Remove stock.

        >>> i = Inventory(); i.add("x", 2); i.remove("x", 5)
        Traceback (most recent call last):
          ...
        ValueError: not enough x: have 2, want 5
        >>> i.remove("x", 2); i.count("x")
        0
        """
        have = self._stock[name]
        if qty > have:
            raise ValueError(f"not enough {name}: have {have}, want {qty}")
        self._stock[name] = have - qty

    def count(self, name):
        return self._stock.get(name, 0)

    def items(self):
        return sorted(self._stock.items())

    def report(self):
        """Text report.

        >>> inv = Inventory(); inv.add("kiwi", 12); inv.add("fig", 1)
        >>> print(inv.report())
        fig ..... 1
        kiwi .... 12
        >>> inv.report()   # doctest: +ELLIPSIS
        'fig ...12'
        >>> print(inv.report())  # wrong on purpose
        fig: 1
        kiwi: 12
        """
        width = max(len(n) for n in self._stock) + 5
        return "\n".join(f"{n} {'.' * (width - len(n) - 1)} {q}"
                         for n, q in self.items())


def total_value(prices, stock):
    """Sum price*qty.

    >>> total_value({"a": 1.5, "b": 2}, {"a": 2, "b": 3})
    9.0
    >>> total_value({}, {"a": 1})
    Traceback (most recent call last):
    KeyError: 'a'
    >>> total_value({"a": 0.1}, {"a": 3})
    0.3
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 19]
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    return sum(prices[k] * q for k, q in stock.items())


def helper_without_tests(x):
    return x * 2


def normalize(text):
    """
    >>> normalize("  a   b  ")
    'a b'
    >>> normalize("x\\ny")
    'x y'
    >>> print(normalize("one two three"))   # doctest: +NORMALIZE_WHITESPACE
    one    two
       three
    >>> normalize(None)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    AttributeError: something else entirely
    """
    return " ".join(text.split())


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return text.replace(__file__, "PROG")


if __name__ == "__main__":
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        res = doctest.testmod(verbose=True)
    finally:
        sys.stdout = old
    print(clean(buf.getvalue()))
    print("result:", res.failed, res.attempted, type(res).__name__)

    sys.stdout = buf = io.StringIO()
    try:
        res = doctest.testmod(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    finally:
        sys.stdout = old
    print(clean(buf.getvalue()))
    print("quiet result:", tuple(res))
