# Graph algorithms: BFS, DFS, Dijkstra (hand-made heap), topological sort, connected components, maze solving.
edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
for k in graph:
    graph[k].sort()
def bfs(start):
    order, seen, queue = [], {start}, [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb, _ in graph[node]:
            if nb not in seen:
                seen.add(nb)
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return order, dist
def dfs(start):
    order, seen = [], set()
    def visit(n):
        seen.add(n)
        order.append(n)
        for nb, _ in graph[n]:
            if nb not in seen:
                visit(nb)
    visit(start)
    return order
def dijkstra(src):
    heap = [(0, src)]
    dist = {src: 0}
    prev = {}
    def push(item):
        heap.append(item)
        i = len(heap) - 1
        while i and heap[i] < heap[(i - 1) // 2]:
            heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
            i = (i - 1) // 2
    def pop():
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            while True:
                s = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < len(heap) and heap[c] < heap[s]:
                        s = c
                if s == i:
                    break
                heap[i], heap[s] = heap[s], heap[i]
                i = s
        return top
    while heap:
        d, n = pop()
        if d > dist.get(n, float("inf")):
            continue
        for nb, w in graph[n]:
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = n
                push((nd, nb))
    return dist, prev
def path(prev, target):
    p = [target]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
print("BFS:", bfs("A"))
print("DFS:", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  A -> {node}: {dist[node]:3d} via {'-'.join(path(prev, node))}")
def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = sorted(dfs(n))
            seen.update(comp)
            comps.append(comp)
    return comps
print("components:", components())
deps = {"app": ["lib", "utils", "config"], "lib": ["utils", "core"], "utils": ["core"], "config": [], "core": [], "tests": ["app"]}
def toposort(deps):
    state, order = {}, []
    def visit(n, stack):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(stack + [n]))
        state[n] = "active"
        for d in sorted(deps[n]):
            visit(d, stack + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n, [])
    return order
print("topo:", toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print("ValueError", e)
MAZE = """\
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      #E#
# #### # #
#    #   #
##########"""
grid = [list(r) for r in MAZE.splitlines()]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
queue, came = [start], {start: None}
while queue:
    cur = queue.pop(0)
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = (r + dr, c + dc)
        if grid[nxt[0]][nxt[1]] != "#" and nxt not in came:
            came[nxt] = cur
            queue.append(nxt)
steps, node = 0, came[end]
while node != start:
    grid[node[0]][node[1]] = "."
    node = came[node]
    steps += 1
print("maze path length", steps + 1)
print("\n".join("".join(r) for r in grid))
