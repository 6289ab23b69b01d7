# unittest.case running machinery: outcomes, skips, expected failures, subtests,
# cleanups, debug(), FunctionTestCase and the plumbing towards results.
import io
import re
import sys
import unittest
import warnings

log = []


def clean(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", text)
    keep = [l for l in text.splitlines()
            if not l.startswith("  File") and not l.startswith("    ") and "^" not in l]
    return "\n".join(keep)


def last_line(tb_text):
    return tb_text.strip().splitlines()[-1]


def summary(result):
    print("run", result.testsRun, "ok?", result.wasSuccessful())
    for kind in ("failures", "errors", "skipped", "expectedFailures"):
        for test, info in getattr(result, kind):
            print(" ", kind, test, "->", last_line(info) if kind != "skipped" else info)
    for test in result.unexpectedSuccesses:
        print("  unexpected success", test)


class Basic(unittest.TestCase):
    def setUp(self):
        log.append("setUp " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_pass(self):
        """First line of doc.

        More text."""

    def test_fail(self):
        self.assertEqual(1, 2, "nope")

    def test_error(self):
        raise RuntimeError("broken")

    @unittest.skip("not today")
    def test_skip(self):
        log.append("never")

    @unittest.skipIf(True, "if true")
    def test_skipif(self):
        pass

    @unittest.skipIf(False, "if false")
    def test_skipif_runs(self):
        log.append("skipif false ran")

    @unittest.skipUnless(False, "unless false")
    def test_skipunless(self):
        pass

    @unittest.skipUnless(1, "unless true")
    def test_skipunless_runs(self):
        log.append("skipunless ran")

    def test_skiptest_call(self):
        self.skipTest("called skipTest")

    @unittest.expectedFailure
    def test_xfail(self):
        self.fail("expected")

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.expectedFailure
    def test_xfail_error(self):
        {}["k"]

    @unittest.skip
    def test_bare_skip(self):
        pass

    def test_returns_value(self):
        return 42


names = unittest.TestLoader().getTestCaseNames(Basic)
print(names)
result = unittest.TestResult()
for name in names:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        Basic(name).run(result)
        for x in w:
            print("warning:", x.category.__name__, re.sub(r" at 0x[0-9a-f]+", "", str(x.message)))
summary(result)
print(log)
log.clear()
print(Basic.test_skip.__unittest_skip__, Basic.test_skip.__unittest_skip_why__,
      Basic.test_skip.__name__, Basic.test_xfail.__unittest_expecting_failure__)
print(repr(Basic.test_bare_skip.__unittest_skip_why__))
print(Basic("test_pass").shortDescription(), Basic("test_fail").shortDescription())


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("class setup of skipped")

    def test_a(self):
        pass


print(Skipped.__unittest_skip__, Skipped.__unittest_skip_why__, Skipped.__name__)
r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Skipped).run(r)
summary(r)
print(log)


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
        with self.subTest("msg only"):
            raise ValueError("in sub")
        with self.subTest():
            self.fail("bare")
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                with self.subTest("inner", a=3):
                    self.fail("nested")
        log.append("after subtests")

    def test_sub_skip(self):
        with self.subTest(k="s"):
            self.skipTest("skip in sub")
        log.append("after skipped subtest")

    @unittest.expectedFailure
    def test_sub_xfail(self):
        with self.subTest(x=1):
            self.fail("xf in sub")
        log.append("not reached")

    def test_sub_pass(self):
        with self.subTest(p=1):
            pass


buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Sub))
print(clean(buf.getvalue()))
print(log)
log.clear()
for test, info in res.failures + res.errors:
    print(type(test).__name__, test.id(), "|", str(test), "|", test.shortDescription())
    print("  params:", dict(test.params), "test_case:", test.test_case)

# Subtests with failfast stop the rest.
res = unittest.TestResult()
res.failfast = True
Sub("test_sub").run(res)
print("failfast", len(res.failures), len(res.errors), res.shouldStop, log)
log.clear()


# A result without the optional methods gets warnings and fallbacks.
class Minimal:
    def __init__(self):
        self.events = []

    def startTest(self, test):
        self.events.append("start")

    def stopTest(self, test):
        self.events.append("stop")

    def addSuccess(self, test):
        self.events.append("success")

    def addFailure(self, test, err):
        self.events.append("failure " + err[0].__name__)

    def addError(self, test, err):
        self.events.append("error " + err[0].__name__)


for name in ["test_skip", "test_xfail", "test_xpass", "test_pass", "test_error"]:
    m = Minimal()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        Basic(name).run(m)
    print(name, m.events, [(x.category.__name__, str(x.message)) for x in w])
log.clear()
m = Minimal()
Sub("test_sub_pass").run(m)
print("subtests without addSubTest:", m.events)

# run() without a result makes a default one, starting and stopping the run.
r = Basic("test_fail").run()
print(type(r).__name__, r.testsRun, len(r.failures))
r = Basic("test_pass")()
print(type(r).__name__, r.testsRun, r.wasSuccessful())
log.clear()


class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup from setUp")

    def test_good(self):
        self.addCleanup(log.append, "c1", )
        self.addCleanup(lambda *a, **k: log.append(("c2", a, k)), 1, key=2)

    def test_bad_cleanup(self):
        self.addCleanup(log.append, "survivor")
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(lambda: self.fail("cleanup fails"))

    def test_setup_cleanups_run_even_if_test_fails(self):
        self.fail("body")


res = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Cleanups).run(res)
summary(res)
print(log)
log.clear()

# doCleanups() on its own.
c = Cleanups("test_good")
c.addCleanup(log.append, "manual")
c.addCleanup(lambda: 1 / 0)
print("doCleanups ->", c.doCleanups(), log, c._cleanups)
log.clear()


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append(("exit", self.name, exc))
        return False


class Contexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append(cls.enterClassContext(Ctx("class")))
        cls.addClassCleanup(log.append, "class cleanup")

    def test_ctx(self):
        log.append(self.enterContext(Ctx("test")))

    def test_bad_ctx(self):
        try:
            self.enterContext(object())
        except TypeError as e:
            log.append(str(e))
        try:
            self.enterClassContext(3)
        except TypeError as e:
            log.append(str(e))
        try:
            unittest.enterModuleContext("s")
        except TypeError as e:
            log.append(str(e))


res = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Contexts).run(res)
summary(res)
for item in log:
    print(" ", item)
log.clear()

# Module cleanups.
unittest.addModuleCleanup(log.append, "m1")
unittest.addModuleCleanup(lambda: 1 / 0)
unittest.addModuleCleanup(lambda: [][1])
print(unittest.enterModuleContext(Ctx("module")))
try:
    unittest.doModuleCleanups()
except Exception as e:
    print("doModuleCleanups raised", type(e).__name__, e)
print(log)
unittest.doModuleCleanups()
log.clear()


# Class cleanups directly.
class CC(unittest.TestCase):
    pass


CC.addClassCleanup(log.append, "cc1")
CC.addClassCleanup(lambda: 1 / 0)
CC.doClassCleanups()
print([e[0].__name__ for e in CC.tearDown_exceptions], log, CC._class_cleanups)
log.clear()

# debug() lets exceptions out and skips raise SkipTest.
for name in ["test_pass", "test_fail", "test_error", "test_skip"]:
    try:
        Basic(name).debug()
        print("debug", name, "ok")
    except Exception as e:
        print("debug", name, type(e).__name__, e)
print(log)
log.clear()
try:
    Skipped("test_a").debug()
except unittest.SkipTest as e:
    print("debug skipped class:", e)
d = Cleanups("test_good")
d.debug()
print("debug cleanups", log)
log.clear()

# Identity and text of tests.
a, b = Basic("test_pass"), Basic("test_pass")
print(a == b, a != Basic("test_fail"), a == Sub("test_sub_pass"), hash(a) == hash(b))
print(a.id(), "|", str(a), "|", repr(a), "|", a.countTestCases())
print(type(a.defaultTestResult()).__name__)
try:
    Basic("missing")
except ValueError as e:
    print(type(e).__name__, e)
print(Basic("runTest") if False else "no runTest needed", Basic.__init__.__defaults__)
try:
    print(unittest.TestCase().id())
    unittest.TestCase().run()
except Exception as e:
    print(type(e).__name__, e)
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage,
      unittest.TestCase.failureException.__name__, unittest.TestCase._diffThreshold)


def ft():
    """Function test doc."""
    log.append("ft ran")


def ft_setup():
    log.append("ft setUp")


def ft_teardown():
    log.append("ft tearDown")


f1 = unittest.FunctionTestCase(ft, setUp=ft_setup, tearDown=ft_teardown)
f2 = unittest.FunctionTestCase(ft, description="described")
print(f1.id(), "|", str(f1), "|", re.sub(" at 0x[0-9a-f]+", "", repr(f1)), "|",
      f1.shortDescription(), "|", f2.shortDescription())
print(f1 == unittest.FunctionTestCase(ft, ft_setup, ft_teardown), f1 == f2,
      f1 == a, hash(f1) == hash(unittest.FunctionTestCase(ft, ft_setup, ft_teardown)))
r = unittest.TestResult()
f1.run(r)
print(r.testsRun, r.wasSuccessful(), log)
log.clear()
f3 = unittest.FunctionTestCase(lambda: 1 / 0)
r = unittest.TestResult()
f3.run(r)
print(f3.id(), f3.shortDescription(), [last_line(e) for _, e in r.errors])

# SkipTest is an Exception with the reason as its argument.
e = unittest.SkipTest("why")
print(isinstance(e, Exception), e.args, str(e), unittest.SkipTest.__module__)
print(unittest.skip("r").__name__, unittest.skipIf(False, "r")(ft) is ft,
      unittest.skipUnless(True, "r")(ft) is ft)
