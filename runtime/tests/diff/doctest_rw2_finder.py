# doctest: docstring line numbers, exception-detail stripping, file loading, master merging.
import doctest, os, sys, tempfile, io

SRC = '''"""Module doc.

>>> 1 + 1
2
"""

class Alpha:
    """Class doc.

    >>> Alpha.x
    3
    """
    x = 3

    def meth(self):
        """
        >>> 2 * 3
        6
        """

    def nodoc(self):
        pass

    @property
    def prop(self):
        """>>> 'p'
        'p'
        """

    @staticmethod
    def stat():
        """>>> 5
        5
        """

    @classmethod
    def klass(cls):
        """>>> 6
        6
        """

    class Inner:
        """>>> 7
        7
        """


def func(a,
         b):
    \'\'\'Func doc.
    >>> func(1, 2)
    3
    \'\'\'
    return a + b

def bad():
    """
    >>> raise ValueError("a: (b)")
    Traceback (most recent call last):
    pkg.mod.ValueError: other text
    >>> raise KeyError('k')
    Traceback (most recent call last):
    KeyError: (strange:
    >>> import collections; raise collections.abc.Error if False else TypeError("q")
    Traceback (most recent call last):
    builtins.TypeError
    """

__test__ = {"extra": """>>> 40 + 2
42
"""}
'''

d = tempfile.mkdtemp()
with open(os.path.join(d, "rw2mod.py"), "w") as f:
    f.write(SRC)
with open(os.path.join(d, "rw2file.txt"), "w") as f:
    f.write("Text file.\n\n  >>> x = 5\n  >>> x * 2\n  10\n  >>> x\n  6\n")
sys.path.insert(0, d)
import rw2mod

finder = doctest.DocTestFinder()
for t in sorted(finder.find(rw2mod), key=lambda t: t.name):
    print(t.name, os.path.basename(t.filename or ""), t.lineno, len(t.examples),
          [e.lineno for e in t.examples])
print("no-source:")
for t in sorted(doctest.DocTestFinder().find(rw2mod.Alpha, "Alpha", module=False, globs={}),
                key=lambda t: t.name):
    print(" ", t.name, t.filename, t.lineno, len(t.examples))
print("excl-empty:", len(doctest.DocTestFinder(exclude_empty=False).find(rw2mod)))

class OddDoc:
    __doc__ = 12345
print("odd:", [(t.name, t.docstring) for t in doctest.DocTestFinder(exclude_empty=False).find(OddDoc, "OddDoc", globs={})])

def run_captured(fn, *a, **kw):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        r = fn(*a, **kw)
    except Exception as e:
        r = (type(e).__name__, str(e))
    finally:
        sys.stdout = old
    text = buf.getvalue().replace(d, "<DIR>")
    return r, text

r, text = run_captured(doctest.testmod, rw2mod, optionflags=doctest.IGNORE_EXCEPTION_DETAIL)
print("testmod:", r)
print(text)
r, text = run_captured(doctest.testmod, rw2mod)
print("testmod strict:", r)
print([l for l in text.splitlines() if l.startswith(("File", "    pkg", "    Key", "    builtins"))])
r, text = run_captured(doctest.testfile, "rw2file.txt", package=rw2mod)
print("testfile:", r)
print(text)
r, text = run_captured(doctest.testfile, "/abs.txt")
print("abs:", r)
r, text = run_captured(doctest.testfile, "rw2file.txt", module_relative=False, package=rw2mod)
print("pkg+nonrel:", r)
r, text = run_captured(doctest.testfile, "rw2file.txt", package=42)
print("badpkg:", r)
print("master:", type(doctest.master).__name__)
r, text = run_captured(doctest.master.summarize, verbose=False)
print(r)
print(text)
r, text = run_captured(doctest.run_docstring_examples, rw2mod.func, {"func": rw2mod.func}, verbose=True, name="func")
print(r)
print(text)
print(doctest.master.failures, doctest.master.tries)

import shutil
shutil.rmtree(d)
