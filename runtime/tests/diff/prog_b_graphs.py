import heapq
from collections import deque, defaultdict

EDGES = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20),
    ("G", "H", 1),
]

def build(edges, directed=False):
    g = defaultdict(list)
    for u, v, w in edges:
        g[u].append((v, w))
        if not directed:
            g[v].append((u, w))
        else:
            g.setdefault(v, [])
    return g

def bfs(g, start):
    seen = {start: 0}
    order = []
    q = deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(g[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return order, seen

def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for v, _ in sorted(g[start]):
        if v not in seen:
            dfs(g, v, seen)
    return seen

def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    pops = 0
    while heap:
        d, u = heapq.heappop(heap)
        pops += 1
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, pops

def path_to(prev, src, dst):
    out = [dst]
    while out[-1] != src:
        out.append(prev[out[-1]])
    return out[::-1]

class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

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
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = defaultdict(set)
        for x in self.parent:
            out[self.find(x)].add(x)
        return sorted(sorted(s) for s in out.values())

def kruskal(nodes, edges):
    uf = UnionFind(nodes)
    tree = []
    for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        if uf.union(u, v):
            tree.append((u, v, w))
    return tree, uf.groups()

def topo_sort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        indeg[n] += len(ds)
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    heapq.heapify(ready)
    out = []
    while ready:
        n = heapq.heappop(ready)
        out.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(out) != len(indeg):
        cyc = sorted(n for n, k in indeg.items() if k > 0)
        raise ValueError(f"cycle among {cyc}")
    return out

g = build(EDGES)
order, levels = bfs(g, "A")
print("bfs", order)
print("levels", sorted(levels.items()))
print("dfs", dfs(g, "A"))
print("dfs G", dfs(g, "G"))
dist, prev, pops = dijkstra(g, "A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3} via {'->'.join(path_to(prev, 'A', node))}")
print("pops", pops, "unreachable", sorted(set(g) - set(dist)))
dg = build(EDGES, directed=True)
ddist, _, _ = dijkstra(dg, "B")
print("directed from B", dict(sorted(ddist.items())))
tree, groups = kruskal(sorted(g), EDGES)
print("mst", tree, "weight", sum(w for *_, w in tree))
print("components", groups)

deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
}
print("topo", topo_sort(deps))
deps["core"] = ["tests"]
try:
    topo_sort(deps)
except ValueError as e:
    print("error:", e)

grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]
def grid_bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d, len(seen)
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return None
print("grid", grid_bfs(grid))
heap = []
for i, word in enumerate("pear fig apple kiwi banana fig".split()):
    heapq.heappush(heap, (len(word), word, i))
print("nsmallest", heapq.nsmallest(3, heap), "nlargest", heapq.nlargest(2, heap, key=lambda t: t[1]))
print([heapq.heappop(heap) for _ in range(len(heap))])
print(heapq.heappushpop([1, 5, 9], 3), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
