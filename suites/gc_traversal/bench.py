"""GC traversal: time full gc.collect() passes over a large heap of live
container objects (a tree of instances, lists, dicts and tuples) that is
all reachable, so the collector traverses everything and frees nothing.
"""

import gc

import harness

FANOUT = 8
DEPTH = 5
PASSES = 3


class Branch(object):
    def __init__(self, children, label):
        self.children = children
        self.meta = {"label": label, "tags": [label, (label, label)]}


def build(depth, label=0):
    if depth == 0:
        return [label, (label,), {"leaf": label}]
    return Branch([build(depth - 1, label * FANOUT + i)
                   for i in range(FANOUT)], label)


def count_nodes(node):
    if isinstance(node, list):
        return 1
    return 1 + sum(count_nodes(c) for c in node.children)


LIVE = build(DEPTH)


def run_once():
    freed = 0
    for _ in range(PASSES):
        got = gc.collect()
        freed += got or 0
    return freed


def check(freed):
    harness.expect(freed, 0, "objects freed from a live heap")
    expected = sum(FANOUT ** d for d in range(DEPTH + 1))
    harness.expect(count_nodes(LIVE), expected, "tree still intact")


if __name__ == "__main__":
    gc.collect()
    harness.main("gc_traversal", run_once, check=check)
