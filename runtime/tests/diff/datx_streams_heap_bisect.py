import heapq
import bisect
import random
from datetime import datetime, timedelta
from collections import namedtuple, deque, Counter
from itertools import islice, groupby
from operator import attrgetter

rng = random.Random(512)
Event = namedtuple("Event", "ts server kind latency")


def server_stream(name, n, seed):
    r = random.Random(seed)
    t = datetime(2023, 6, 1, 12, 0)
    for _ in range(n):
        t += timedelta(seconds=r.randint(1, 90))
        yield Event(t, name, r.choice(["req", "req", "req", "err", "gc"]), r.randint(3, 900))


streams = [server_stream(f"srv{i}", 25 + i * 5, 100 + i) for i in range(4)]
merged = list(heapq.merge(*streams, key=attrgetter("ts")))
print("merged events:", len(merged))
print("sorted?", all(a.ts <= b.ts for a, b in zip(merged, merged[1:])))
for e in merged[:5]:
    print(f"  {e.ts:%H:%M:%S} {e.server:<5} {e.kind:<4} {e.latency:>4}ms")
print("newest-first merge head:", [e.ts.strftime("%M:%S") for e in
      islice(heapq.merge(*(reversed(list(server_stream(f"s{i}", 5, i))) for i in range(3)),
                         key=attrgetter("ts"), reverse=True), 6)])

# top-k slowest with a bounded heap
K = 5
heap = []
for idx, e in enumerate(merged):
    item = (e.latency, -idx, e)
    if len(heap) < K:
        heapq.heappush(heap, item)
    elif item > heap[0]:
        heapq.heapreplace(heap, item)
top = [t[2] for t in sorted(heap, reverse=True)]
print("top-k:", [(e.server, e.latency) for e in top])
print("nlargest agrees:", [(e.server, e.latency) for e in heapq.nlargest(K, merged, key=attrgetter("latency"))] ==
      [(e.server, e.latency) for e in top])
print("3 fastest:", [(e.server, e.latency) for e in heapq.nsmallest(3, merged, key=lambda e: (e.latency, e.server))])

# priority queue of tasks with lazy deletion
pq, entry_finder, counter = [], {}, 0
REMOVED = "<removed>"


def add_task(task, priority):
    global counter
    if task in entry_finder:
        remove_task(task)
    entry = [priority, counter, task]
    counter += 1
    entry_finder[task] = entry
    heapq.heappush(pq, entry)


def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task, priority
    raise KeyError("pop from an empty priority queue")


for name in ["reindex", "backup", "email", "rotate-logs", "vacuum", "report"]:
    add_task(name, rng.randint(1, 5))
add_task("email", 0)
remove_task("vacuum")
order = []
while True:
    try:
        order.append(pop_task())
    except KeyError as exc:
        print("done:", exc)
        break
print(order)

# bisect: latency percentile buckets and grade table
cuts = [10, 50, 100, 250, 500]
labels = ["<10", "10-49", "50-99", "100-249", "250-499", ">=500"]
hist = Counter(labels[bisect.bisect_right(cuts, e.latency)] for e in merged)
for lab in labels:
    print(f"{lab:>8} {hist[lab]:3d} {'#' * hist[lab]}")

lat_sorted = sorted(e.latency for e in merged)
for p in (50, 90, 99):
    idx = min(len(lat_sorted) - 1, (p * len(lat_sorted)) // 100)
    print(f"p{p}: {lat_sorted[idx]}  rank of 100ms: {bisect.bisect_left(lat_sorted, 100)}/{len(lat_sorted)}")

# tax brackets via bisect on upper bounds
BRACKETS = [(10_000, 0.0), (40_000, 0.10), (90_000, 0.22), (180_000, 0.32), (float("inf"), 0.40)]
uppers = [b[0] for b in BRACKETS]


def tax(income):
    total, lower = 0.0, 0
    top = bisect.bisect_left(uppers, income)
    for upper, rate in BRACKETS[:top + 1]:
        span = min(income, upper) - lower
        if span > 0:
            total += span * rate
        lower = upper
    return round(total, 2)


for inc in [5_000, 10_000, 10_001, 55_500, 90_000, 250_000]:
    t = tax(inc)
    print(f"{inc:>9,} -> tax {t:>10,.2f} eff {t / inc:6.2%} bracket {bisect.bisect_left(uppers, inc)}")

# interval lookup: which maintenance window covers a timestamp
windows = sorted([(datetime(2023, 6, 1, 12, 10), datetime(2023, 6, 1, 12, 20), "db"),
                  (datetime(2023, 6, 1, 12, 40), datetime(2023, 6, 1, 12, 45), "net"),
                  (datetime(2023, 6, 1, 13, 0), datetime(2023, 6, 1, 13, 30), "deploy")])
starts = [w[0] for w in windows]
affected = Counter()
for e in merged:
    i = bisect.bisect_right(starts, e.ts) - 1
    if i >= 0 and e.ts < windows[i][1]:
        affected[windows[i][2]] += 1
print("affected:", sorted(affected.items()))

# sliding window error rate with deque
win = deque()
worst = (0, None)
for e in merged:
    win.append(e)
    while win[0].ts < e.ts - timedelta(minutes=5):
        win.popleft()
    errs = sum(1 for x in win if x.kind == "err")
    if errs > worst[0]:
        worst = (errs, e.ts)
print("worst 5-min window:", worst[0], worst[1].time())
by_server = {k: len(list(g)) for k, g in groupby(sorted(merged, key=attrgetter("server")), key=attrgetter("server"))}
print(by_server)
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
