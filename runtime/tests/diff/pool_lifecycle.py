"""The life of a thread pool's workers: created lazily (only while no worker is
idle), named <prefix>_<n>, joined by shutdown(), ended when the pool is dropped,
and still finishing their queue when the program exits without a shutdown."""
import threading
from concurrent.futures import ThreadPoolExecutor


def pool_threads(prefix):
    return sorted(t.name for t in threading.enumerate() if t.name.startswith(prefix))


# Workers appear one per call while every existing worker is busy.
release = threading.Event()
arrived = threading.Semaphore(0)


def busy(n):
    arrived.release()
    release.wait()
    return n, threading.current_thread().name.startswith("crawl_")


pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="crawl")
print("before any submit:", pool_threads("crawl"))
futures = []
for n in range(5):
    futures.append(pool.submit(busy, n))
    if n < 3:
        arrived.acquire()
        print(f"after submit {n}:", pool_threads("crawl"))
print("capped at max_workers:", pool_threads("crawl"))
release.set()
print("results:", sorted(f.result() for f in futures))
print("alive before shutdown:", len(pool_threads("crawl")))
pool.shutdown(wait=True)
print("alive after shutdown:", pool_threads("crawl"))

# shutdown(wait=False) returns at once; the queued work still runs.
gate = threading.Event()
started = threading.Event()
out = []


def record(n):
    if n == 0:
        started.set()
        gate.wait()
    out.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bg")
fs = [pool.submit(record, n) for n in range(4)]
started.wait()
pool.shutdown(wait=False)
print("returned while busy:", [f.done() for f in fs], pool_threads("bg"))
gate.set()
print("queued work finished:", [f.result() for f in fs], out)
for t in threading.enumerate():
    if t.name.startswith("bg_"):
        t.join()
print("bg workers left:", pool_threads("bg"))

# A pool dropped without shutdown: its idle workers end on their own.
def who():
    return threading.current_thread()


pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="tmp")
worker = pool.submit(who).result()
print("worker alive while pool exists:", worker.name, worker.is_alive())
del pool
worker.join()
print("after the pool is dropped:", worker.is_alive(), pool_threads("tmp"))

# Tasks fan out into a second pool and wait for its results.
inner = ThreadPoolExecutor(max_workers=4, thread_name_prefix="inner")


def word_lengths(line):
    parts = [inner.submit(len, w) for w in line.split()]
    return sum(p.result() for p in parts)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="outer") as outer:
    totals = list(outer.map(word_lengths, ["a bb ccc", "dddd e", "ff gg hh ii"]))
inner.shutdown()
print("fan-out totals:", totals)

# The default prefix counts only pools made without one.
plain = [ThreadPoolExecutor(max_workers=1) for _ in range(2)]
named = [p.submit(lambda: threading.current_thread().name).result() for p in plain]
print("default names:", named)
for p in plain:
    p.shutdown()

# Left running at exit: the interpreter waits for the workers to drain the queue.
final_gate = threading.Event()
late = ThreadPoolExecutor(max_workers=1, thread_name_prefix="late")


def last_words(n):
    if n == 0:
        final_gate.wait()
    print("late task", n, threading.current_thread().name)


for n in range(3):
    late.submit(last_words, n)
print("main is done; threads:", pool_threads("late"))
final_gate.set()
