# gc.collect() with reference cycles; results must not depend on collection timing.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
def make_cycles(n):
    nodes = []
    for i in range(n):
        a, b = Node(f"a{i}"), Node(f"b{i}")
        a.ref, b.ref = b, a
        nodes.append(a)
    return nodes
live = make_cycles(100)
gc.collect()
print(len(live), live[0].name, live[0].ref.name, live[0].ref.ref is live[0])
del live
gc.collect()
survivor = make_cycles(3)[2]
gc.collect()
print(survivor.name, survivor.ref.name)
big = [[i] for i in range(10000)]
for i in range(len(big) - 1):
    big[i].append(big[i + 1])
big[-1].append(big[0])
gc.collect()
print(len(big), big[-1][1][0], big[5][1][1][0])
big = None
gc.collect()
d = {}
d["self"] = d
lst = [d]
lst.append(lst)
gc.collect()
print(len(d), d["self"] is d, lst[1][1][0]["self"] is d)
total = 0
for round_ in range(5):
    junk = make_cycles(200)
    total += len(junk)
    gc.collect()
print("total", total)
print(type(gc.collect()).__name__)
print("done")
class Tree:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
def build(depth, parent=None, value=0):
    node = Tree(value, parent)
    if depth:
        for i in range(3):
            build(depth - 1, node, value * 3 + i + 1)
    return node
for depth in range(1, 6):
    root = build(depth)
    count, stack, total = 0, [root], 0
    while stack:
        n = stack.pop()
        count += 1
        total += n.value
        stack.extend(n.children)
    gc.collect()
    leaf = root
    while leaf.children:
        leaf = leaf.children[-1]
    up = 0
    while leaf.parent is not None:
        leaf = leaf.parent
        up += 1
    print(f"depth {depth}: nodes {count}, value sum {total}, leaf depth {up}, root ok {leaf is root}")
    del root, leaf
    gc.collect()
class Registry:
    items = []
for i in range(10):
    obj = {"id": i, "peers": []}
    Registry.items.append(obj)
for a in Registry.items:
    for b in Registry.items:
        if a is not b and (a["id"] + b["id"]) % 3 == 0:
            a["peers"].append(b)
gc.collect()
for obj in Registry.items:
    print(obj["id"], [p["id"] for p in obj["peers"]])
Registry.items.clear()
gc.collect()
print("registry cleared", len(Registry.items))
