# An async cache with a fake clock, tested with IsolatedAsyncioTestCase:
# async setUp/cleanups, failing awaits, timeouts, and exceptions in tasks.
import asyncio
import io
import re
import unittest

LOG = []


def clean(text):
    # keep only traceback entries that point into this program
    out, dropping = [], False
    for line in text.splitlines():
        m = re.match(r'  File "([^"]*)", line', line)
        if m:
            dropping = not m.group(1).endswith("utst_async_cache.py")
        elif not line.startswith("    "):
            dropping = False
        if not dropping:
            out.append(line)
    text = "\n".join(out) + "\n"
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


class FakeBackend:
    def __init__(self):
        self.data = {"a": 1, "b": 2}
        self.calls = 0

    async def fetch(self, key):
        self.calls += 1
        await asyncio.sleep(0)
        if key == "boom":
            raise ConnectionResetError(f"backend dropped while fetching {key!r}")
        return self.data[key]


class AsyncCache:
    def __init__(self, backend):
        self.backend = backend
        self.store = {}
        self.closed = False

    async def get(self, key):
        if self.closed:
            raise RuntimeError("cache closed")
        if key not in self.store:
            self.store[key] = await self.backend.fetch(key)
        return self.store[key]

    async def get_many(self, keys):
        return await asyncio.gather(*(self.get(k) for k in keys))

    async def aclose(self):
        LOG.append("cache closed")
        self.closed = True


class CacheTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        LOG.append(f"asyncSetUp {self._testMethodName}")
        self.backend = FakeBackend()
        self.cache = AsyncCache(self.backend)
        self.addAsyncCleanup(self.cache.aclose)

    def setUp(self):
        LOG.append(f"setUp {self._testMethodName}")

    async def asyncTearDown(self):
        LOG.append(f"asyncTearDown calls={self.backend.calls}")

    async def test_hit_after_miss(self):
        self.assertEqual(await self.cache.get("a"), 1)
        self.assertEqual(await self.cache.get("a"), 1)
        self.assertEqual(self.backend.calls, 1)

    async def test_many(self):
        got = await self.cache.get_many(["a", "b", "a"])
        self.assertEqual(got, [1, 2, 2])

    async def test_missing_key(self):
        await self.cache.get("zzz")

    async def test_backend_error_in_gather(self):
        await self.cache.get_many(["a", "boom"])

    async def test_raises_async(self):
        with self.assertRaises(ConnectionResetError) as cm:
            await self.cache.get("boom")
        LOG.append(f"caught: {cm.exception}")

    async def test_timeout(self):
        async def slow():
            await asyncio.sleep(10)
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(slow(), timeout=0.01)
        LOG.append("timed out as expected")

    async def test_closed(self):
        await self.cache.aclose()
        await self.cache.get("a")

    def test_sync_method_still_works(self):
        self.assertTrue(asyncio.iscoroutinefunction(self.cache.get))


if __name__ == "__main__":
    suite = unittest.TestLoader().loadTestsFromTestCase(CacheTests)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(clean(buf.getvalue()))
    for line in LOG:
        print(line)
