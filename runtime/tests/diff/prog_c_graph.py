# Graph algorithms on a small road network: BFS, DFS (iterative + recursive),
# Dijkstra with path reconstruction, A*-free bidirectional check, Kahn and DFS
# topological sorts, strongly connected components, union-find Kruskal MST.
import heapq
from collections import defaultdict, deque, namedtuple
from itertools import chain, combinations

Edge = namedtuple("Edge", "u v w")


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # make sure the node exists

    @property
    def nodes(self):
        return sorted(self.adj)

    def edges(self):
        seen = set()
        for u in self.nodes:
            for v, w in sorted(self.adj[u].items()):
                key = (u, v) if self.directed else tuple(sorted((u, v)))
                if key not in seen:
                    seen.add(key)
                    yield Edge(*key, w)

    def bfs(self, start):
        order, dist = [], {start: 0}
        q = deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    q.append(v)
        return order, dist

    def dfs(self, start):
        order, stack, seen = [], [start], set()
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(sorted(self.adj[u], reverse=True))
        return order

    def dfs_rec(self, u, seen=None):
        seen = set() if seen is None else seen
        seen.add(u)
        yield u
        for v in sorted(self.adj[u]):
            if v not in seen:
                yield from self.dfs_rec(v, seen)

    def dijkstra(self, src):
        dist, prev = {src: 0}, {}
        pq = [(0, src)]
        done = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v], prev[v] = nd, u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def components(self):
        seen, comps = set(), []
        for n in self.nodes:
            if n not in seen:
                comp = list(self.dfs_rec(n, seen))
                comps.append(sorted(comp))
        return comps


def kruskal(g):
    parent, rank = {n: n for n in g.nodes}, dict.fromkeys(g.nodes, 0)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        rank[ra] += rank[ra] == rank[rb]
        return True

    tree = [e for e in sorted(g.edges(), key=lambda e: (e.w, e.u, e.v)) if union(e.u, e.v)]
    return tree, sum(e.w for e in tree)


def topo_kahn(g):
    indeg = {n: 0 for n in g.nodes}
    for u in g.nodes:
        for v in g.adj[u]:
            indeg[v] += 1
    ready = [n for n, d in indeg.items() if d == 0]
    heapq.heapify(ready)
    out = []
    while ready:
        u = heapq.heappop(ready)
        out.append(u)
        for v in g.adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    if len(out) != len(indeg):
        cyc = sorted(n for n, d in indeg.items() if d > 0)
        raise ValueError(f"cycle among {cyc}")
    return out


def tarjan(g):
    index, low, on, stack, sccs = {}, {}, set(), [], []
    counter = iter(range(10**6))

    def visit(u):
        index[u] = low[u] = next(counter)
        stack.append(u)
        on.add(u)
        for v in sorted(g.adj[u]):
            if v not in index:
                visit(v)
                low[u] = min(low[u], low[v])
            elif v in on:
                low[u] = min(low[u], index[v])
        if low[u] == index[u]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == u:
                    break
            sccs.append(sorted(comp))

    for n in g.nodes:
        if n not in index:
            visit(n)
    return sccs


roads = Graph()
for u, v, w in [("Ash", "Bay", 7), ("Ash", "Cove", 9), ("Ash", "Fen", 14), ("Bay", "Cove", 10),
                ("Bay", "Dell", 15), ("Cove", "Dell", 11), ("Cove", "Fen", 2), ("Dell", "Elm", 6),
                ("Elm", "Fen", 9), ("Gap", "Hill", 1)]:
    roads.add(u, v, w)
print(roads.nodes)
print(roads.bfs("Ash"))
print(roads.dfs("Ash"), list(roads.dfs_rec("Ash")))
for dst in ["Elm", "Dell", "Ash", "Hill"]:
    print(dst, *roads.path("Ash", dst))
dist, _ = roads.dijkstra("Elm")
print(sorted(dist.items(), key=lambda kv: (kv[1], kv[0])))
print(roads.components())
tree, cost = kruskal(roads)
print(cost, [f"{e.u}-{e.v}:{e.w}" for e in tree])
print(max(roads.edges(), key=lambda e: e.w), min(roads.edges(), key=lambda e: (e.w, e.u))._asdict())
triangles = [t for t in combinations(roads.nodes, 3)
             if all(b in roads.adj[a] for a, b in combinations(t, 2))]
print(triangles)
deg = sorted(((len(roads.adj[n]), n) for n in roads.nodes), reverse=True)
print(deg[:3], sum(d for d, _ in deg) // 2 == len(list(roads.edges())))

build = Graph(directed=True)
for a, b in [("fetch", "unpack"), ("unpack", "configure"), ("configure", "compile"),
             ("compile", "test"), ("compile", "docs"), ("test", "package"), ("docs", "package"),
             ("fetch", "checksum"), ("checksum", "unpack")]:
    build.add(a, b)
print(topo_kahn(build))
build.add("package", "configure")
try:
    topo_kahn(build)
except ValueError as e:
    print("ValueError:", e)
print(tarjan(build))
cyc = Graph(directed=True)
for a, b in chain(zip("abc", "bca"), zip("cde", "def"), [("f", "d"), ("g", "a")]):
    cyc.add(a, b)
print(tarjan(cyc), [c for c in tarjan(cyc) if len(c) > 1])
grid = ["S.#.....", ".##.###.", "....#...", "##.#..#E", "...#.#.."]
G = Graph()
cells = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch != "#"}
for r, c in sorted(cells):
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in cells:
            G.add((r, c), (r + dr, c + dc))
p, n = G.path((0, 0), (3, 7))
print(n, p[:4], p[-3:])
rows = [list(row) for row in grid]
for r, c in p[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
