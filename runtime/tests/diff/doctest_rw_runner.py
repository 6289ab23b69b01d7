import os as _os, sys as _sys


class _Scrub:
    """Replaces this file's absolute path in the output: the recording must not depend on
    where the checkout lives."""

    def __init__(self, out):
        self.out = out

    def write(self, s):
        return self.out.write(s.replace(_os.path.abspath(__file__), "FILE"))

    def flush(self):
        self.out.flush()

    def __getattr__(self, name):
        return getattr(self.out, name)


_sys.stdout = _Scrub(_sys.stdout)

import doctest
import sys
import types
import unittest
import io

mod = types.ModuleType('demo_mod')
exec('''
"""Module doc.

>>> 1 + 1
2
"""

def good(x):
    """
    >>> good(2)
    4
    >>> [good(i) for i in range(3)]
    [0, 2, 4]
    """
    return x * 2

def bad(x):
    """
    >>> bad(1)
    3
    >>> print('a', 'b', sep=chr(10))
    a
    c
    >>> raise ValueError('boom')
    Traceback (most recent call last):
    ValueError: bang
    >>> undefined_name
    >>> 5  # doctest: +SKIP
    6
    """
    return x

def ell():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> raise KeyError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'y'
    >>> print('')
    <BLANKLINE>
    """

class K:
    """
    >>> K().m()
    'm'
    """
    def m(self):
        """
        >>> K().m() == 'm'
        True
        """
        return 'm'

def nodoc():
    pass
''', mod.__dict__)
mod.__file__ = None

def clean(text):
    # Frames inside doctest itself differ between runtimes: drop them (and their source line).
    out = []
    skip_indent = None
    for line in text.replace(' line None,', ' line ?,').split('\n'):
        indent = len(line) - len(line.lstrip(' +-!'))
        if skip_indent is not None and indent > skip_indent and 'File "' not in line:
            continue
        skip_indent = None
        if 'doctest.py"' in line or '<frozen doctest>' in line:
            skip_indent = indent
            continue
        out.append(line)
    return '\n'.join(out)

def run(label, **kw):
    print('=====', label)
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        res = doctest.testmod(mod, **kw)
    finally:
        sys.stdout = old
    print(clean(out.getvalue()), end='')
    print(res, res.failed, res.attempted)

run('plain')
run('verbose', verbose=True)
run('report udiff', optionflags=doctest.REPORT_UDIFF)
run('report cdiff', optionflags=doctest.REPORT_CDIFF)
run('report ndiff', optionflags=doctest.REPORT_NDIFF)
run('first failure', optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
run('fail fast', optionflags=doctest.FAIL_FAST)
run('no report', report=False)

p = doctest.DocTestParser()
text = '''
Some text
    >>> x = 1
    >>> x + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1
'''
for piece in p.parse(text):
    print(repr(piece) if isinstance(piece, str) else (piece.source, piece.want, piece.lineno, piece.indent, piece.options, piece.exc_msg))
t = p.get_doctest(text, {'y': 2}, 'demo', 'demo.txt', 10)
print(repr(t), t.name, t.filename, t.lineno, len(t.examples), sorted(t.globs))
for bad in ['>>>x', '  >>> a\n b', '>>> a  # doctest: +NOPE', '>>> a\n... b\n']:
    try:
        print(len(p.get_examples(bad)))
    except ValueError as e:
        print('ValueError', e)
print(doctest.script_from_examples(text + '\n  Text after\n  >>> 3\n  3\n'))
runner = doctest.DebugRunner(verbose=False)
t2 = p.get_doctest('>>> 1/0\n', {}, 'dbg', None, 0)
try:
    runner.run(t2)
except doctest.UnexpectedException as e:
    print('Unexpected', e.exc_info[0].__name__, e.example.source, str(e) == str(e.test))
t3 = p.get_doctest('>>> 1\n2\n', {}, 'dbg2', None, 0)
try:
    runner.run(t3)
except doctest.DocTestFailure as e:
    print('Failure', repr(e.got), e.example.want, str(e) == str(e.test))

r = doctest.DocTestRunner(verbose=False)
finder = doctest.DocTestFinder()
tests = finder.find(mod)
print([(x.name, len(x.examples)) for x in sorted(tests)])
print(doctest.DocTestFinder(exclude_empty=False).find(mod)[-1].name if False else len(doctest.DocTestFinder(exclude_empty=False).find(mod)))
buf = io.StringIO()
for x in sorted(tests):
    r.run(x, out=buf.write)
print(clean(buf.getvalue()))
print(r.summarize(verbose=True))
print(r.failures, r.tries)
print(doctest.register_optionflag('MY_FLAG') == doctest.register_optionflag('MY_FLAG'), doctest.OPTIONFLAGS_BY_NAME['ELLIPSIS'])
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError', e.args)
doctest.set_unittest_reportflags(0)

suite = doctest.DocTestSuite(mod)
print(suite.countTestCases(), sorted(str(t) for t in suite), sorted(t.id() for t in suite))
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, len(res.failures), len(res.errors))
for case, tb in sorted(res.failures, key=lambda p: p[0].id()):
    print(case.id(), case.shortDescription())
    print(clean(tb.split('AssertionError: ', 1)[-1])[:600])
try:
    doctest.DocTestSuite(types.ModuleType('empty'))
except ValueError as e:
    print('ValueError', e)
def f():
    """
    >>> print(zz)
    7
    """
doctest.run_docstring_examples(f, {'zz': 7}, name='f')
doctest.run_docstring_examples(f, {'zz': 8}, name='f')
doctest.run_docstring_examples(f, {'zz': 7}, verbose=True, name='f')
ex = doctest.Example('x\n', 'y\n')
print(ex.source, ex.want, ex == doctest.Example('x', 'y'), ex.options, ex.exc_msg)
print(doctest.testsource(mod, 'demo_mod.good'))
try:
    doctest.testmod('notamodule')
except TypeError as e:
    print('TypeError', e)
