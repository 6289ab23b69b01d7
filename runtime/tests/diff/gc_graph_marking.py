# The collector keeps everything reachable from outside, however it is linked, and
# frees exactly the unreachable cycles: random graphs of nodes, some held by a root
# list, some only by cycles, checked after each collection.
import gc
import random

class Node:
    def __init__(self, k):
        self.k = k
        self.out = []

freed = []

class Tracked(Node):
    def __del__(self):
        freed.append(self.k)

rng = random.Random(7)
for trial in range(6):
    n = 400 + 150 * trial
    nodes = [Tracked(i) if i % 7 == 0 else Node(i) for i in range(n)]
    for v in nodes:
        for _ in range(rng.randrange(4)):
            v.out.append(nodes[rng.randrange(n)])
    roots = [nodes[rng.randrange(n)] for _ in range(3)]
    # what is reachable from the roots, computed here
    seen = set()
    stack = list(roots)
    while stack:
        v = stack.pop()
        if v.k in seen:
            continue
        seen.add(v.k)
        stack.extend(v.out)
    tracked_dead = sorted(v.k for v in nodes if v.k not in seen and v.k % 7 == 0)
    freed.clear()
    del nodes, v, stack
    gc.collect()
    # every root-reachable node is intact
    check = set()
    stack = list(roots)
    while stack:
        v = stack.pop()
        if v.k in check:
            continue
        check.add(v.k)
        stack.extend(v.out)
    print(trial, len(seen), check == seen, sorted(freed) == tracked_dead, len(freed))
    del roots, stack, v
    gc.collect()

# a long chain and a wide list, reachable only through one local
chain = None
for i in range(20000):
    chain = [chain, i]
wide = [[i] for i in range(20000)]
wide.append(wide)
gc.collect()
depth = 0
c = chain
while c is not None:
    depth += 1
    c = c[0]
print(depth, len(wide), wide[-1] is wide, sum(x[0] for x in wide[:-1]))
del wide
print(gc.collect() >= 1)
