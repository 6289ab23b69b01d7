# A recipe-scaling module whose user guide is a text file of doctests, run
# with doctest.testfile / DocFileSuite from a temporary directory.
import doctest
import io
import os
import re
import sys
import tempfile
import unittest


def scale(recipe, factor):
    return {k: round(v * factor, 2) for k, v in recipe.items()}


def shopping_list(recipes):
    total = {}
    for r in recipes:
        for k, v in r.items():
            total[k] = total.get(k, 0) + v
    return sorted(total.items())


GUIDE = """\
Recipe scaling guide
====================

Start with a base recipe:

    >>> pancakes = {"flour": 200, "milk": 0.3, "eggs": 2}
    >>> scale(pancakes, 2)
    {'flour': 400, 'milk': 0.6, 'eggs': 4}

Halving works too (and shows a deliberate mistake):

    >>> scale(pancakes, 0.5)
    {'flour': 100, 'milk': 0.15, 'eggs': 1}

Combining recipes:

    >>> crepes = {"flour": 120, "milk": 0.25, "butter": 30}
    >>> for item, qty in shopping_list([pancakes, crepes]):
    ...     print(f"{item:8}{qty}")
    butter  30
    eggs    2
    flour   320
    milk    0.55

The extra global is visible:

    >>> UNIT
    'metric'
    >>> café = "crème"
    >>> café.upper()
    'CRÈME'
"""

BROKEN = """\
    >>> scale({"salt": 1}, 3)
    {'salt': 3}
    >>> scale(None, 1)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'items'
    >>> missing_function()
    42
"""


def clean(text, base):
    text = text.replace(base + os.sep, "")
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    out, skip_indent = [], None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None and indent > skip_indent:
            skip_indent = None
            continue
        skip_indent = None
        if re.match(r'\s*File ".*doctest[^"]*", line \d+, in (runTest|__run)', line) \
                and "<doctest" not in line:
            skip_indent = indent
            continue
        out.append(line)
    text = "\n".join(out) + "\n"
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


def capture(fn, *a, **kw):
    old, sys.stdout = sys.stdout, io.StringIO()
    try:
        val = fn(*a, **kw)
    finally:
        old, sys.stdout = sys.stdout, old
    return val, old.getvalue()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        guide = os.path.join(d, "guide.txt")
        with open(guide, "w", encoding="utf-8") as f:
            f.write(GUIDE)
        broken = os.path.join(d, "broken.rst")
        with open(broken, "w", encoding="utf-8") as f:
            f.write(BROKEN)

        globs = {"scale": scale, "shopping_list": shopping_list}
        res, out = capture(doctest.testfile, guide, module_relative=False, globs=globs,
                           extraglobs={"UNIT": "metric"}, encoding="utf-8")
        print(clean(out, d))
        print("guide:", res)
        print("globs untouched:", sorted(globs))

        res, out = capture(doctest.testfile, broken, module_relative=False,
                           globs=dict(globs), verbose=True, name="BrokenDoc",
                           report=True)
        print(clean(out, d))
        print("broken:", res)

        res, out = capture(doctest.testfile, guide, module_relative=False, globs=globs,
                           optionflags=doctest.ELLIPSIS, raise_on_error=False)
        print("without UNIT:", res)

        suite = doctest.DocFileSuite(guide, broken, module_relative=False,
                                     globs={"scale": scale, "shopping_list": shopping_list,
                                            "UNIT": "imperial"},
                                     optionflags=doctest.REPORT_NDIFF)
        print("suite:", suite.countTestCases(), [clean(str(t), d).strip() for t in suite])
        buf = io.StringIO()
        r = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
        print(clean(buf.getvalue(), d))
        print("failures:", len(r.failures))

        parser = doctest.DocTestParser()
        pieces = parser.parse(BROKEN)
        print([type(p).__name__ if not isinstance(p, str) else repr(p) for p in pieces])
