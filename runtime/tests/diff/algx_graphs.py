import heapq
from collections import deque, defaultdict
from graphlib import TopologicalSorter, CycleError


def build_grid_graph(rows):
    g = defaultdict(list)
    h = len(rows)
    w = len(rows[0])
    for r in range(h):
        for c in range(w):
            if rows[r][c] == '#':
                continue
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < h and 0 <= nc < w and rows[nr][nc] != '#':
                    cost = int(rows[nr][nc]) if rows[nr][nc].isdigit() else 1
                    g[(r, c)].append(((nr, nc), cost))
    return g


def bfs(g, start):
    dist = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v, _ in g[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist


def dijkstra(g, start):
    dist = {start: 0}
    prev = {}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path_to(prev, start, end):
    out = [end]
    while out[-1] != start:
        out.append(prev[out[-1]])
    return out[::-1]


grid = [
    "S1.3#....",
    ".#9.#.##.",
    ".#..2..#.",
    ".####.#..",
    "......#.E",
]
g = build_grid_graph(grid)
start, end = (0, 0), (4, 8)
bd = bfs(g, start)
print("bfs reachable:", len(bd), "steps to end:", bd.get(end))
dd, prev = dijkstra(g, start)
print("dijkstra cost:", dd[end])
p = path_to(prev, start, end)
print("path len:", len(p))
print("path:", p[:6], '...', p[-3:])
far = max(sorted(dd), key=lambda k: dd[k])
print("farthest:", far, dd[far])


def dfs_components(adj):
    seen = set()
    comps = []
    for node in sorted(adj):
        if node in seen:
            continue
        stack = [node]
        comp = []
        seen.add(node)
        while stack:
            u = stack.pop()
            comp.append(u)
            for v in sorted(adj[u], reverse=True):
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        comps.append(comp)
    return comps


edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7), (10, 3)]
adj = defaultdict(set)
for a, b in edges:
    adj[a].add(b)
    adj[b].add(a)
for comp in dfs_components(adj):
    print("component", sorted(comp), "order", comp)

# topological sort
deps = {
    "app": {"lib", "utils", "config"},
    "lib": {"core", "utils"},
    "utils": {"core"},
    "config": set(),
    "core": set(),
    "tests": {"app", "mock"},
    "mock": {"core"},
}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print("static order valid:", all(order.index(d) < order.index(k) for k, ds in deps.items() for d in ds))
ts = TopologicalSorter(deps)
ts.prepare()
level = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    print("level", level, ready)
    ts.done(*ready)
    level += 1

cyc = TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    cyc.prepare()
except CycleError as e:
    msg, cycle = e.args
    print("cycle:", msg, len(cycle), cycle[0] == cycle[-1])

# Kahn's algorithm by hand
indeg = defaultdict(int)
out = defaultdict(list)
for k, ds in deps.items():
    indeg.setdefault(k, 0)
    for d in ds:
        out[d].append(k)
        indeg[k] += 1
heap = [k for k, v in indeg.items() if v == 0]
heapq.heapify(heap)
res = []
while heap:
    u = heapq.heappop(heap)
    res.append(u)
    for v in sorted(out[u]):
        indeg[v] -= 1
        if indeg[v] == 0:
            heapq.heappush(heap, v)
print("kahn:", res)

# Floyd-Warshall on small weighted graph
INF = float('inf')
n = 5
W = [[INF] * n for _ in range(n)]
for i in range(n):
    W[i][i] = 0
for a, b, w in [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5), (3, 4, 3)]:
    W[a][b] = w
for k in range(n):
    for i in range(n):
        for j in range(n):
            if W[i][k] + W[k][j] < W[i][j]:
                W[i][j] = W[i][k] + W[k][j]
for row in W:
    print(" ".join(f"{x:>4}" if x != INF else " inf" for x in row))
print(W[4])
print(heapq.nsmallest(3, [(d, k) for k, d in dd.items()])[1:])
print(heapq.nlargest(2, dd.items(), key=lambda kv: (kv[1], kv[0])))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len, reverse=True)))
