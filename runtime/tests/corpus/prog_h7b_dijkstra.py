import heapq
from collections import deque, defaultdict

def make_graph(n, seed):
    g = defaultdict(list)
    x = seed
    for i in range(n):
        for k in range(3):
            x = (x * 1103515245 + 12345) % (2**31)
            j = x % n
            w = (x >> 8) % 50 + 1
            if j != i:
                g[i].append((j, w))
                g[j].append((i, w))
    return g

def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    pops = 0
    while pq:
        d, u = heapq.heappop(pq)
        pops += 1
        if d > dist.get(u, float('inf')):
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev, pops

def path(prev, t):
    out = [t]
    while t in prev:
        t = prev[t]
        out.append(t)
    return out[::-1]

def bfs(g, s):
    seen = {s: 0}
    q = deque([s])
    while q:
        u = q.popleft()
        for v, _ in sorted(g[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen

def dfs_order(g, s):
    seen = set()
    order = []
    stack = [s]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        for v, _ in sorted(g[u], reverse=True):
            if v not in seen:
                stack.append(v)
    return order

g = make_graph(200, 42)
dist, prev, pops = dijkstra(g, 0)
print("reachable", len(dist), "pops", pops)
for t in (5, 17, 99, 150, 199):
    print(t, dist.get(t), path(prev, t))
lv = bfs(g, 0)
hist = defaultdict(int)
for v, d in lv.items():
    hist[d] += 1
print(sorted(hist.items()))
print(dfs_order(g, 0)[:25])
# heapq extras
data = [(dist[k], k) for k in sorted(dist)]
print(heapq.nsmallest(5, data))
print(heapq.nlargest(5, data))
print(heapq.nsmallest(4, dist.items(), key=lambda kv: (-kv[1], kv[0])))
h = []
for i in range(30):
    heapq.heappush(h, (i * 7) % 13)
print(heapq.heappushpop(h, 5), heapq.heapreplace(h, 100), len(h))
print([heapq.heappop(h) for _ in range(10)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
lst = [5, 3, 8, 1, 9, 2]
heapq.heapify(lst)
print(lst)
heapq._heapify_max(lst) if hasattr(heapq, '_heapify_max') else None
print(sorted(lst))
