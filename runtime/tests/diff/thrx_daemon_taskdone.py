"""Daemon worker pool using q.join() and task_done(), like a URL fetcher."""
import queue
import threading
import hashlib

PAGES = {
    "/": "<html>home</html>",
    "/about": "<html>about us</html>",
    "/blog": "<html>" + "post " * 20 + "</html>",
    "/blog/1": "<html>first post</html>",
    "/blog/2": "<html>second post</html>",
    "/contact": "<html>mail us</html>",
    "/missing": None,
}


def fetch(path):
    body = PAGES.get(path)
    if body is None:
        raise LookupError(f"404 {path}")
    return body


class Crawler:
    def __init__(self, workers=4):
        self.tasks = queue.Queue()
        self.lock = threading.Lock()
        self.results = {}
        self.errors = {}
        self.threads = []
        for i in range(workers):
            t = threading.Thread(target=self.worker, name=f"fetch-{i}", daemon=True)
            t.start()
            self.threads.append(t)

    def worker(self):
        while True:
            path = self.tasks.get()
            try:
                body = fetch(path)
                digest = hashlib.sha1(body.encode()).hexdigest()[:10]
                with self.lock:
                    self.results[path] = (len(body), digest)
            except LookupError as e:
                with self.lock:
                    self.errors[path] = str(e)
            finally:
                self.tasks.task_done()

    def crawl(self, paths):
        for p in paths:
            self.tasks.put(p)
        self.tasks.join()
        return self.results, self.errors


crawler = Crawler()
print("daemon flags:", [t.daemon for t in crawler.threads])
print("names:", [t.name for t in crawler.threads])
res, errs = crawler.crawl(sorted(PAGES))
for path in sorted(res):
    size, digest = res[path]
    print(f"{path:<10} {size:4d} {digest}")
print("errors:", errs)
print("unfinished:", crawler.tasks.unfinished_tasks)

# Second batch on the same pool.
res, errs = crawler.crawl(["/blog/1", "/nope", "/"])
print("after second batch:", len(res), "ok,", len(errs), "errors")
print(sorted(errs.items()))
print("workers still alive:", sum(t.is_alive() for t in crawler.threads))

try:
    crawler.tasks.task_done()
except ValueError as e:
    print("ValueError:", e)

# Daemon workers are left blocked on get() when the program ends.
print("active threads:", threading.active_count())
print("end")
