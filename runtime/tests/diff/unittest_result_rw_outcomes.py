# unittest.TestResult: recording outcomes by hand, failfast, buffered output mirrored on
# failure, traceback formatting (unittest frames hidden, chains, locals) and the repr.
import io
import re
import sys
import unittest

DIR = __file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else ""


def clean(s):
    s = s.replace(DIR, "") if DIR else s
    s = re.sub(r"0x[0-9a-f]+", "0xADDR", s)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", s)


def deep(n):
    if n == 0:
        raise OSError("deep")
    return deep(n - 1)


class T(unittest.TestCase):
    def test_ok(self):
        pass

    def test_fail(self):
        x = 41
        self.assertEqual(x + 1, 43)

    def test_err(self):
        deep(2)

    def test_chained(self):
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("wrapped") from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("during")

    def test_print_fail(self):
        print("to out")
        sys.stderr.write("to err")
        self.fail("printed")

    def test_print_ok(self):
        print("quiet")

    def test_print_err(self):
        print("partial", end="")
        raise RuntimeError("x")


def exc_of(f):
    try:
        f()
    except BaseException:
        return sys.exc_info()


r = unittest.TestResult()
print(repr(r), r.failfast, r.shouldStop, r.buffer, r.tb_locals, r.testsRun)
print(r.failures, r.errors, r.skipped, r.expectedFailures, r.unexpectedSuccesses)
t = T("test_ok")
r.startTestRun()
r.startTest(t)
r.addSuccess(t)
r.stopTest(t)
r.addSkip(t, "because")
print(r.skipped == [(t, "because")], r.testsRun, r.wasSuccessful())
r.addUnexpectedSuccess(t)
print(r.wasSuccessful(), len(r.unexpectedSuccesses))
r.addExpectedFailure(t, exc_of(lambda: 1 / 0))
print(clean(r.expectedFailures[0][1]))
r.addError(t, exc_of(lambda: deep(1)))
print(clean(r.errors[0][1]))
r.addFailure(t, exc_of(lambda: t.fail("boom")))
print(clean(r.failures[0][1]))
print(repr(r).split(" ", 1)[1], r.shouldStop)
r.stop()
print(r.shouldStop)
r.stopTestRun()
r.printErrors()

# failfast stops on the first problem of each kind.
for meth in ("addError", "addFailure"):
    r = unittest.TestResult()
    r.failfast = True
    getattr(r, meth)(t, exc_of(lambda: 1 / 0))
    print(meth, r.shouldStop)
r = unittest.TestResult()
r.failfast = True
r.addUnexpectedSuccess(t)
print("unexpected", r.shouldStop)
r = unittest.TestResult()
r.failfast = True
r.addSkip(t, "s")
r.addExpectedFailure(t, exc_of(lambda: 1 / 0))
print("skip/xfail", r.shouldStop)
print(unittest.result.failfast.__name__ if hasattr(unittest.result, "failfast") else None)

# Subtest outcomes.
r = unittest.TestResult()
sub = t._subTest if hasattr(t, "_subTest") else None
r.addSubTest(t, t, None)
print(len(r.failures), len(r.errors))
r.addSubTest(t, t, exc_of(lambda: t.fail("subfail")))
r.addSubTest(t, t, exc_of(lambda: [][1]))
print(len(r.failures), len(r.errors))
print(clean(r.errors[0][1]))
r = unittest.TestResult()
r.failfast = True
r.addSubTest(t, t, exc_of(lambda: [][1]))
print("sub failfast", r.shouldStop)

# Running real tests through a plain TestResult.
for name in ("test_fail", "test_err", "test_chained", "test_context"):
    r = unittest.TestResult()
    T(name).run(r)
    for test, text in r.failures + r.errors:
        print("---", test.id())
        print(clean(text))


# Buffered output: kept away, then shown on failure or error.
saved_out, saved_err = sys.stdout, sys.stderr
cap_out, cap_err = io.StringIO(), io.StringIO()
sys.stdout, sys.stderr = cap_out, cap_err
try:
    r = unittest.TestResult()
    r.buffer = True
    for name in ("test_print_ok", "test_print_fail", "test_print_err"):
        T(name).run(r)
    after_out = sys.stdout is cap_out, sys.stderr is cap_err
finally:
    sys.stdout, sys.stderr = saved_out, saved_err
print(after_out)
print(repr(cap_out.getvalue()))
print(repr(cap_err.getvalue()))
for test, text in r.failures + r.errors:
    print("---", test.id())
    print(clean(text))

# A suite run with a runner in buffer mode.
stream = io.StringIO()
saved_out = sys.stdout
cap = io.StringIO()
sys.stdout = cap
try:
    unittest.TextTestRunner(stream=stream, buffer=True, verbosity=2).run(
        unittest.TestSuite([T("test_print_ok"), T("test_print_fail")]))
finally:
    sys.stdout = saved_out
print(clean(stream.getvalue()))
print(repr(cap.getvalue()))


class Sub(unittest.TestResult):
    pass


print(repr(Sub()).replace("__main__.", "M."))
