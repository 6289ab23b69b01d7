"""Generators: walk a balanced binary tree with recursive generators.

In-order traversal by nested "yield from" generators (every value passes
up through each generator on its path), a plain generator function over
an explicit stack, and a generator-expression pipeline on top.
"""

import harness

DEPTH = 15          # 2**15 - 1 nodes
ROUNDS = 2


class Node(object):
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    """A balanced tree holding lo .. hi-1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is None:
        return
    yield from walk(node.left)
    yield node.value
    yield from walk(node.right)


def walk_stack(root):
    stack = []
    node = root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        yield node.value
        node = node.right


def run_once(depth=DEPTH, rounds=ROUNDS):
    size = 2 ** depth - 1
    tree = build(0, size)
    result = None
    for _ in range(rounds):
        in_order = 0
        expected = 0
        for v in walk(tree):
            if v != expected:
                raise RuntimeError("out of order: %d != %d" % (v, expected))
            expected += 1
            in_order += v
        odd_squares = sum(v * v for v in walk_stack(tree) if v & 1)
        pairs = sum(a - b for a, b in zip(walk(tree), walk_stack(tree)))
        result = (expected, in_order, odd_squares, pairs)
    return result


def expected_result(depth=DEPTH):
    n = 2 ** depth - 1
    odd = sum(v * v for v in range(1, n, 2))
    return (n, n * (n - 1) // 2, odd, 0)


def check(result):
    harness.expect(result, expected_result(), "(count, sum, odd squares, diff)")


if __name__ == "__main__":
    harness.main("generators", run_once, check=check)
