# unittest.main and the loader: -v/-q/-k and test-name arguments, exit status, loading by name.
import io
import re
import sys
import unittest

DIR = __file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else ""


def clean(s):
    s = s.replace(DIR, "") if DIR else s
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", s)


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual("ab", "ac")

    def test_10(self):
        pass

    def test_9(self):
        pass

    def testNoUnderscore(self):
        pass

    def check_custom(self):
        pass

    test_attr = 5


class Beta(unittest.TestCase):
    def test_b(self):
        """Beta's test."""


def main(argv, **kw):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    code = "no exit"
    try:
        prog = unittest.main(module="__main__", argv=argv, **kw)
    except SystemExit as e:
        code = e.code
        prog = None
    finally:
        sys.stderr = old
    print("argv", argv[1:], "->", code)
    print(clean(buf.getvalue()))
    return prog


main(["prog"])
main(["prog", "-v"])
main(["prog", "-q"])
main(["prog", "Beta"])
main(["prog", "-v", "Alpha.test_one", "Beta.test_b"])
main(["prog", "-k", "one", "-v"])
main(["prog", "-k", "*_1*", "-v"])
main(["prog", "NoSuchName"])
main(["prog", "Alpha.nosuch"])
p = main(["prog", "Beta"], exit=False)
print(type(p.result).__name__, p.result.testsRun, p.result.wasSuccessful())
main(["prog", "Beta"], verbosity=2)
main(["prog", "-f", "Alpha"])

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Alpha)))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))

loader = unittest.TestLoader()
mod = sys.modules[__name__]
s = loader.loadTestsFromModule(mod)
print(s.countTestCases(), [t.id() for sub in s for t in sub])
s = loader.loadTestsFromName("Alpha.test_one", mod)
print(s, s.countTestCases())
s = loader.loadTestsFromNames(["Alpha", "Beta.test_b"], mod)
print(s.countTestCases())
s = loader.loadTestsFromTestCase(Beta)
print(list(s), s == unittest.TestSuite([Beta("test_b")]))
try:
    loader.loadTestsFromName("Alpha.test_attr", mod)
except TypeError as e:
    print("TypeError", e)

suite = unittest.TestSuite()
suite.addTest(Alpha("test_one"))
suite.addTests([Beta("test_b")])
print(suite.countTestCases())
try:
    suite.addTest(Alpha)
except TypeError as e:
    print("TypeError", e)
try:
    suite.addTests("abc")
except TypeError as e:
    print("TypeError", e)
try:
    suite.addTest(5)
except TypeError as e:
    print("TypeError", e)

ft = unittest.FunctionTestCase(lambda: None, description="fn desc")
print(ft.shortDescription(), ft.countTestCases())
res = unittest.TestResult()
unittest.TestSuite([ft]).run(res)
print(res.testsRun, res.wasSuccessful())
print(unittest.SkipTest.__mro__[1].__name__, unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
