"""Async tree: a tree of asyncio tasks, BRANCHES wide and DEPTH deep,
where every inner node gathers its children.  Variants:

  none          no work at the leaves: pure task and gather overhead
  io            each leaf awaits a short asyncio.sleep (simulated I/O)
  memoization   leaves look up random keys in a shared cache and only
                "fetch" (sleep) on a miss
  cpu_io_mixed  leaves alternate between some arithmetic and a sleep
  tg            like "none", but children run in an asyncio.TaskGroup
                (needs Python 3.11)

One asyncio.run() per call.  Usage: bench.py --variant io
"""

import asyncio
import random

import harness

DEPTH = 5
BRANCHES = 5
IO_DELAY = 0.0005
MEMO_KEYS = 200
SEED = 17


class Tree(object):
    def __init__(self, variant):
        self.variant = variant
        self.leaves = 0
        self.cache = {}
        self.hits = 0
        self.misses = 0
        self.work = 0
        self.rng = random.Random(SEED)

    async def leaf(self):
        self.leaves += 1
        v = self.variant
        if v == "io":
            await asyncio.sleep(IO_DELAY)
        elif v == "memoization":
            # the cache holds futures, so concurrent lookups of a key that
            # is still being fetched wait for that one fetch
            key = self.rng.randrange(MEMO_KEYS)
            pending = self.cache.get(key)
            if pending is not None:
                self.hits += 1
                value = await pending
            else:
                self.misses += 1
                pending = asyncio.get_running_loop().create_future()
                self.cache[key] = pending
                await asyncio.sleep(IO_DELAY)
                value = key * key
                pending.set_result(value)
            if value != key * key:
                raise RuntimeError("cache returned a wrong value")
        elif v == "cpu_io_mixed":
            if self.leaves % 2:
                total = 0
                for i in range(200):
                    total += i * i % 7
                self.work += total
            else:
                await asyncio.sleep(IO_DELAY)

    async def node(self, depth):
        if depth == 0:
            await self.leaf()
            return 1
        results = await asyncio.gather(
            *[self.node(depth - 1) for _ in range(BRANCHES)])
        return sum(results)

    async def node_tg(self, depth):
        if depth == 0:
            await self.leaf()
            return 1
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(self.node_tg(depth - 1))
                     for _ in range(BRANCHES)]
        return sum(t.result() for t in tasks)


def make_run(variant):
    def run_once():
        tree = Tree(variant)
        if variant == "tg":
            count = asyncio.run(tree.node_tg(DEPTH))
        else:
            count = asyncio.run(tree.node(DEPTH))
        return count, tree
    return run_once


def make_check(variant):
    def check(result):
        count, tree = result
        leaves = BRANCHES ** DEPTH
        harness.expect((count, tree.leaves), (leaves, leaves), "leaves")
        if variant == "memoization":
            harness.expect(tree.hits + tree.misses, leaves, "lookups")
            harness.expect(len(tree.cache), tree.misses, "cache size")
            # the same seeded keys are looked up in a fixed order
            rng = random.Random(SEED)
            seen = set()
            misses = 0
            for _ in range(leaves):
                k = rng.randrange(MEMO_KEYS)
                if k not in seen:
                    seen.add(k)
                    misses += 1
            harness.expect(tree.misses, misses, "cache misses")
        if variant == "cpu_io_mixed":
            harness.expect(tree.work, (leaves + 1) // 2 * sum(
                i * i % 7 for i in range(200)), "arithmetic")
    return check


if __name__ == "__main__":
    which = harness.variant("none", ["none", "io", "memoization",
                                     "cpu_io_mixed", "tg"])
    harness.main("async_tree_" + which, make_run(which),
                 check=make_check(which))
