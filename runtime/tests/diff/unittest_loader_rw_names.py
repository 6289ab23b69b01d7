# unittest.TestLoader: method names (prefix, sorting, -k patterns), loading from classes,
# modules, dotted names and callables, load_tests, the errors it records, and discovery.
import io
import os
import re
import sys
import tempfile
import types
import unittest
import warnings

TMP = tempfile.mkdtemp(prefix="ldr")


def clean(s):
    s = s.replace(TMP, "TMP")
    s = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', s)
    s = re.sub(r"line \d+", "line N", s)
    s = re.sub(r"0x[0-9a-f]+", "0xADDR", s)
    # Only the first and last lines of an embedded traceback are stable across runtimes.
    return s


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


class Gamma(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_10(self):
        pass

    def test_9(self):
        pass

    def testCamel(self):
        pass

    test_value = 3

    def check_me(self):
        pass

    @staticmethod
    def test_static():
        pass


class Runner(unittest.TestCase):
    def runTest(self):
        pass


class Empty(unittest.TestCase):
    pass


def make_suite():
    return unittest.TestSuite([Gamma("test_a")])


def make_case():
    return Gamma("test_b")


def make_junk():
    return 42


the_suite = unittest.TestSuite([Gamma("test_9")])
not_callable = "text"

mod = sys.modules[__name__]
L = unittest.TestLoader()
print(L.testMethodPrefix, L.sortTestMethodsUsing(1, 2), L.sortTestMethodsUsing(2, 2),
      L.sortTestMethodsUsing("b", "a"), L.testNamePatterns, L.suiteClass is unittest.TestSuite,
      L.errors)
print(L.getTestCaseNames(Gamma))
print(L.getTestCaseNames(Empty), ids(L.loadTestsFromTestCase(Runner)))
print(ids(L.loadTestsFromTestCase(Empty)))
L2 = unittest.TestLoader()
L2.testMethodPrefix = "check"
print(L2.getTestCaseNames(Gamma))
L2 = unittest.TestLoader()
L2.sortTestMethodsUsing = None
print(sorted(L2.getTestCaseNames(Gamma)) == L.getTestCaseNames(Gamma))
L2.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(L2.getTestCaseNames(Gamma))
L2 = unittest.TestLoader()
L2.testNamePatterns = ["*_1*", "*Camel*"]
print(L2.getTestCaseNames(Gamma))
L2.testNamePatterns = ["__main__.Gamma.test_a"]
print(L2.getTestCaseNames(Gamma))

try:
    L.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(type(e).__name__, e)


class NotASuite(unittest.TestSuite):
    pass


try:
    L.loadTestsFromTestCase(NotASuite)
except TypeError as e:
    print(type(e).__name__, e)

s = L.loadTestsFromModule(mod)
print(type(s).__name__, s.countTestCases(), ids(s))

for name in ("Gamma", "Gamma.test_a", "make_suite", "make_case",
             "the_suite", "Runner"):
    s = L.loadTestsFromName(name, mod)
    print(name, type(s).__name__, ids(s))

for name in ("make_junk", "not_callable", "Gamma.test_static"):
    try:
        L.loadTestsFromName(name, mod)
    except TypeError as e:
        print(name, type(e).__name__, clean(str(e)))

s = L.loadTestsFromNames(["Gamma.test_b", "Runner"], mod)
print(ids(s))
s = L.loadTestsFromName("unittest_loader_rw_names.Gamma.test_10") if False else None

# Failures become tests that raise, and the messages are kept in loader.errors.
L3 = unittest.TestLoader()
for name in ("Gamma.test_missing", "Nope"):
    s = L3.loadTestsFromName(name, mod)
    (t,) = list(s)
    print(name, type(t).__name__, t.id())
    r = unittest.TestResult()
    t.run(r)
    print(len(r.errors), clean(r.errors[0][1]).splitlines()[-1])
print(len(L3.errors), [clean(e).splitlines()[0] for e in L3.errors])
print([clean(e).splitlines()[-1] for e in L3.errors])

L3 = unittest.TestLoader()
s = L3.loadTestsFromName("no_such_module_xyz")
(t,) = list(s)
print(type(t).__name__, t.id())
r = unittest.TestResult()
t.run(r)
print(clean(r.errors[0][1]).splitlines()[-1])
print(clean(L3.errors[0]).splitlines()[0], clean(L3.errors[0]).splitlines()[-1])

s = L3.loadTestsFromName("os.no_such_thing")
(t,) = list(s)
print(type(t).__name__, t.id())
print(len(L3.errors))


# load_tests hooks, working and failing.
def good_load_tests(loader, tests, pattern):
    print("load_tests called with", type(loader).__name__, tests.countTestCases(), pattern)
    return unittest.TestSuite([Gamma("test_a")])


def bad_load_tests(loader, tests, pattern):
    raise ValueError("bad hook")


m = types.ModuleType("fake_mod")
m.Gamma = Gamma
m.load_tests = good_load_tests
print(ids(L.loadTestsFromModule(m)))
print(ids(L.loadTestsFromModule(m, pattern="p*")))
m.load_tests = bad_load_tests
L4 = unittest.TestLoader()
s = L4.loadTestsFromModule(m)
(t,) = list(s)
print(type(t).__name__, t.id())
r = unittest.TestResult()
t.run(r)
print(clean(r.errors[0][1]).splitlines()[-1])
print(clean(L4.errors[0]).splitlines()[0], clean(L4.errors[0]).splitlines()[-1])

# Module-level helpers (deprecated in 3.11).
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(unittest.getTestCaseNames(Gamma, "test"))
    print(unittest.getTestCaseNames(Gamma, "check"))
    print(ids(unittest.makeSuite(Gamma)))
    print(ids(unittest.makeSuite(Gamma, prefix="testC")))
    print(unittest.findTestCases(m.__class__("empty")).countTestCases())
    print(unittest.findTestCases(mod).countTestCases() > 5)
print([(x.category.__name__, str(x.message)) for x in w])

# Discovery over a small tree.
def write(rel, text):
    path = os.path.join(TMP, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


CASE = "import unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n        pass\n"
write("proj/test_top.py", CASE)
write("proj/helper.py", "X = 1\n")
write("proj/test-bad-name.py", CASE)
write("proj/pkg/__init__.py", "")
write("proj/pkg/test_inner.py", CASE)
write("proj/pkg/sub/__init__.py", "")
write("proj/pkg/sub/test_deep.py", CASE)
write("proj/nopkg/test_hidden.py", CASE)
write("proj/test_broken.py", "import no_such_module_qq\n")
write("proj/test_skipmod.py", "import unittest\nraise unittest.SkipTest('module skipped')\n")
write("proj/lt/__init__.py",
      "import unittest\n"
      "def load_tests(loader, tests, pattern):\n"
      "    print('  lt hook pattern', pattern)\n"
      "    return tests\n")
write("proj/lt/test_ignored.py", CASE)

top = os.path.join(TMP, "proj")
L5 = unittest.TestLoader()
s = L5.discover(top)
print(sorted(ids(s)))
print(len(L5.errors), [clean(e).splitlines()[0] for e in L5.errors])
r = unittest.TestResult()
s.run(r)
print(r.testsRun, len(r.errors), [(t.id(), reason) for t, reason in r.skipped])
print(sorted(ids(unittest.TestLoader().discover(top, pattern="*inner.py"))))
print(sorted(ids(unittest.TestLoader().discover(os.path.join(top, "pkg"), top_level_dir=top))))
for bad in (os.path.join(top, "nopkg"), os.path.join(top, "missing")):
    try:
        unittest.TestLoader().discover(bad, top_level_dir=top)
    except ImportError as e:
        print(type(e).__name__, clean(str(e)))
print(top in sys.path)

# The retired use_load_tests argument.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(L.loadTestsFromModule(types.ModuleType("e1"), False).countTestCases())
    print(L.loadTestsFromModule(types.ModuleType("e2"), use_load_tests=True).countTestCases())
print([(x.category.__name__, str(x.message)) for x in w])
for args, kw in (((1, 2), {}), ((), {"foo": 1}), ((1,), {"bar": 2})):
    try:
        L.loadTestsFromModule(types.ModuleType("e3"), *args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
