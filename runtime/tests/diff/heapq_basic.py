import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge
import random

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 100), data)
print(heappushpop(data, -1), heappushpop(data, 50), data)
print(heappushpop([], 3))
words = ["pear", "apple", "fig", "banana", "kiwi", "cherry"]
heapify(words)
print(words, heappop(words), words)
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
heapify(pairs)
print([heappop(pairs) for _ in range(4)])
show("push int", lambda: heappush(1, 2))
show("pop empty", lambda: heappop([]))
show("heapify int", lambda: heapify(1))
show("replace empty", lambda: heapreplace([], 1))
show("pop no args", lambda: heappop())
show("push 1 arg", lambda: heappush([]))
show("pushpop int", lambda: heappushpop(1, 2))
show("pop int", lambda: heappop(5))
show("mixed", lambda: heapify([1, "a", 2]))
show("push mixed", lambda: heappush([1], "a"))

# Deterministic pseudo-random workload
rng = random.Random(12345) if hasattr(random, "Random") else None
vals = [(i * 7919) % 1009 for i in range(200)]
h = []
for v in vals:
    heappush(h, v)
out = [heappop(h) for _ in range(len(h))]
print(out == sorted(vals), out[:10], out[-5:])
h = list(vals)
heapify(h)
print(h[:15], all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
big = [(i * 104729) % 5003 for i in range(3000)]
hb = list(big)
heapify(hb)
print(hb[:12], sorted(big)[:5] == [heappop(hb) for _ in range(5)])

# nlargest / nsmallest
print(nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(nlargest(1, [3, 1, 2]), nsmallest(1, [3, 1, 2]), nlargest(1, []), nsmallest(0, [1]), nlargest(-1, [1, 2]))
print(nlargest(10, [3, 1, 2]), nsmallest(10, iter([3, 1, 2])), nlargest(2, iter([5, 9, 1, 9])))
recs = [{"n": "a", "p": 3}, {"n": "b", "p": 1}, {"n": "c", "p": 3}, {"n": "d", "p": 2}, {"n": "e", "p": 1}]
print([r["n"] for r in nlargest(3, recs, key=lambda r: r["p"])], [r["n"] for r in nsmallest(3, recs, key=lambda r: r["p"])])
print([r["n"] for r in nlargest(2, iter(recs), key=lambda r: r["p"])], [r["n"] for r in nsmallest(4, iter(recs), key=lambda r: r["p"])])
print(nlargest(4, vals), nsmallest(4, vals), nlargest(3, "hello world"), nsmallest(2, "hello", key=ord))
print(nlargest(5, range(100), key=lambda x: x % 7), nsmallest(5, range(100), key=lambda x: -x % 7))

# merge
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([1, 2])), list(merge("ace", "bdf")))
print(list(merge([5, 3, 1], [4, 2, 0], reverse=True)))
print(list(merge(["apple", "fig"], ["kiwi", "banana2"], key=len)))
print(list(merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(merge([3, 2], [3, 1], key=lambda x: x, reverse=True)))
g = merge(iter([1, 4]), iter([2, 3]))
print(next(g), next(g), list(g))
print(heapq.__all__)
