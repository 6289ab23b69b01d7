import heapq
import bisect
from dataclasses import dataclass, field
from datetime import datetime, timedelta

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)

jobs_in = [("backup", 3, 5), ("email", 1, 1), ("report", 2, 3), ("cleanup", 3, 2), ("alert", 0, 1),
           ("index", 2, 4), ("deploy", 1, 6), ("audit", 5, 2)]
heap = []
for seq, (name, prio, dur) in enumerate(jobs_in):
    heapq.heappush(heap, Job(prio, seq, name, dur))
print("heap[0]:", heap[0])
clock = 0
while heap:
    j = heapq.heappop(heap)
    print(f"t={clock:>2} run {j.name:<8} prio={j.priority} dur={j.duration}")
    clock += j.duration
print("done at", clock)

data = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(data)
print(data, heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(["apple", "fig"], ["Banana", "date"], key=str.lower)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
words = ["kiwi", "fig", "banana", "apple", "cherry", "date"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words, key=lambda w: w[-1]))

# multi-worker simulation using heap of (free_at, worker)
tasks = [4, 2, 7, 1, 3, 5, 2, 6]
workers = [(0, f"w{i}") for i in range(3)]
heapq.heapify(workers)
assign = {}
for i, t in enumerate(tasks):
    free_at, w = heapq.heappop(workers)
    assign.setdefault(w, []).append((i, free_at, free_at + t))
    heapq.heappush(workers, (free_at + t, w))
for w in sorted(assign):
    print(w, assign[w])
print("makespan", max(t for t, _ in workers))

# bisect: grade lookup and time slots
breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
scores = [33, 60, 69, 70, 89, 90, 100, 59.9]
print([grades[bisect.bisect(breakpoints, s)] for s in scores])
print([bisect.bisect_left(breakpoints, s) for s in scores], [bisect.bisect_right(breakpoints, s) for s in scores])
booked = []
base = datetime(2024, 1, 1, 9, 0)
def book(start_min, length):
    s, e = start_min, start_min + length
    i = bisect.bisect_left(booked, (s, e))
    if i > 0 and booked[i - 1][1] > s:
        return f"conflict with {fmt(booked[i - 1])}"
    if i < len(booked) and booked[i][0] < e:
        return f"conflict with {fmt(booked[i])}"
    bisect.insort(booked, (s, e))
    return "booked " + fmt((s, e))
def fmt(slot):
    a = base + timedelta(minutes=slot[0])
    b = base + timedelta(minutes=slot[1])
    return f"{a:%H:%M}-{b:%H:%M}"
for req in [(0, 30), (60, 45), (20, 20), (30, 30), (100, 10), (90, 15), (105, 60), (200, 5)]:
    print(req, book(*req))
print([fmt(s) for s in booked])
xs = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(xs, 2), bisect.bisect_right(xs, 2), bisect.bisect(xs, 4), bisect.bisect_left(xs, 2, 2), bisect.bisect_left(xs, 0))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
print(recs)
bisect.insort_left(xs, 2); bisect.insort_right(xs, 2.0)
print(xs)

# top-k streaming
stream = [17, 3, 99, 42, 8, 56, 71, 23, 88, 5, 64]
top = []
for x in stream:
    if len(top) < 3:
        heapq.heappush(top, x)
    elif x > top[0]:
        heapq.heapreplace(top, x)
    print(f"after {x:>2}: top3={sorted(top, reverse=True)}")
median_lo, median_hi = [], []
for x in stream:
    heapq.heappush(median_lo, -x)
    heapq.heappush(median_hi, -heapq.heappop(median_lo))
    if len(median_hi) > len(median_lo):
        heapq.heappush(median_lo, -heapq.heappop(median_hi))
    med = -median_lo[0] if len(median_lo) > len(median_hi) else (-median_lo[0] + median_hi[0]) / 2
    print(f"median after {x:>2}: {med}")
