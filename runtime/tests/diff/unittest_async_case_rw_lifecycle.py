# unittest.async_case: IsolatedAsyncioTestCase order of calls, cleanups, contexts,
# context variables, errors and debug().
import asyncio
import contextvars
import io
import re
import unittest
import warnings

log = []
var = contextvars.ContextVar("var", default="unset")


def clean(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", text)
    keep = [l for l in text.splitlines()
            if not l.startswith("  File") and not l.startswith("    ") and "^" not in l]
    return "\n".join(keep)


class ACtx:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append("aenter " + self.name)
        return self.name * 2

    async def __aexit__(self, *exc):
        log.append(("aexit", self.name, exc))


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


class Life(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        var.set("from setUp")
        log.append("setUp")

    async def asyncSetUp(self):
        log.append("asyncSetUp sees " + var.get())
        self.loop_at_setup = asyncio.get_running_loop()

    async def test_ok(self):
        log.append("test sees " + var.get())
        log.append(asyncio.get_running_loop() is self.loop_at_setup)
        self.addAsyncCleanup(self.acleanup, "async cleanup", extra=1)
        self.addCleanup(log.append, "sync cleanup")
        log.append(await self.enterAsyncContext(ACtx("ctx")))

    async def acleanup(self, what, extra):
        await asyncio.sleep(0)
        log.append((what, extra, var.get()))

    async def test_fail(self):
        await asyncio.sleep(0)
        self.assertEqual("a", "b")

    async def test_error(self):
        raise LookupError("async error")

    def test_sync(self):
        log.append("sync test sees " + var.get())

    async def test_bad_context(self):
        try:
            await self.enterAsyncContext(SyncOnly())
        except TypeError as e:
            log.append(str(e))

    async def test_task(self):
        async def child():
            return var.get()
        log.append("task sees " + await asyncio.create_task(child()))

    async def test_returns(self):
        return 7

    @unittest.skip("async skip")
    async def test_skipped(self):
        log.append("never")

    @unittest.expectedFailure
    async def test_xfail(self):
        raise AssertionError("expected")

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")


buf = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    res = unittest.TextTestRunner(stream=buf, verbosity=2).run(
        unittest.TestLoader().loadTestsFromTestCase(Life))
    msgs = sorted(set(re.sub(r" at 0x[0-9a-f]+", "", str(x.message)) for x in w
                      if x.category is DeprecationWarning))
print(clean(buf.getvalue()))
for item in log:
    print(" ", item)
log.clear()
print(msgs)
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped))


class Failing(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        log.append("asyncSetUp")
        raise ValueError("setup broke")

    async def test_never(self):
        log.append("never")

    async def asyncTearDown(self):
        log.append("no teardown after failed setup")


class BadCleanup(unittest.IsolatedAsyncioTestCase):
    async def test_it(self):
        async def boom():
            raise KeyError("cleanup")
        self.addAsyncCleanup(boom)
        self.addAsyncCleanup(log.append, "plain function as async cleanup")


for cls in (Failing, BadCleanup):
    r = unittest.TestResult()
    unittest.TestLoader().loadTestsFromTestCase(cls).run(r)
    print(cls.__name__, r.testsRun, [e.strip().splitlines()[-1] for _, e in r.errors], log)
    log.clear()

# debug() propagates and still works for passing tests.
Life("test_sync").debug()
print("debug", log)
log.clear()
try:
    Life("test_error").debug()
except LookupError as e:
    print("debug raised", type(e).__name__, e)
log.clear()

t = Life("test_ok")
print(t._asyncioRunner, t.id(), isinstance(t, unittest.TestCase))
print(unittest.IsolatedAsyncioTestCase.__module__, unittest.IsolatedAsyncioTestCase.__name__)
print([n for n in ("asyncSetUp", "asyncTearDown", "addAsyncCleanup", "enterAsyncContext")
       if hasattr(unittest.IsolatedAsyncioTestCase, n)])
print(asyncio.iscoroutinefunction(unittest.IsolatedAsyncioTestCase.asyncSetUp),
      asyncio.iscoroutinefunction(unittest.IsolatedAsyncioTestCase.enterAsyncContext))

# One runner per run: the same instance cannot run twice.
class Once(unittest.IsolatedAsyncioTestCase):
    async def test_once(self):
        pass

    def test_gives_coroutine(self):
        return asyncio.sleep(0)


once = Once("test_once")
r = unittest.TestResult()
once.run(r)
try:
    once.run(r)
except AssertionError as e:
    print("second run:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = unittest.TestResult()
    Once("test_gives_coroutine").run(r)
    print([(x.category.__name__, str(x.message)[:45]) for x in w], r.testsRun, r.errors)
