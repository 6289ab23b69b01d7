"""Maze generation (recursive backtracker, Prim, Kruskal) and solving (BFS, A*, DFS)."""
import heapq
import random
import sys
from collections import deque

sys.setrecursionlimit(5000)


class Maze:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}

    DIRS = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}

    def inside(self, x, y):
        return 0 <= x < self.w and 0 <= y < self.h

    def carve(self, a, d):
        dx, dy, opp = self.DIRS[d]
        b = (a[0] + dx, a[1] + dy)
        self.walls[a].discard(d)
        self.walls[b].discard(opp)
        return b

    def open_neighbours(self, cell):
        x, y = cell
        for d in "NSEW":
            if d not in self.walls[cell]:
                dx, dy, _ = self.DIRS[d]
                yield (x + dx, y + dy)

    def render(self, path=()):
        path = set(path)
        lines = ["+" + "---+" * self.w]
        for y in range(self.h):
            row, below = ["|"], ["+"]
            for x in range(self.w):
                mark = " * " if (x, y) in path else "   "
                row.append(mark + ("|" if "E" in self.walls[(x, y)] else " "))
                below.append(("---" if "S" in self.walls[(x, y)] else "   ") + "+")
            lines.append("".join(row))
            lines.append("".join(below))
        return "\n".join(lines)


def backtracker(w, h, rng):
    m = Maze(w, h)
    visited = set()

    def visit(cell):
        visited.add(cell)
        dirs = list("NSEW")
        rng.shuffle(dirs)
        for d in dirs:
            dx, dy, _ = Maze.DIRS[d]
            nxt = (cell[0] + dx, cell[1] + dy)
            if m.inside(*nxt) and nxt not in visited:
                m.carve(cell, d)
                visit(nxt)

    visit((0, 0))
    return m


def prim(w, h, rng):
    m = Maze(w, h)
    inside = {(0, 0)}
    frontier = [((0, 0), d) for d in "NSEW"]
    while frontier:
        cell, d = frontier.pop(rng.randrange(len(frontier)))
        dx, dy, _ = Maze.DIRS[d]
        nxt = (cell[0] + dx, cell[1] + dy)
        if not m.inside(*nxt) or nxt in inside:
            continue
        m.carve(cell, d)
        inside.add(nxt)
        frontier.extend((nxt, d2) for d2 in "NSEW")
    return m


def kruskal(w, h, rng):
    m = Maze(w, h)
    parent = {c: c for c in m.walls}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    edges = [((x, y), d) for (x, y) in m.walls for d in "SE" if m.inside(x + (d == "E"), y + (d == "S"))]
    edges.sort()
    rng.shuffle(edges)
    for cell, d in edges:
        dx, dy, _ = Maze.DIRS[d]
        other = (cell[0] + dx, cell[1] + dy)
        ra, rb = find(cell), find(other)
        if ra != rb:
            parent[ra] = rb
            m.carve(cell, d)
    return m


def bfs(m, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for n in m.open_neighbours(cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    path, cur = [], goal
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    return path[::-1], len(prev)


def astar(m, start, goal):
    h = lambda c: abs(c[0] - goal[0]) + abs(c[1] - goal[1])
    open_heap = [(h(start), 0, start)]
    g = {start: 0}
    came = {}
    expanded = 0
    while open_heap:
        f, cost, cur = heapq.heappop(open_heap)
        if cost > g[cur]:
            continue
        expanded += 1
        if cur == goal:
            break
        for n in m.open_neighbours(cur):
            nc = cost + 1
            if nc < g.get(n, float("inf")):
                g[n] = nc
                came[n] = cur
                heapq.heappush(open_heap, (nc + h(n), nc, n))
    path = [goal]
    while path[-1] != start:
        path.append(came[path[-1]])
    return path[::-1], expanded


class Found(Exception):
    pass


def dfs_count_dead_ends(m):
    return sum(1 for c, walls in m.walls.items() if len(walls) == 3)


gens = {"backtracker": backtracker, "prim": prim, "kruskal": kruskal}
for name, gen in gens.items():
    rng = random.Random(len(name) * 31)
    m = gen(9, 6, rng)
    goal = (m.w - 1, m.h - 1)
    path, seen = bfs(m, (0, 0), goal)
    apath, expanded = astar(m, (0, 0), goal)
    assert path == apath or len(path) == len(apath), "A* not optimal!"
    print(f"[{name}] path length {len(path)}, BFS visited {seen}, A* expanded {expanded}, "
          f"dead ends {dfs_count_dead_ends(m)}")
    print(m.render(path))

# A perfect maze has exactly w*h - 1 passages
for name, gen in gens.items():
    m = gen(12, 12, random.Random(5))
    passages = sum(4 - len(w) for w in m.walls.values()) // 2
    print(f"{name:<12} passages={passages} perfect={passages == 12 * 12 - 1}")


# DFS with an exception to unwind when found
def dfs_find(m, start, goal):
    trail = []
    seen = set()

    def go(c):
        seen.add(c)
        trail.append(c)
        if c == goal:
            raise Found(list(trail))
        for n in m.open_neighbours(c):
            if n not in seen:
                go(n)
        trail.pop()

    try:
        go(start)
    except Found as f:
        return f.args[0]
    return None


big = backtracker(30, 30, random.Random(1))
p = dfs_find(big, (0, 0), (29, 29))
print("DFS path on 30x30:", len(p), "first steps", p[:5], "last", p[-1])
print("BFS agrees:", len(bfs(big, (0, 0), (29, 29))[0]) == len(p))
sys.exit(0)
