# unittest.suite: suite containers and the class/module fixture handling around them.
import io
import re
import sys
import types
import unittest

log = []


def clean(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", text)
    keep = [l for l in text.splitlines()
            if not l.startswith("  File") and not l.startswith("    ") and "^" not in l]
    return "\n".join(keep)


def run_text(suite, **kw):
    buf = io.StringIO()
    res = unittest.TextTestRunner(stream=buf, verbosity=2, **kw).run(suite)
    print(clean(buf.getvalue()))
    print("log:", log)
    log.clear()
    return res


class A(unittest.TestCase):
    def test_1(self):
        log.append("A1")

    def test_2(self):
        log.append("A2")


class B(unittest.TestCase):
    def test_1(self):
        log.append("B1")


# Container behaviour.
s = unittest.TestSuite()
print(repr(s), s.countTestCases(), list(s), bool(s))
s.addTest(A("test_1"))
s.addTests([A("test_2"), B("test_1")])
inner = unittest.TestSuite([B("test_1")])
s.addTest(inner)
print(s.countTestCases(), len(list(s)), [type(t).__name__ for t in s])
print(re.sub(r"0x[0-9a-f]+", "X", repr(s)))
print(s == unittest.TestSuite(list(s)), s != unittest.TestSuite(), s == 3)
print(unittest.BaseTestSuite([A("test_1")]) == unittest.BaseTestSuite([A("test_1")]))
for bad in [3, A, "x"]:
    try:
        s.addTest(bad)
    except TypeError as e:
        print("addTest", type(e).__name__, re.sub(r"0x[0-9a-f]+", "X", str(e)))
try:
    s.addTests("abc")
except TypeError as e:
    print("addTests", type(e).__name__, e)
try:
    s.addTests(5)
except TypeError as e:
    print("addTests", type(e).__name__, e)
cs = unittest.BaseTestSuite()
cs.addTest(lambda result: log.append(("callable test", type(result).__name__)))
cs.run(unittest.TestResult())
print(log)
log.clear()
print(unittest.TestSuite.__mro__[1].__name__, issubclass(unittest.TestSuite, unittest.BaseTestSuite))

# Running removes the tests (the suite gets garbage-collected as it goes).
s = unittest.TestSuite([A("test_1"), A("test_2"), unittest.TestSuite([B("test_1")])])
print("before", s.countTestCases())
r = unittest.TestResult()
s.run(r)
print("after", s.countTestCases(), s._tests, r.testsRun, log)
log.clear()
s = unittest.TestSuite([A("test_1")])
s._cleanup = False
s.run(unittest.TestResult())
print("no cleanup", s.countTestCases())
log.clear()

# BaseTestSuite.run: no fixtures, honours shouldStop, is callable.
b = unittest.BaseTestSuite([A("test_1"), B("test_1")])
r = unittest.TestResult()
b(r)
print("base run", r.testsRun, log)
log.clear()
r = unittest.TestResult()
r.shouldStop = True
unittest.TestSuite([A("test_1"), B("test_1")]).run(r)
print("stopped", r.testsRun, log)
b = unittest.BaseTestSuite([A("test_1")])
b.debug()
print("base debug", log)
log.clear()


# Class fixtures: setUpClass / tearDownClass and their failures.
class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def test_a(self):
        log.append("a")

    def test_b(self):
        log.append("b")


class BadSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "cleanup after bad setUpClass")
        raise ValueError("setUpClass broke")

    @classmethod
    def tearDownClass(cls):
        log.append("never torn down")

    def test_x(self):
        log.append("never runs")


class SkipSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skip whole class at setup")

    def test_y(self):
        pass


class BadTearDown(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("tearDownClass broke")

    def test_z(self):
        log.append("z")


class BadClassCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: 1 / 0)
        cls.addClassCleanup(log.append, "good class cleanup")

    def test_w(self):
        log.append("w")


class SkipTearDown(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise unittest.SkipTest("skip at teardown")

    def test_v(self):
        pass


load = unittest.TestLoader().loadTestsFromTestCase
suite = unittest.TestSuite([load(Fixture), load(BadSetUp), load(SkipSetUp),
                            load(BadTearDown), load(BadClassCleanup), load(SkipTearDown)])
res = run_text(suite)
print(res.testsRun, len(res.errors), len(res.skipped))
for test, info in res.errors + res.skipped:
    print(type(test).__name__, "|", str(test), "|", test.id(), "|", test.shortDescription(),
          "|", test.countTestCases())
    print("  ", repr(test))
    print("  ", info.strip().splitlines()[-1])
print(BadSetUp._classSetupFailed, Fixture._classSetupFailed)


# Module fixtures, with fake modules.
def make_module(name, setup=None, teardown=None):
    mod = types.ModuleType(name)
    if setup:
        mod.setUpModule = setup
    if teardown:
        mod.tearDownModule = teardown
    sys.modules[name] = mod
    return mod


def good_setup():
    log.append("setUpModule")


def bad_setup():
    unittest.addModuleCleanup(log.append, "module cleanup after failed setup")
    raise RuntimeError("setUpModule broke")


def bad_teardown():
    raise OSError("tearDownModule broke")


def skip_setup():
    raise unittest.SkipTest("module skipped")


def cleanup_teardown():
    log.append("tearDownModule")
    unittest.addModuleCleanup(lambda: 1 / 0)


specs = [("modgood", good_setup, cleanup_teardown), ("modbad", bad_setup, None),
         ("modteardown", None, bad_teardown), ("modskip", skip_setup, None)]
cases = []
for name, su, td in specs:
    make_module(name, su, td)
    cls = type("In_" + name, (unittest.TestCase,), {
        "test_m": lambda self: log.append("test in " + type(self).__module__),
        "__module__": name})
    cases.append(load(cls))
res = run_text(unittest.TestSuite(cases))
for test, info in res.errors + res.skipped:
    print(type(test).__name__, "|", str(test), "|", test.id())
    print("  ", info.strip().splitlines()[-1])

# Tests of one module split by another module's tests: module fixtures per switch.
cls_good = cases[0]._tests[0].__class__ if cases[0]._tests else None
make_module("modA", lambda: log.append("setUp modA"), lambda: log.append("tearDown modA"))
make_module("modB", lambda: log.append("setUp modB"), lambda: log.append("tearDown modB"))
CA = type("CA", (unittest.TestCase,), {"test_1": lambda self: log.append("CA"), "__module__": "modA"})
CB = type("CB", (unittest.TestCase,), {"test_1": lambda self: log.append("CB"), "__module__": "modB"})
r = unittest.TestResult()
unittest.TestSuite([CA("test_1"), CB("test_1"), CA("test_1")]).run(r)
print("switching", r.testsRun, log)
log.clear()

# A module missing from sys.modules is simply ignored.
Ghost = type("Ghost", (unittest.TestCase,), {"test_g": lambda self: log.append("ghost"),
                                              "__module__": "not_a_module_anywhere"})
r = unittest.TestResult()
unittest.TestSuite([Ghost("test_g")]).run(r)
print("ghost", r.testsRun, r.wasSuccessful(), log)
log.clear()

# debug() runs fixtures and lets errors propagate.
try:
    unittest.TestSuite([load(Fixture)]).debug()
except Exception as e:
    print("debug raised", type(e).__name__, e)
print("debug log", log)
log.clear()
try:
    unittest.TestSuite([load(BadSetUp)]).debug()
except Exception as e:
    print("debug raised", type(e).__name__, e)
print("debug log", log)
log.clear()
try:
    unittest.TestSuite([load(BadTearDown)]).debug()
except Exception as e:
    print("debug raised", type(e).__name__, e)
print("debug log", log)
log.clear()
try:
    unittest.TestSuite([CA("test_1")]).debug()
except Exception as e:
    print("debug raised", type(e).__name__, e)
print("debug log", log)
log.clear()

# failfast stops the run after a failing class fixture.
class F1(unittest.TestCase):
    def test_f(self):
        self.fail("first")


r = unittest.TestResult()
r.failfast = True
unittest.TestSuite([F1("test_f"), A("test_1")]).run(r)
print("failfast", r.testsRun, len(r.failures), log)
log.clear()

# Buffered output around class fixtures is attached to the error.
class Noisy(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("noise from setUpClass")
        raise ValueError("noisy setup")

    def test_n(self):
        pass


out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    res = run_text(unittest.TestSuite([load(Noisy)]), buffer=True)
finally:
    sys.stdout = old
print(clean(out.getvalue()))
