"""Async generators: in-order walk of a binary tree with recursive async
generators ("async for" re-yielding every value), consumed by async
comprehensions, all inside one asyncio.run() per call."""

import asyncio

import harness

DEPTH = 13


class Node(object):
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


TREE = build(0, 2 ** DEPTH - 1)


async def walk(node):
    if node is None:
        return
    async for v in walk(node.left):
        yield v
    yield node.value
    async for v in walk(node.right):
        yield v


async def squares(source):
    async for v in source:
        yield v * v


async def main():
    values = [v async for v in walk(TREE)]
    total = 0
    async for s in squares(walk(TREE)):
        total += s
    evens = sum([v async for v in walk(TREE) if v % 2 == 0])
    return values, total, evens


def run_once():
    return asyncio.run(main())


def check(result):
    values, total, evens = result
    n = 2 ** DEPTH - 1
    harness.expect(values, list(range(n)), "in-order values")
    harness.expect(total, sum(v * v for v in range(n)), "sum of squares")
    harness.expect(evens, sum(range(0, n, 2)), "sum of evens")


if __name__ == "__main__":
    harness.main("async_generators", run_once, check=check)
