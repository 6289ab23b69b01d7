# A roman-numeral converter whose doctests are run with DebugRunner so the
# first problem is raised as DocTestFailure / UnexpectedException and inspected;
# also DocTestCase.debug() and the tab/whitespace/None output rules of doctest.
import doctest
import sys
import unittest

NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
            (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
            (4, "IV"), (1, "I")]


def to_roman(n):
    """
    >>> to_roman(1994)
    'MCMXCIV'
    >>> [to_roman(i) for i in (1, 4, 9, 14, 40)]
    ['I', 'IV', 'IX', 'XIV', 'XL']
    >>> to_roman(0)
    Traceback (most recent call last):
    ValueError: 0 is out of range (1..3999)
    """
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in NUMERALS:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def from_roman(s):
    """
    >>> from_roman("MMXXIV")
    2024
    >>> from_roman("IIII")   # lenient parser, expectation is wrong on purpose
    Traceback (most recent call last):
    ValueError: bad numeral 'IIII'
    """
    values = dict((sym, v) for v, sym in NUMERALS if len(sym) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def table(limit):
    """
    >>> table(3)
    >>> print(table(3) is None)
    True
    >>> table("x")
    42
    """
    for i in range(1, limit + 1):
        pass


FORMAT_DOC = """
>>> print("1\\tI")
1\tI
>>> print("spaces after   ")
spaces after   
>>> print("a", "b", sep="\\n")
a
b
>>> print("")
<BLANKLINE>
"""


def first_problem(obj, name):
    finder = doctest.DocTestFinder()
    test = finder.find(obj, name, globs=dict(globals()))[0]
    runner = doctest.DebugRunner(verbose=False)
    try:
        runner.run(test, out=lambda s: None)
    except doctest.DocTestFailure as f:
        print(f"{name}: DocTestFailure at line {f.example.lineno}")
        print("   source:", repr(f.example.source))
        print("   want:  ", repr(f.example.want))
        print("   got:   ", repr(f.got))
        print("   str:   ", str(f).split(" from ")[0], "| args:", len(f.args))
        print("   is Exception:", isinstance(f, Exception), type(f).__bases__)
    except doctest.UnexpectedException as u:
        etype, evalue, _ = u.exc_info
        print(f"{name}: UnexpectedException {etype.__name__}: {evalue}")
        print("   source:", repr(u.example.source), "| bases:", type(u).__bases__)
    else:
        print(f"{name}: clean, tries={runner.tries} failures={runner.failures}")


if __name__ == "__main__":
    first_problem(to_roman, "to_roman")
    first_problem(from_roman, "from_roman")
    first_problem(table, "table")

    test = doctest.DocTestParser().get_doctest(FORMAT_DOC, {}, "format", "format.txt", 0)
    runner = doctest.DocTestRunner(verbose=False)
    lines = []
    runner.run(test, out=lines.append)
    print("format failures:", runner.failures, "of", runner.tries)
    print("".join(lines), end="")

    case = doctest.DocTestCase(
        doctest.DocTestFinder().find(from_roman, "from_roman", globs=dict(globals()))[0])
    print("case:", case.id(), "|", repr(case).split(" from ")[0])
    try:
        case.debug()
    except doctest.DocTestFailure as f:
        print("debug() raised DocTestFailure with got", repr(f.got))
    ok_case = doctest.DocTestCase(
        doctest.DocTestFinder().find(to_roman, "to_roman", globs=dict(globals()))[0])
    ok_case.debug()
    print("debug() of a passing doctest returns quietly")
    res = unittest.TestResult()
    ok_case.run(res)
    print("run via unittest:", res.testsRun, res.wasSuccessful())
