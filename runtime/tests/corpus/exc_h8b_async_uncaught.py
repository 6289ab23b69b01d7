"""An asyncio batch job whose unhandled failure ends the program with status 1."""
import asyncio


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(url, status)
        self.url = url
        self.status = status

    def __str__(self):
        return f"GET {self.url} returned {self.status}"


RESPONSES = {
    "/a": (200, "alpha"),
    "/b": (200, "beta"),
    "/c": (503, None),
    "/d": (200, "delta"),
    "/e": (404, None),
}


async def fetch(url, attempts=2):
    for attempt in range(1, attempts + 1):
        await asyncio.sleep(0)
        status, body = RESPONSES.get(url, (400, None))
        if status == 200:
            return body
        print(f"  {url}: attempt {attempt} got {status}")
    raise FetchError(url, status)


async def crawl(urls):
    results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)
    ok = {u: r for u, r in zip(urls, results) if not isinstance(r, BaseException)}
    bad = [r for r in results if isinstance(r, BaseException)]
    return ok, bad


async def main():
    ok, bad = await crawl(["/a", "/b", "/c"])
    print(sorted(ok.items()), [str(e) for e in bad])
    ok, bad = await crawl(["/d", "/zz"])
    print(sorted(ok.items()), [repr(e) for e in bad])
    print("strict crawl:")
    bodies = await asyncio.gather(fetch("/a"), fetch("/e"), fetch("/b"))
    print("unreachable", bodies)


asyncio.run(main())
