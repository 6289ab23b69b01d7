"""Differential test of doctest: parsing, finding, running, option flags, reports, unittest.

>>> 1 + 1
2
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
"""
import contextlib
import doctest
import functools
import io
import os
import sys
import tempfile
import types
import unittest

_HERE = os.path.dirname(os.path.abspath(__file__))


def _clean(text):
    """Output made independent of where the test and the doctest module live."""
    text = text.replace(_HERE + os.sep, "")
    lines = text.split("\n")
    kept = []
    skip = False
    for line in lines:
        if skip:
            skip = False
            # A frozen module's frame comes without a source line.
            if not line.strip().startswith("File "):
                continue
        # The runner's own frame in a traceback names doctest's source file and line.
        if line.strip().startswith("File ") and line.rstrip().endswith(", in __run"):
            skip = True
            continue
        kept.append(line)
    return "\n".join(kept)


def captured(fn, *args, **kw):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = fn(*args, **kw)
    print(_clean(buf.getvalue()), end="")
    return result

def add(a, b):
    """Add.

    >>> add(1, 2)
    3
    >>> add(1, 2)
    4
    >>> [1, 2, 3,
    ...  4]
    [1, 2, 3, 4]
    >>> x = 5
    >>> x
    5
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> raise ValueError("boom")
    Traceback (most recent call last):
    ValueError: bam
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(5)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1, 2,
     3, 4]
    >>> undefined_name
    42
    """
    return a + b

class K:
    """Class K.

    >>> K().m()
    'm'
    """
    def m(self):
        """
        >>> K().m()
        'x'
        """
        return 'm'

    def n(self):
        '''
        >>> 2
        2
        '''

def flags_demo():
    """
    >>> print("a b   c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print("a b   c")
    a b c
    >>> print(list(range(30)))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> print("xx")  # doctest: +ELLIPSIS
    x...x...x
    >>> 1 == 1
    1
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print("q\\n\\nr")  # doctest: +DONT_ACCEPT_BLANKLINE
    q
    <BLANKLINE>
    r
    >>> print("q\\n\\nr")
    q
    <BLANKLINE>
    r
    >>> raise ValueError("x y")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    foo.bar.ValueError: zzz
    >>> raise KeyError("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: x
    >>> print("never")  # doctest: +SKIP
    nope
    >>> print(1); print(2)
    1
    3
    >>> print("\\n".join("abcdef"))  # doctest: +REPORT_UDIFF
    a
    b
    C
    d
    e
    f
    >>> print("\\n".join("abcdef"))  # doctest: +REPORT_CDIFF
    a
    b
    C
    d
    e
    f
    >>> print("\\n".join("abc"))  # doctest: +REPORT_NDIFF
    a
    B
    c
    >>> print("one line")  # doctest: +REPORT_UDIFF
    other line
    >>> print("", end="")
    something
    >>> None
    >>> print("x")
    >>> 'tab\\there'
    'tab\\there'
    >>> raise ZeroDivisionError
    Traceback (most recent call last):
    ZeroDivisionError
    >>> raise ValueError("multi\\nline")
    Traceback (most recent call last):
        ...
    ValueError: multi
    line
    >>> def f(x):
    ...     return x * 2
    >>> f(4)
    8
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> print("trailing   ")
    trailing
    """

def first_failure():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    """

def fail_fast():
    """
    >>> 1
    2
    >>> 3
    4
    """

def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w

class Outer:
    """
    >>> Outer.x
    1
    """
    x = 1
    class Inner:
        """
        >>> 'inner'
        'inner'
        """
    @staticmethod
    def sm():
        """
        >>> 'sm'
        'sm'
        """
    @classmethod
    def cm(cls):
        """
        >>> 'cm'
        'cm'
        """
    @property
    def prop(self):
        """
        >>> 'prop'
        'prop'
        """
    @deco
    def decorated(self):
        """
        >>> 'dec'
        'deco'
        """

from os.path import join  # imported: the finder must skip it

__test__ = {
    "s1": """
    >>> 2 ** 10
    1024
    """,
    "fn": flags_demo,
}


def run(fn, **kw):
    captured(doctest.run_docstring_examples, fn, {"f": None}, **kw)


print("== flags")
run(flags_demo)
print("== first failure")
run(first_failure, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print("== fail fast")
run(fail_fast, optionflags=doctest.FAIL_FAST)
print("== global flags")
run(flags_demo, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
print("== verbose")
run(K.m, verbose=True, name="K.m")
print("== testmod")
r = captured(doctest.testmod)
print(r, r.failed, r.attempted, type(r).__name__)
print("== testmod verbose")
r = captured(doctest.testmod, verbose=True, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(r)
print("== testmod quiet")
print(captured(doctest.testmod, report=False, optionflags=doctest.SKIP))
print(doctest.ELLIPSIS, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.FAIL_FAST)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items()))
print(doctest.register_optionflag("MY_FLAG"), doctest.register_optionflag("MY_FLAG"))

print("== parser")
p = doctest.DocTestParser()
doc = '''
Some text.
    >>> 1 + 1   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    2
    >>> if True:
    ...     print("yes")
    yes

More text
  >>> raise ValueError("v")
  Traceback (most recent call last):
    File "x", line 1
  ValueError: v
  >>> # just a comment
  >>>
  >>> print("<BLANKLINE>")
  <BLANKLINE>
'''
for piece in p.parse(doc, "name"):
    if isinstance(piece, doctest.Example):
        print("EX", repr(piece.source), repr(piece.want), repr(piece.exc_msg), piece.lineno, piece.indent, piece.options)
    else:
        print("TXT", repr(piece))
t = p.get_doctest(doc, {"a": 1}, "nm", "file.py", 10)
print(t, len(t.examples), t.globs, t.name, t.filename, t.lineno)
print(repr(p.get_doctest("", {}, "e", None, None)))
print(repr(p.get_doctest(">>> 1\n1\n", {}, "o", "f", 3)))

for bad in [">>>1\n", "  >>> 1\n  ... 2\n", "  >>> 1\n 1\n", ">>> 1 # doctest: +BOGUS\n1\n",
            ">>> 1 # doctest: ELLIPSIS\n", "    >>> x = 1\n    ...y\n"]:
    try:
        p.get_examples(bad, "bad")
        print("no error", repr(bad))
    except ValueError as e:
        print("ValueError", e)

ex = doctest.Example("print(1)", "1")
print(repr(ex.source), repr(ex.want), ex.exc_msg, ex.lineno, ex.indent, ex.options)
print(ex == doctest.Example("print(1)\n", "1\n"))

c = doctest.OutputChecker()
for want, got, fl in [("a\n", "a\n", 0), ("1\n", "True\n", 0), ("a ... b\n", "a xx b\n", doctest.ELLIPSIS),
                      ("a...a\n", "aa\n", doctest.ELLIPSIS), ("aa...aa", "aaa", doctest.ELLIPSIS),
                      ("x\n<BLANKLINE>\ny\n", "x\n\ny\n", 0), ("x\n<BLANKLINE>\ny\n", "x\n   \ny\n", 0),
                      ("a  b\n", "a\nb\n", doctest.NORMALIZE_WHITESPACE), ("...", "anything", doctest.ELLIPSIS),
                      ("", "", 0), ("0\n", "False\n", doctest.DONT_ACCEPT_TRUE_FOR_1)]:
    print(repr(want), repr(got), c.check_output(want, got, fl))
ex = doctest.Example("x", "a\nb\nc\nd\n")
for fl in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF]:
    print(c.output_difference(ex, "a\nB\nc\nd\n\n", fl))
print(c.output_difference(doctest.Example("x", ""), "", 0))
print(c.output_difference(doctest.Example("x", "w"), "", 0))
print(c.output_difference(doctest.Example("x", ""), "g\n", 0))

# Finder on a synthetic module.
m = types.ModuleType("mymod", "Module doc\n>>> 6*7\n42\n")
src = '''
def a():
    """
    >>> 1
    1
    """
def b():
    pass
class K:
    """
    >>> 2
    2
    """
    def meth(self):
        """no examples"""
'''
exec(src, m.__dict__)
m.__dict__["join"] = os.path.join
for exclude in (True, False):
    for test in doctest.DocTestFinder(exclude_empty=exclude).find(m):
        print(test.name, test.filename, test.lineno, len(test.examples), sorted(k for k in test.globs if not k.startswith("__")))
print([t.name for t in doctest.DocTestFinder(recurse=False).find(m)])
print([t.name for t in doctest.DocTestFinder().find(m, "other", globs={"z": 1}, extraglobs={"y": 2})])
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print("ValueError", e)
print(doctest.testmod(m))
print(doctest.testmod(m, name="renamed", verbose=True))
try:
    doctest.testmod("notamodule")
except TypeError as e:
    print("TypeError", e)

# Runner with custom out, counts, summarize, merge.
out = []
r = doctest.DocTestRunner(verbose=False)
t = p.get_doctest(">>> 1\n2\n>>> 3\n3\n", {}, "T", "t.py", 0)
print(r.run(t, out=out.append))
print(out)
t = p.get_doctest(">>> 1\n1\n", {}, "U", "t.py", 0)
print(r.run(t, out=out.append))
print(r.failures, r.tries)
print(r.summarize(verbose=True))
print(r.summarize(verbose=False))

# DebugRunner
dr = doctest.DebugRunner(verbose=False)
try:
    dr.run(p.get_doctest(">>> 1\n2\n", {}, "D", "d.py", 0))
except doctest.DocTestFailure as f:
    print("DocTestFailure", f.test.name, repr(f.example.want), repr(f.got))
try:
    dr.run(p.get_doctest(">>> 1/0\n", {}, "D2", "d.py", 0))
except doctest.UnexpectedException as f:
    print("UnexpectedException", f.test.name, f.exc_info[0].__name__)

print(doctest.script_from_examples(doc))

print("== testfile")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sample.txt")
    with open(path, "w") as fh:
        fh.write("A text file of examples.\n\n    >>> x = 10\n    >>> x + 5\n    15\n"
                 "    >>> x * 2\n    21\n\nDone.\n")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r1 = doctest.testfile(path, module_relative=False)
        r2 = doctest.testfile(path, module_relative=False, verbose=True, name="named")
    print(buf.getvalue().replace(tmp, "TMP"), r1, r2)
    try:
        doctest.testfile(path, module_relative=False, package="x")
    except ValueError as e:
        print("ValueError", e)

print("== globals per docstring")
g = {"base": 100}
captured(doctest.run_docstring_examples, ">>> base + 1\n101\n>>> base = 5\n>>> base\n5\n", g, verbose=True)
print(g)

print("== unittest")
suite = doctest.DocTestSuite()
print(suite.countTestCases())
for t in suite:
    print(repr(t), t.id(), t.shortDescription())
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(res.testsRun, len(res.failures), len(res.errors), res.wasSuccessful())
for case, tb in res.failures:
    print("FAIL", case.id())
    print(_clean(tb).splitlines()[-6:])
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF))
res = unittest.TextTestRunner(stream=io.StringIO()).run(doctest.DocTestSuite())
print(_clean(res.failures[0][1]).splitlines()[-8:])
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print("ValueError", e.args)
print(len(doctest.DocTestSuite(m)._tests), [t.id() for t in doctest.DocTestSuite(m)])
