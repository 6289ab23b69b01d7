# A crawler using asyncio.TaskGroup: two fetches fail with different errors,
# the group cancels the rest; the failures are gathered into a new group that
# is raised once the event loop is closed (members keep their coroutine frames).
import asyncio


class HTTPError(Exception):
    def __init__(self, url, status):
        super().__init__(url, status)
        self.url = url
        self.status = status

    def __str__(self):
        return f"{self.status} for {self.url}"


PAGES = {
    "/": ["/about", "/blog"],
    "/about": [],
    "/blog": ["/blog/1", "/blog/2"],
    "/blog/1": [],
}
STATUS = {"/blog/2": 404}


async def fetch(url):
    await asyncio.sleep(0)
    if url in STATUS:
        raise HTTPError(url, STATUS[url])
    return PAGES[url]


async def crawl_one(url, seen, results):
    links = await fetch(url)
    results[url] = len(links)
    return [link for link in links if link not in seen]


async def crawl(start):
    seen = {start}
    results = {}
    frontier = [start]
    while frontier:
        tasks = []
        async with asyncio.TaskGroup() as tg:
            for url in frontier:
                tasks.append(tg.create_task(crawl_one(url, seen, results)))
        frontier = []
        for t in tasks:
            for link in t.result():
                if link not in seen:
                    seen.add(link)
                    frontier.append(link)
    return results


async def main(failures):
    small = await crawl("/about")
    print("small crawl:", small)
    PAGES["/blog"].append("/missing")
    try:
        full = await crawl("/")
    except* HTTPError as eg:
        print("http errors:", [str(e) for e in eg.exceptions])
        failures.extend(eg.exceptions)
    except* KeyError as eg:
        print("lookup errors:", [repr(e) for e in eg.exceptions])
        failures.extend(eg.exceptions)
    else:
        print("full crawl:", full)


failures = []
asyncio.run(main(failures))
if failures:
    raise ExceptionGroup(f"crawl failed on {len(failures)} pages", failures)
