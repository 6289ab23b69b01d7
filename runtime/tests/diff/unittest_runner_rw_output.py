# TextTestRunner / TextTestResult output in every verbosity: dots, verbose status words,
# subtests, skips, expected failures, unexpected successes, descriptions, summary lines.
import io
import re
import unittest

DIR = __file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else ""


def clean(s):
    s = s.replace(DIR, "") if DIR else s
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", s)


class Mixed(unittest.TestCase):
    def test_a_ok(self):
        """First line of the doc.

        more text"""

    def test_b_fail(self):
        self.assertTrue(False, "nope")

    def test_c_error(self):
        raise KeyError("k")

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_f_xpass(self):
        pass

    def test_g_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                if i == 1:
                    self.assertEqual(i, 0)
                if i == 2:
                    raise ValueError(i)
                if i == 3:
                    self.skipTest("sub skip")


class AllGood(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        """Doc two."""


class OnlySkips(unittest.TestCase):
    def test_s(self):
        self.skipTest("why")

    @unittest.expectedFailure
    def test_x(self):
        raise RuntimeError


def run(cls, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, **kw)
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(cls)
    res = runner.run(suite)
    print(clean(stream.getvalue()))
    print(repr(res).split(" ", 1)[1], res.wasSuccessful(), res.testsRun)
    print(len(res.failures), len(res.errors), len(res.skipped),
          len(res.expectedFailures), len(res.unexpectedSuccesses))
    return res


for cls in (Mixed, AllGood, OnlySkips):
    for verbosity in (0, 1, 2):
        print("=====", cls.__name__, verbosity)
        run(cls, verbosity=verbosity)

print("===== no descriptions")
run(AllGood, verbosity=2, descriptions=False)
print("===== failfast")
run(Mixed, verbosity=2, failfast=True)

# The result class and the decorator.
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream)
print(type(r.stream).__name__, r.descriptions, r.verbosity, r.failfast, r.buffer,
      r.warnings, r.tb_locals, r.resultclass is unittest.TextTestResult)
r.stream.writeln("hello")
r.stream.writeln()
r.stream.writeln("")
r.stream.write("x")
print(repr(stream.getvalue()))
try:
    r.stream.stream2
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(r.stream, "getvalue"))


class MyResult(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("[S]")


stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, resultclass=MyResult).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(AllGood))
print(clean(stream.getvalue()))
print(type(res).__name__)

tr = unittest.TextTestResult(io.StringIO(), True, 2)
print(tr.showAll, tr.dots, tr.descriptions, tr.separator1 == "=" * 70, tr.separator2 == "-" * 70)
t = AllGood("test_two")
print(tr.getDescription(t))
tr.descriptions = False
print(tr.getDescription(t))


class ShortRunner(unittest.TextTestRunner):
    def _makeResult(self):
        res = super()._makeResult()
        res.marker = True
        return res


stream = io.StringIO()
res = ShortRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(OnlySkips))
print(res.marker, clean(stream.getvalue()))


class Plain(unittest.TestResult):
    pass


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, resultclass=lambda *a: Plain())
res = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(AllGood))
print(repr(clean(stream.getvalue())))
