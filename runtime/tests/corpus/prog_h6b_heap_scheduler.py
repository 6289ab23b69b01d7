import heapq
import bisect
from heapq import heappush, heappop, heapify, nlargest, nsmallest, merge, heapreplace, heappushpop

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (2, "code"), (5, "ship")]:
    heappush(tasks, (prio, name))
print(tasks)
order = []
while tasks:
    order.append(heappop(tasks))
print(order)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data, data[0])
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 11), data)
print(nlargest(3, [5, 1, 8, 3, 9, 2]), nsmallest(2, [5, 1, 8, 3, 9, 2]))
people = [{"n": "a", "age": 30}, {"n": "b", "age": 25}, {"n": "c", "age": 35}, {"n": "d", "age": 25}]
print(nsmallest(2, people, key=lambda p: p["age"]), nlargest(1, people, key=lambda p: p["age"]))
print(list(merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(merge([9, 5, 1], [8, 2], reverse=True)))
print(heapq.nlargest(10, range(5)), heapq.nsmallest(0, [1, 2]), nlargest(2, []))

# dijkstra
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
path, cur = [], "F"
while cur != "A":
    path.append(cur)
    cur = prev[cur]
print(["A"] + path[::-1])

# running median with two heaps
lo, hi = [], []
meds = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    if not lo or x <= -lo[0]:
        heappush(lo, -x)
    else:
        heappush(hi, x)
    if len(lo) > len(hi) + 1:
        heappush(hi, -heappop(lo))
    elif len(hi) > len(lo):
        heappush(lo, -heappop(hi))
    meds.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(meds)

grades = [60, 70, 80, 90]
letters = "FDCBA"
def grade(score):
    return letters[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
sl = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sl, v)
print(sl, bisect.bisect_left(sl, 5), bisect.bisect_right(sl, 5), bisect.bisect_left(sl, 100))
print(bisect.bisect_left(sl, 4, lo=3, hi=5), bisect.insort_left(sl, 3), sl)
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, "d"), key=lambda r: r[0])
print(recs)
def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError("none")
print(find_ge(sl, 7), find_ge(sl, 3))
try:
    find_ge(sl, 99)
except ValueError as e:
    print("ValueError:", e)
try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)

class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return f"Job({self.p},{self.n})"
h = []
for j in [Job(3, "x"), Job(1, "y"), Job(2, "z")]:
    heappush(h, j)
print([heappop(h) for _ in range(3)])
