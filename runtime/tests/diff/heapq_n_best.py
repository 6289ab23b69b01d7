# heapq.nsmallest/nlargest: results, ties in input order, and the number of comparisons
# made on user objects (the same entries and heap moves as CPython).
import heapq, random
r = random.Random(7)
log = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): log.append(("lt", self.v, o.v)); return self.v < o.v
    def __eq__(self, o): log.append(("eq", self.v, o.v)); return self.v == o.v
    def __repr__(self): return f"C({self.v})"
data = [r.randrange(20) for _ in range(40)]
for n in (-1, 0, 1, 2, 5, 39, 40, 41):
    for key in (None, lambda x: -x, lambda x: x % 7):
        a = heapq.nsmallest(n, data, key=key); b = heapq.nlargest(n, data, key=key)
        c = heapq.nsmallest(n, iter(data), key=key); d = heapq.nlargest(n, iter(data), key=key)
        print(n, a == c, b == d, a[:4], b[:4])
objs = [C(v) for v in [5, 3, 5, 1, 3, 9, 1, 5]]
print(heapq.nsmallest(3, iter(objs)), len(log)); log.clear()
print(heapq.nlargest(3, iter(objs)), len(log)); log.clear()
print(heapq.nsmallest(3, iter(objs), key=lambda c: c.v % 3), heapq.nlargest(2, objs, key=lambda c: c.v))
print(heapq.nsmallest(2, "hello"), heapq.nlargest(10, (x for x in [])), heapq.nsmallest(1, []), heapq.nlargest(1, [3, 1, 3]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([7, 4], [8, 1], reverse=True)))
