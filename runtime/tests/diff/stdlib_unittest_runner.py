# unittest runner output: progress characters, verbose lines, failure blocks with tracebacks,
# fixtures, skips, expected failures, subtests, cleanups and the summary line.
import io
import re
import sys
import unittest

DIR = __file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else ""
events = []


def clean(s):
    s = s.replace(DIR, "") if DIR else s
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", s)


def helper(x):
    return x["missing"]


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class Basic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown")

    def test_pass(self):
        """Passes.

        Second line is not shown."""
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        helper({})

    def test_chain(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e

    @unittest.skip("not today")
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest("msg", a=1):
            raise KeyError("sub")

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "zzz"):
            int("q")

    def test_not_raised(self):
        with self.assertRaises(TypeError):
            pass


@unittest.skipIf(True, "class skipped")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


@unittest.skipUnless(True, "runs")
class Other(unittest.TestCase):
    def test_only(self):
        self.assertIn("a", "bcd")

    def helper_not_a_test(self):
        pass


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no class")

    def test_never(self):
        events.append("never")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setup broke")

    def test_x(self):
        pass

    def tearDown(self):
        events.append("tearDown after bad setUp?")


class BadCleanup(unittest.TestCase):
    def test_y(self):
        self.addCleanup(lambda: 1 / 0)


def run(cls_list, verbosity, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in cls_list)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    print(clean(buf.getvalue()))
    print("result:", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
    print([str(t) for t, _ in result.skipped], [r for _, r in result.skipped])
    print(repr(result).replace("unittest.runner.", ""))
    return result


ALL = [Basic, Skipped, Other, BadSetUpClass, BadSetUp, BadCleanup]
for v in (0, 1, 2):
    events.clear()
    print("=== verbosity", v)
    run(ALL, v)
    print(events)

print("=== only passing")
run([Other], 1)
print("=== only skipped")
run([Skipped], 1)
print("=== failfast")
run([Basic], 1, failfast=True)
print("=== no descriptions")
run([Basic], 2, descriptions=False)

print("=== plain TestResult")
res = unittest.TestResult()
Basic("test_fail").run(res)
Basic("test_sub").run(res)
print(res, res.testsRun, len(res.failures), len(res.errors))
for test, text in res.failures + res.errors:
    print(test.id(), "|", clean(text).splitlines()[-1])

print("=== run without result")
r = Basic("test_pass").run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())

print("=== debug")
try:
    Basic("test_error").debug()
except KeyError as e:
    print("debug raised", repr(e))
