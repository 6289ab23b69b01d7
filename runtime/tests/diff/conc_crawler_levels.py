"""Level-by-level crawl of a fake site: each level's URLs are queued, worker
threads drain the level (get_nowait + suppress), and discovered links feed the
next level. Shared state is lock-protected; output is sorted."""
import threading
import queue
from contextlib import suppress, closing
from urllib.parse import urljoin, urlparse

SITE = {
    "https://ex.com/": ["/about", "/blog/", "https://other.org/x", "/about#team"],
    "https://ex.com/about": ["/", "/contact", "mailto:hi@ex.com"],
    "https://ex.com/blog/": ["post-1", "post-2", "../about", "?page=2"],
    "https://ex.com/blog/post-1": ["/blog/", "/missing"],
    "https://ex.com/blog/post-2": ["post-1", "/contact"],
    "https://ex.com/contact": [],
    "https://ex.com/blog/?page=2": ["post-3"],
    "https://ex.com/blog/post-3": ["/"],
}


class FakeResponse:
    opened = 0
    closed = 0

    def __init__(self, url):
        FakeResponse.opened += 1
        self.url = url
        if url not in SITE:
            raise LookupError(f"404 {url}")
        self.links = SITE[url]

    def close(self):
        FakeResponse.closed += 1


class Crawler:
    def __init__(self, root, workers=3):
        self.root = root
        self.host = urlparse(root).netloc
        self.workers = workers
        self.lock = threading.Lock()
        self.seen = {root: 0}
        self.broken = {}
        self.external = set()
        self.edges = 0

    def normalize(self, base, href):
        if href.startswith("mailto:"):
            return None
        url = urljoin(base, href).split("#", 1)[0]
        if urlparse(url).netloc != self.host:
            with self.lock:
                self.external.add(url)
            return None
        return url

    def fetch_level(self, level_q, next_level, depth):
        while True:
            with suppress(queue.Empty):
                url = level_q.get_nowait()
                try:
                    with closing(FakeResponse(url)) as resp:
                        links = [self.normalize(url, h) for h in resp.links]
                except LookupError as e:
                    with self.lock:
                        self.broken[url] = str(e)
                    continue
                finally:
                    level_q.task_done()
                with self.lock:
                    for link in links:
                        if link is None:
                            continue
                        self.edges += 1
                        if link not in self.seen:
                            self.seen[link] = depth + 1
                            next_level.append(link)
                continue
            return

    def run(self, max_depth=5):
        level = [self.root]
        depth = 0
        while level and depth <= max_depth:
            q = queue.Queue()
            for url in sorted(level):
                q.put(url)
            nxt = []
            threads = [threading.Thread(target=self.fetch_level, args=(q, nxt, depth),
                                        name=f"d{depth}-w{i}") for i in range(self.workers)]
            for t in threads:
                t.start()
            q.join()
            for t in threads:
                t.join()
            print(f"depth {depth}: fetched {len(level)}, discovered {len(nxt)}")
            level = nxt
            depth += 1


c = Crawler("https://ex.com/")
c.run()
print("pages by depth:")
for url, d in sorted(c.seen.items(), key=lambda kv: (kv[1], kv[0])):
    print(f"  {d} {url}")
print("broken:", sorted(c.broken.items()))
print("external:", sorted(c.external))
print("edges followed:", c.edges)
print("responses opened/closed:", FakeResponse.opened, FakeResponse.closed)
