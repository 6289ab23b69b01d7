"""A breadth-first crawler over a fake site: fetches run in a thread pool (with a
tiny simulated network delay), the main thread schedules newly found links as
results come back with wait(FIRST_COMPLETED), and a per-host semaphore limits
concurrent fetches to one host."""
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

SITE = {
    "a.com/": ["a.com/about", "a.com/blog", "b.org/"],
    "a.com/about": ["a.com/", "a.com/team"],
    "a.com/blog": ["a.com/blog/1", "a.com/blog/2", "a.com/missing"],
    "a.com/blog/1": ["b.org/post"],
    "a.com/blog/2": ["a.com/blog/1"],
    "a.com/team": [],
    "b.org/": ["b.org/post", "c.net/"],
    "b.org/post": ["a.com/"],
    "c.net/": ["c.net/slow"],
    "c.net/slow": [],
}

host_limits = defaultdict(lambda: threading.BoundedSemaphore(1))
limits_lock = threading.Lock()
active = defaultdict(int)
max_active = defaultdict(int)
stats_lock = threading.Lock()


def host_of(url):
    return url.split("/", 1)[0]


def fetch(url):
    host = host_of(url)
    with limits_lock:
        sem = host_limits[host]
    with sem:
        with stats_lock:
            active[host] += 1
            max_active[host] = max(max_active[host], active[host])
        time.sleep(0.002 if url.endswith("slow") else 0.0005)
        with stats_lock:
            active[host] -= 1
    if url not in SITE:
        raise LookupError(f"404 {url}")
    return SITE[url]


def crawl(start, max_pages=20):
    seen = {start}
    pages, broken = {}, []
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="crawler") as pool:
        pending = {pool.submit(fetch, start): start}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                url = pending.pop(fut)
                try:
                    links = fut.result()
                except LookupError as exc:
                    broken.append(str(exc))
                    continue
                pages[url] = links
                for link in links:
                    if link not in seen and len(seen) < max_pages:
                        seen.add(link)
                        pending[pool.submit(fetch, link)] = link
    return pages, broken, seen


pages, broken, seen = crawl("a.com/")
print("pages fetched:", len(pages))
for url in sorted(pages):
    print(f"  {url:14} -> {len(pages[url])} links")
print("broken:", sorted(broken))
print("seen:", len(seen))
print("hosts:", sorted(max_active))
print("at most one fetch per host at a time:", all(v == 1 for v in max_active.values()))
print("nothing active at the end:", sum(active.values()))

# Depth of each page from the start, computed from the crawl result.
depth = {"a.com/": 0}
frontier = ["a.com/"]
while frontier:
    nxt = []
    for url in frontier:
        for link in pages.get(url, []):
            if link not in depth:
                depth[link] = depth[url] + 1
                nxt.append(link)
    frontier = nxt
by_depth = defaultdict(list)
for url, d in depth.items():
    by_depth[d].append(url)
for d in sorted(by_depth):
    print("depth", d, sorted(by_depth[d]))

# A smaller crawl capped at 3 pages.
pages, broken, seen = crawl("b.org/", max_pages=3)
print("capped crawl:", sorted(pages), sorted(broken), len(seen))
