# unittest extras: assertLogs/assertNoLogs, class and module cleanups, enterContext,
# buffered output, IsolatedAsyncioTestCase and custom failureException.
import asyncio
import contextlib
import io
import logging
import re
import unittest

log = []


def clean(s):
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", s)


class Logs(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("first")
            logging.getLogger("app.sub").error("second %d", 2)
            logging.getLogger("app").debug("hidden")
        log.append(cm.output)
        log.append([r.getMessage() for r in cm.records])

    def test_no_logs_fails(self):
        with self.assertLogs("quiet"):
            pass

    def test_assert_no_logs(self):
        with self.assertNoLogs("app", level="WARNING"):
            logging.getLogger("app").info("below")

    def test_assert_no_logs_fails(self):
        with self.assertNoLogs("app"):
            logging.getLogger("app").warning("oops")


class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup")

    def test_order(self):
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(log.append, "cleanup 2")
        cm = contextlib.ExitStack()
        self.enterContext(cm)
        log.append("body")

    def test_failing_cleanup(self):
        self.addCleanup(lambda: log.append("after failing one"))
        self.addCleanup(lambda: 1 / 0)


class Buffered(unittest.TestCase):
    def test_quiet(self):
        print("hidden output")

    def test_loud(self):
        print("shown because it fails")
        self.fail("with output")


class MyError(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyError

    def test_custom(self):
        self.assertEqual(1, 2)


class Async(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        log.append("asyncSetUp")

    async def test_await(self):
        await asyncio.sleep(0)
        log.append("awaited")
        self.assertTrue(True)

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def test_plain(self):
        log.append("plain")


def run(cls, **kw):
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2, **kw).run(suite)
    text = clean(buf.getvalue())
    # Keep the lines that do not depend on where the library's files are.
    print("\n".join(l for l in text.splitlines() if not l.startswith("  File")
                    and not l.startswith("    ") and "^" not in l))
    print("counts:", result.testsRun, len(result.failures), len(result.errors))
    print(log)
    log.clear()


for cls in (Logs, Cleanups, Custom, Async):
    run(cls)
real = io.StringIO()
with contextlib.redirect_stdout(real):
    run(Buffered, buffer=True)
print(real.getvalue())
