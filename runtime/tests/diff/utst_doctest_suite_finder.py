# A units-conversion module whose doctests live on classes, static/class
# methods, properties and a __test__ dict; collected by DocTestFinder and
# also wrapped into a unittest suite via DocTestSuite.
import doctest
import io
import re
import sys
import unittest


def clean(text):
    # frames inside the doctest machinery itself are not interesting here
    out, skip_indent = [], None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None and indent > skip_indent:
            skip_indent = None
            continue
        skip_indent = None
        if re.match(r'\s*File ".*doctest[^"]*", line \d+, in (runTest|__run)', line) and "<doctest" not in line:
            skip_indent = indent
            continue
        out.append(line)
    text = "\n".join(out) + "\n"
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)
    return text


class Length:
    """A length stored in metres.

    >>> Length(1500).km
    1.5
    >>> Length.from_feet(10)
    Length(3.048)
    """

    FACTORS = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "in": 0.0254}

    def __init__(self, metres):
        self.metres = metres

    def __repr__(self):
        return f"Length({round(self.metres, 4)!r})"

    @property
    def km(self):
        """Kilometres.

        >>> Length(250).km
        0.25
        """
        return self.metres / 1000

    @classmethod
    def from_feet(cls, ft):
        """
        >>> Length.from_feet(1).metres
        0.3048
        """
        return cls(ft * cls.FACTORS["ft"])

    @staticmethod
    def parse(text):
        """Parse '12 km' style strings.

        >>> Length.parse("2 km")
        Length(2000.0)
        >>> Length.parse("5 parsecs")
        Traceback (most recent call last):
            ...
        ValueError: unknown unit 'parsecs'
        >>> Length.parse("three m")   # deliberately wrong expectation
        Length(3.0)
        """
        num, unit = text.split()
        if unit not in Length.FACTORS:
            raise ValueError(f"unknown unit {unit!r}")
        return Length(float(num) * Length.FACTORS[unit])

    def to(self, unit):
        """
        >>> for u in ("m", "ft", "in"):
        ...     print(u, round(Length(1).to(u), 3))
        m 1.0
        ft 3.281
        in 39.37
        """
        return self.metres / self.FACTORS[unit]


def _private_helper():
    """
    >>> _private_helper()
    'hidden'
    """
    return "hidden"


__test__ = {
    "roundtrip": """
        >>> Length.parse("3 ft").to("ft")
        3.0000000000000004
        >>> round(_, 6)
        Traceback (most recent call last):
        NameError: name '_' is not defined
        """,
    "syntax": """
        >>> x = = 2
        Traceback (most recent call last):
        SyntaxError: invalid syntax
        """,
}


if __name__ == "__main__":
    finder = doctest.DocTestFinder()
    mod = sys.modules[__name__]
    tests = finder.find(mod)
    for t in sorted(tests, key=lambda t: t.name):
        print(f"{t.name:35} examples={len(t.examples)} lineno={t.lineno}")
    print("with empty:", len(doctest.DocTestFinder(exclude_empty=False).find(mod)))
    print("no recurse:", [t.name for t in doctest.DocTestFinder(recurse=False).find(mod)])

    suite = doctest.DocTestSuite(mod)
    print("suite size:", suite.countTestCases())
    for case in suite:
        print("  case:", case.id(), "|", str(case), "|", case.shortDescription())
    buf = io.StringIO()
    res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(clean(buf.getvalue()))
    print("failures:", len(res.failures), "errors:", len(res.errors))
    sys.stdout.flush()
    print("--- run_docstring_examples")
    old, sys.stdout = sys.stdout, io.StringIO()
    try:
        doctest.run_docstring_examples(Length.to, {"Length": Length}, verbose=True, name="to")
        doctest.run_docstring_examples(Length.parse, {"Length": Length}, name="parse_only")
    finally:
        old, sys.stdout = sys.stdout, old
    print(clean(old.getvalue()))
