"""A log-processing pipeline run entirely inside one thread pool: a reader task
feeds a bounded queue, parser tasks turn lines into records, and an aggregator
task consumes them. The tasks only meet through queue.Queue."""
import queue
import threading
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed

LINES = [
    "2024-01-02 GET /index 200 12",
    "2024-01-02 GET /login 200 30",
    "2024-01-02 POST /login 401 8",
    "2024-01-02 GET /missing 404 3",
    "bad line",
    "2024-01-03 GET /index 200 15",
    "2024-01-03 POST /upload 500 120",
    "2024-01-03 GET /index 304 2",
    "2024-01-03 POST /login 200 25",
    "2024-01-04 GET /admin 403 4",
    "2024-01-04 GET /index 200 11",
    "also bad",
]

STOP = object()
N_PARSERS = 3


def reader(lines, out):
    # A small queue: the reader blocks until parsers catch up.
    for line in lines:
        out.put(line)
    for _ in range(N_PARSERS):
        out.put(STOP)
    return len(lines)


def parser(inq, outq, errors):
    parsed = 0
    while True:
        line = inq.get()
        if line is STOP:
            outq.put(STOP)
            return parsed
        parts = line.split()
        if len(parts) != 5:
            errors.put(line)
            continue
        day, method, path, status, ms = parts
        outq.put({"day": day, "method": method, "path": path,
                  "status": int(status), "ms": int(ms)})
        parsed += 1


def aggregator(inq, producers):
    by_status = Counter()
    latency = defaultdict(list)
    per_day = Counter()
    stops = 0
    while stops < producers:
        rec = inq.get()
        if rec is STOP:
            stops += 1
            continue
        by_status[rec["status"] // 100 * 100] += 1
        latency[rec["path"]].append(rec["ms"])
        per_day[rec["day"]] += 1
    return by_status, latency, per_day


raw = queue.Queue(maxsize=2)
records = queue.Queue(maxsize=3)
errors = queue.Queue()

with ThreadPoolExecutor(max_workers=2 + N_PARSERS, thread_name_prefix="etl") as pool:
    agg = pool.submit(aggregator, records, N_PARSERS)
    parsers = [pool.submit(parser, raw, records, errors) for _ in range(N_PARSERS)]
    rd = pool.submit(reader, LINES, raw)
    print("lines read:", rd.result())
    print("parsed total:", sum(f.result() for f in as_completed(parsers)))
    by_status, latency, per_day = agg.result()

print("by status class:", sorted(by_status.items()))
for path in sorted(latency):
    values = latency[path]
    print(f"  {path:8} n={len(values)} mean={sum(values) / len(values):.1f} max={max(values)}")
print("per day:", sorted(per_day.items()))
bad = []
while not errors.empty():
    bad.append(errors.get_nowait())
print("rejected:", sorted(bad))
print("queues drained:", raw.empty(), records.empty())

# task_done()/join() between a pool of workers and the submitting thread.
jobs = queue.Queue()
done_lock = threading.Lock()
handled = []


def worker(wid):
    count = 0
    while True:
        item = jobs.get()
        try:
            if item is None:
                return wid, count
            with done_lock:
                handled.append(item * item)
            count += 1
        finally:
            jobs.task_done()


with ThreadPoolExecutor(max_workers=4) as pool:
    workers = [pool.submit(worker, w) for w in range(4)]
    for n in range(1, 21):
        jobs.put(n)
    jobs.join()
    print("handled after join:", len(handled), sum(handled))
    for _ in workers:
        jobs.put(None)
    counts = sorted(f.result() for f in workers)
print("worker ids:", [w for w, _ in counts], "items:", sum(c for _, c in counts))
print("unfinished tasks:", jobs.unfinished_tasks)
