from collections import OrderedDict, defaultdict
import hashlib
import bisect
import random


class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.sets = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.sets -= 1
        return True


def kruskal(n, edges):
    dsu = DSU(n)
    mst = []
    for w, u, v in sorted(edges):
        if dsu.union(u, v):
            mst.append((u, v, w))
    return mst, sum(w for *_, w in mst)


class Fenwick:
    def __init__(self, n):
        self.t = [0] * (n + 1)

    def add(self, i, d):
        i += 1
        while i < len(self.t):
            self.t[i] += d
            i += i & -i

    def prefix(self, i):
        s = 0
        while i > 0:
            s += self.t[i]
            i -= i & -i
        return s

    def range_sum(self, lo, hi):
        return self.prefix(hi) - self.prefix(lo)


class SegTree:
    def __init__(self, data, op=min, ident=float("inf")):
        self.n = 1
        while self.n < len(data):
            self.n <<= 1
        self.op, self.ident = op, ident
        self.t = [ident] * (2 * self.n)
        self.t[self.n:self.n + len(data)] = data
        for i in range(self.n - 1, 0, -1):
            self.t[i] = op(self.t[2 * i], self.t[2 * i + 1])

    def update(self, i, v):
        i += self.n
        self.t[i] = v
        while i > 1:
            i >>= 1
            self.t[i] = self.op(self.t[2 * i], self.t[2 * i + 1])

    def query(self, lo, hi):
        res = self.ident
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                res = self.op(res, self.t[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                res = self.op(res, self.t[hi])
            lo >>= 1
            hi >>= 1
        return res


class Trie:
    END = "$"

    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[self.END] = node.get(self.END, 0) + 1

    def starts_with(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        stack = [(node, prefix)]
        while stack:
            nd, p = stack.pop()
            for k in sorted(nd, reverse=True):
                if k == self.END:
                    out.append(p)
                else:
                    stack.append((nd[k], p + k))
        return sorted(out)


class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
        self.hits = self.misses = 0

    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k)
            self.hits += 1
            return self.d[k]
        self.misses += 1
        return None

    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            evicted = self.d.popitem(last=False)
            return evicted
        return None

    def __repr__(self):
        return f"LRU({list(self.d.items())}, hits={self.hits}, misses={self.misses})"


class Bloom:
    def __init__(self, bits, hashes):
        self.bits, self.k = bits, hashes
        self.arr = 0

    def _positions(self, item):
        for i in range(self.k):
            h = hashlib.sha256(f"{i}:{item}".encode()).digest()
            yield int.from_bytes(h[:8], "big") % self.bits

    def add(self, item):
        for p in self._positions(item):
            self.arr |= 1 << p

    def __contains__(self, item):
        return all(self.arr >> p & 1 for p in self._positions(item))


rng = random.Random(31337)
n = 12
edges = [(rng.randint(1, 20), rng.randrange(n), rng.randrange(n)) for _ in range(30)]
mst, total = kruskal(n, edges)
print("mst:", mst)
print("mst weight:", total, "edges:", len(mst))
d = DSU(10)
for a, b in [(1, 2), (3, 4), (2, 3), (5, 6), (1, 4), (7, 7)]:
    print(f"union({a},{b}) -> {d.union(a, b)}", end="; ")
print("\nsets:", d.sets, "groups:", sorted({tuple(sorted(i for i in range(10) if d.find(i) == r)) for r in range(10)}))

vals = [rng.randint(-50, 50) for _ in range(20)]
fw = Fenwick(len(vals))
for i, v in enumerate(vals):
    fw.add(i, v)
print("vals:", vals)
print("fenwick sums:", [fw.range_sum(a, b) for a, b in [(0, 20), (3, 9), (10, 11), (5, 5)]], sum(vals[3:9]))
st = SegTree(vals)
print("segtree mins:", [st.query(a, b) for a, b in [(0, 20), (3, 9), (10, 11), (5, 5)]])
st.update(4, -100)
print("after update:", st.query(0, 10), st.query(5, 20))
smax = SegTree(vals, max, float("-inf"))
print("max queries:", smax.query(0, 7), smax.query(7, 20))
sg = SegTree([3, 1, 4, 1, 5, 9, 2, 6], lambda a, b: a + b, 0)
print("sum segtree:", sg.query(2, 6), sg.t[1])

tr = Trie()
for w in "car card care cared cars carton dog dodge do door car".split():
    tr.insert(w)
print("trie car*:", tr.starts_with("car"), "do*:", tr.starts_with("do"), "x*:", tr.starts_with("x"))

lru = LRU(3)
for op in ["p1", "p2", "g1", "p3", "p4", "g2", "g1", "g3", "p5", "g4"]:
    k = int(op[1])
    if op[0] == "p":
        ev = lru.put(k, k * k)
        if ev:
            print("evicted", ev)
    else:
        print(f"get {k} ->", lru.get(k))
print(lru)

bf = Bloom(256, 3)
for w in ["apple", "banana", "cherry"]:
    bf.add(w)
print("bloom:", ["apple" in bf, "banana" in bf, "durian" in bf, "elder" in bf], bin(bf.arr).count("1"))

# interval scheduling and merging
intervals = sorted((rng.randint(0, 50), rng.randint(1, 10)) for _ in range(10))
intervals = [(s, s + l) for s, l in intervals]
merged = []
for s, e in intervals:
    if merged and s <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], e)
    else:
        merged.append([s, e])
print("intervals:", intervals)
print("merged:", merged)
chosen, end = [], -1
for s, e in sorted(intervals, key=lambda iv: iv[1]):
    if s >= end:
        chosen.append((s, e))
        end = e
print("max non-overlapping:", chosen)
starts = [s for s, _ in intervals]
print("bisect queries:", [bisect.bisect_left(starts, q) for q in (0, 25, 51)])
adj = defaultdict(list)
for u, v, w in mst:
    adj[u].append(v)
    adj[v].append(u)
print("mst degrees:", sorted((len(v), k) for k, v in adj.items())[-3:])
