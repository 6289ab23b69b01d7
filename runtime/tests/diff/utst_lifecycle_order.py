# Fixture ordering for a fake database layer: setUpModule/setUpClass/setUp,
# cleanups (LIFO), failing fixtures, errors in cleanups, class cleanups.
import io
import re
import sys
import unittest

LOG = []


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


class FakeDB:
    def __init__(self, name):
        self.name = name
        self.rows = {}
        self.open = True
        LOG.append(f"open {name}")

    def insert(self, key, value):
        if not self.open:
            raise RuntimeError(f"{self.name} is closed")
        if key in self.rows:
            raise KeyError(f"duplicate key {key!r}")
        self.rows[key] = value

    def close(self):
        LOG.append(f"close {self.name}")
        self.open = False


def setUpModule():
    LOG.append("setUpModule")
    unittest.addModuleCleanup(LOG.append, "module cleanup")


def tearDownModule():
    LOG.append("tearDownModule")


class UserTableTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("setUpClass users")
        cls.db = FakeDB("users")
        cls.addClassCleanup(cls.db.close)
        cls.addClassCleanup(LOG.append, "class cleanup users (runs first)")

    @classmethod
    def tearDownClass(cls):
        LOG.append("tearDownClass users")

    def setUp(self):
        LOG.append(f"setUp {self._testMethodName}")
        self.addCleanup(LOG.append, f"cleanup A {self._testMethodName}")
        self.addCleanup(LOG.append, f"cleanup B {self._testMethodName}")

    def tearDown(self):
        LOG.append(f"tearDown {self._testMethodName}")

    def test_insert(self):
        self.db.insert("ann", 1)
        self.assertEqual(self.db.rows, {"ann": 1})

    def test_duplicate(self):
        self.db.insert("bob", 2)
        with self.assertRaises(KeyError) as cm:
            self.db.insert("bob", 3)
        LOG.append(f"caught {cm.exception!r}")

    def test_zbroken_cleanup(self):
        def bad():
            raise OSError("disk gone")
        self.addCleanup(bad)
        LOG.append("body of test_zbroken_cleanup")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        LOG.append("BrokenSetUp.setUp")
        self.addCleanup(LOG.append, "cleanup registered before failure")
        raise ConnectionError("cannot reach server")

    def tearDown(self):
        LOG.append("never runs")

    def test_one(self):
        LOG.append("never runs either")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("BrokenClass.setUpClass")
        cls.addClassCleanup(LOG.append, "BrokenClass class cleanup")
        raise ValueError("bad config")

    def test_a(self):
        LOG.append("BrokenClass.test_a")

    def test_b(self):
        LOG.append("BrokenClass.test_b")


class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("SkippedClass.setUpClass")
        raise unittest.SkipTest("no network")

    def test_x(self):
        pass


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        LOG.append("TearDownFails.tearDown")
        raise AssertionError("leaked handle")

    def test_ok_body(self):
        LOG.append("TearDownFails body")


if __name__ == "__main__":
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(sys.modules[__name__])
    print("count:", suite.countTestCases())
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(clean(buf.getvalue()))
    for i, line in enumerate(LOG):
        print(f"{i:2d} {line}")
    print("errors:")
    for test, tb in result.errors:
        print("  ", str(test), "->", tb.strip().splitlines()[-1])
    print("failures:", [t.id() for t, _ in result.failures])
    print("skipped:", [(str(t), r) for t, r in result.skipped])
