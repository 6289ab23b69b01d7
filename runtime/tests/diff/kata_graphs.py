"""Graph katas: Huffman coding, Dijkstra and A* on a grid, topological sort, union-find."""
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

MAP = """\
S....#........
.##..#..####..
..#.....#.....
..####..#.###.
.....#..#...#.
####.#..###.#.
...#.#......#G
.#...####.###.
.#.#......#...
"""


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: "Optional[Node]" = field(default=None, compare=False, repr=False)
    right: "Optional[Node]" = field(default=None, compare=False, repr=False)


def huffman(text):
    freq = Counter(text)
    heap = [Node(w, i, s) for i, (s, w) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, counter, None, a, b))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if node.symbol is not None:
            codes[node.symbol] = prefix or "0"
            return
        walk(node.left, prefix + "0")
        walk(node.right, prefix + "1")

    walk(heap[0], "")
    return codes, heap[0]


def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)


def grid_search(grid, start, goal, heuristic):
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    prev = {}
    heap = [(heuristic(start), 0, start)]
    expanded = 0
    while heap:
        _, d, cur = heapq.heappop(heap)
        if d > dist[cur]:
            continue
        expanded += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                nd = d + 1
                if nd < dist.get((nr, nc), float("inf")):
                    dist[(nr, nc)] = nd
                    prev[(nr, nc)] = cur
                    heapq.heappush(heap, (nd + heuristic((nr, nc)), nd, (nr, nc)))
    if goal not in dist:
        return None, expanded
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return path[::-1], expanded


def toposort(deps):
    indeg = defaultdict(int)
    graph = defaultdict(list)
    nodes = set(deps)
    for n, reqs in deps.items():
        for r in reqs:
            graph[r].append(n)
            indeg[n] += 1
            nodes.add(r)
    ready = sorted(n for n in nodes if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
        ready.sort()
    if len(order) != len(nodes):
        cyclic = sorted(n for n in nodes if indeg[n] > 0)
        raise RuntimeError(f"cycle among {cyclic}")
    return order


class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = dict.fromkeys(items, 1)

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


if __name__ == "__main__":
    text = "this is an example of a huffman tree built for a kata"
    codes, root = huffman(text)
    for sym, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])):
        print(f"{sym!r:5} {text.count(sym):3} {code}")
    bits = "".join(codes[c] for c in text)
    print(len(bits), "bits vs", 8 * len(text), f"({len(bits) / (8 * len(text)):.1%})", decode(bits, root) == text)
    print(root)

    grid = MAP.splitlines()
    find = lambda ch: next((r, row.index(ch)) for r, row in enumerate(grid) if ch in row)
    s, g = find("S"), find("G")
    manhattan = lambda p: abs(p[0] - g[0]) + abs(p[1] - g[1])
    p1, e1 = grid_search(grid, s, g, lambda p: 0)
    p2, e2 = grid_search(grid, s, g, manhattan)
    print(f"dijkstra: len={len(p1) - 1} expanded={e1}; astar: len={len(p2) - 1} expanded={e2}")
    canvas = [list(row) for row in grid]
    for r, c in p2[1:-1]:
        canvas[r][c] = "*"
    print("\n".join("".join(row) for row in canvas))
    blocked = [row.replace(".", "#", 1) if i == 6 else row for i, row in enumerate(grid)]
    print(grid_search([r[:12] + "##" if i < 9 else r for i, r in enumerate(grid)], s, (0, 13), lambda p: 0))

    deps = {"app": ["lib", "log"], "lib": ["core"], "log": ["core", "fmt"], "test": ["app"], "fmt": []}
    print(toposort(deps))
    deps["core"] = ["test"]
    try:
        toposort(deps)
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    edges = [(4, "a", "b"), (8, "b", "c"), (11, "a", "h"), (7, "c", "d"), (1, "h", "g"), (2, "g", "f"),
             (7, "h", "i"), (6, "i", "g"), (2, "c", "i"), (4, "c", "f"), (14, "d", "f"), (9, "d", "e"), (10, "e", "f")]
    dsu = DSU("abcdefghi")
    mst = [(w, u, v) for w, u, v in sorted(edges) if dsu.union(u, v)]
    print("MST weight", sum(w for w, _, _ in mst), mst)
    print(len({dsu.find(x) for x in "abcdefghi"}), max(dsu.size.values()))
