import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/missing"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog/1", "/slow"],
    "/shop": ["/shop/cart", "/"],
    "/shop/cart": ["/shop"],
    "/team": ["/about"],
    "/slow": [],
}


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url}: HTTP {status}")
        self.url = url
        self.status = status


class Crawler:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0
        self.seen = set()
        self.pages = {}
        self.errors = []
        self.events = []

    async def fetch(self, url):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self.events.append(f"+{url}[{self.active}]")
            try:
                # depth of path determines how many scheduler turns it takes
                for _ in range(url.count("/")):
                    await asyncio.sleep(0)
                if url == "/slow":
                    await asyncio.sleep(10)
                if url not in SITE:
                    raise FetchError(url, 404)
                return SITE[url]
            finally:
                self.active -= 1
                self.events.append(f"-{url}")

    async def crawl_one(self, url, depth):
        try:
            links = await asyncio.wait_for(self.fetch(url), timeout=0.2)
        except FetchError as e:
            self.errors.append((e.url, e.status))
            return []
        except TimeoutError:
            self.errors.append((url, "timeout"))
            return []
        self.pages[url] = depth
        return links

    async def run(self, root, max_depth):
        frontier = [root]
        self.seen.add(root)
        depth = 0
        while frontier and depth <= max_depth:
            print(f"depth {depth}: {frontier}")
            results = await asyncio.gather(*(self.crawl_one(u, depth) for u in frontier))
            nxt = []
            for links in results:
                for link in links:
                    if link not in self.seen:
                        self.seen.add(link)
                        nxt.append(link)
            frontier = nxt
            depth += 1
        return self.pages


async def main():
    for limit in (1, 2, 3):
        c = Crawler(limit)
        pages = await c.run("/", 3)
        print(f"limit={limit} peak={c.peak} sem locked at end={c.sem.locked()}")
        print("  pages:", sorted(pages.items()))
        print("  errors:", sorted(c.errors, key=str))
        print("  events:", " ".join(c.events))

    # bounded semaphore misuse
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("BoundedSemaphore:", e)

    sem = asyncio.Semaphore(0)
    order = []

    async def waiter(i):
        await sem.acquire()
        order.append(i)

    ts = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    print("locked with waiters:", sem.locked())
    for _ in range(4):
        sem.release()
    await asyncio.gather(*ts)
    print("wake order:", order)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)


asyncio.run(main())
