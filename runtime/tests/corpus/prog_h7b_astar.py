import heapq
from collections import deque

MAZE = """
#.....#...........#.#.#..#
#S.....#.................#
#.####.#.######.#.######.#
#.#....#......#.#......#.#
#.#.#########.#.######.#.#
#.#.........#.#......#...#
#.#########.#.######.###.#
#.....#.....#......#.#...#
#.....#...........#.#.#..#
#.....#...........#.#.#..#
#.....#...........#.#.#..#
#.......#.......#.......E#
#.....#...........#.#.#..#
"""
grid = [list(r) for r in MAZE.strip().splitlines()]
H, W = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
S, E = find('S'), find('E')
print(H, W, S, E)

def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != '#':
            yield (nr, nc)

def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    openq = [(h(start), 0, start)]
    came = {start: None}
    g = {start: 0}
    expanded = 0
    while openq:
        f, cost, cur = heapq.heappop(openq)
        if cur == goal:
            break
        if cost > g[cur]:
            continue
        expanded += 1
        for n in neighbors(cur):
            nc = cost + 1
            if nc < g.get(n, 1 << 30):
                g[n] = nc
                came[n] = cur
                heapq.heappush(openq, (nc + h(n), nc, n))
    path = []
    p = goal
    while p is not None:
        path.append(p)
        p = came[p]
    return path[::-1], expanded

def bfs(start, goal):
    q = deque([start]); dist = {start: 0}
    while q:
        p = q.popleft()
        for n in neighbors(p):
            if n not in dist:
                dist[n] = dist[p] + 1
                q.append(n)
    return dist.get(goal), len(dist)

path, expanded = astar(S, E)
print(len(path) - 1, expanded, bfs(S, E))
for r, c in path[1:-1]:
    grid[r][c] = '*'
print('\n'.join(''.join(row) for row in grid))
turns = sum(1 for a, b, c in zip(path, path[1:], path[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print('turns', turns)

# union-find + Kruskal on a generated graph
class DSU:
    def __init__(self, n):
        self.p = list(range(n)); self.sz = [1] * n
    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x
    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b: return False
        if self.sz[a] < self.sz[b]: a, b = b, a
        self.p[b] = a; self.sz[a] += self.sz[b]
        return True
n = 60
edges = sorted(((i * j * 7919) % 97 + 1, i, j) for i in range(n) for j in range(i + 1, n) if (i + j) % 5 == 0 or j == i + 1)
d = DSU(n)
mst = [(w, a, b) for w, a, b in edges if d.union(a, b)]
print(len(edges), len(mst), sum(w for w, _, _ in mst), mst[:5])

def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg.setdefault(v, 0)
            indeg[k] += 1
    rev = {}
    for k, vs in deps.items():
        for v in vs:
            rev.setdefault(v, []).append(k)
    ready = sorted(k for k, v in indeg.items() if v == 0)
    order = []
    while ready:
        x = ready.pop(0)
        order.append(x)
        for y in sorted(rev.get(x, [])):
            indeg[y] -= 1
            if indeg[y] == 0:
                ready.append(y); ready.sort()
    if len(order) != len(indeg):
        raise ValueError('cycle among ' + ', '.join(sorted(k for k, v in indeg.items() if v)))
    return order
deps = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core', 'six'], 'core': [], 'tests': ['app', 'mock']}
print(topo(deps))
deps['core'] = ['app']
try:
    topo(deps)
except ValueError as e:
    print('ValueError', e)
import graphlib
ts = graphlib.TopologicalSorter({'b': {'a'}, 'c': {'b', 'a'}, 'd': {'c'}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({'x': {'y'}, 'y': {'x'}}).static_order())
except graphlib.CycleError as e:
    print('CycleError', e.args[0], sorted(e.args[1]))
