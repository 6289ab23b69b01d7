"""Producer/consumer log processing with queue.Queue and sentinels."""
import queue
import threading
from collections import Counter, defaultdict

LOG_LINES = [
    "2024-01-01 10:00:01 INFO  auth   user alice logged in",
    "2024-01-01 10:00:02 WARN  disk   usage at 81%",
    "2024-01-01 10:00:03 ERROR db     connection reset",
    "2024-01-01 10:00:04 INFO  auth   user bob logged in",
    "2024-01-01 10:00:05 INFO  web    GET /index 200",
    "2024-01-01 10:00:06 ERROR web    GET /admin 500",
    "2024-01-01 10:00:07 DEBUG cache  miss key=user:42",
    "2024-01-01 10:00:08 INFO  web    GET /about 200",
    "2024-01-01 10:00:09 WARN  auth   failed login for carol",
    "2024-01-01 10:00:10 INFO  auth   user alice logged out",
    "2024-01-01 10:00:11 ERROR db     deadlock detected",
    "2024-01-01 10:00:12 INFO  web    POST /login 302",
]

SENTINEL = object()
N_CONSUMERS = 3


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.by_level = Counter()
        self.by_component = defaultdict(list)
        self.handled_by = Counter()

    def record(self, worker, level, component, message):
        with self.lock:
            self.by_level[level] += 1
            self.by_component[component].append(message)
            self.handled_by[worker] += 1


def parse(line):
    date, time, level, component, message = line.split(None, 4)
    return level, component, message


def producer(q, lines, n_consumers):
    for i, line in enumerate(lines):
        q.put((i, line))
    for _ in range(n_consumers):
        q.put(SENTINEL)


def consumer(name, q, stats, results):
    count = 0
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        idx, line = item
        level, component, message = parse(line)
        stats.record(name, level, component, message)
        results.append((idx, level, component))
        count += 1
    results.append(("done", name, count))


def main():
    q = queue.Queue()
    stats = Stats()
    results = []
    consumers = [threading.Thread(target=consumer, args=(f"c{i}", q, stats, results),
                                  name=f"consumer-{i}") for i in range(N_CONSUMERS)]
    for t in consumers:
        t.start()
    prod = threading.Thread(target=producer, args=(q, LOG_LINES, N_CONSUMERS))
    prod.start()
    prod.join()
    for t in consumers:
        t.join()
    print("alive after join:", [t.is_alive() for t in consumers])
    print("queue empty:", q.empty(), "qsize:", q.qsize())

    processed = sorted(r for r in results if r[0] != "done")
    done = [r for r in results if r[0] == "done"]
    print("processed", len(processed), "lines")
    for idx, level, comp in processed:
        print(f"  {idx:2d} {level:<5} {comp}")
    print("total done count:", sum(r[2] for r in done), "workers:", len(done))
    print("levels:", sorted(stats.by_level.items()))
    for comp in sorted(stats.by_component):
        msgs = stats.by_component[comp]
        print(f"  {comp}: {len(msgs)} -> {sorted(msgs)[0]!r}")
    print("sum handled:", sum(stats.handled_by.values()))
    errors = [m for m in stats.by_component["db"]]
    print("db errors:", sorted(errors))


main()
