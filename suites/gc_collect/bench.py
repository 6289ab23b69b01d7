"""GC collect: time gc.collect() on a heap holding many unreachable
reference cycles (rings of small objects, some with dicts and lists).
Building the garbage is outside the timed region (time_func mode);
automatic collection is off meanwhile.  A weak reference into every ring
must be dead afterwards."""

import gc
import time
import weakref

import harness

RINGS = 8000
RING_SIZE = 10


class Link(object):
    def __init__(self):
        self.next = None
        self.payload = None


state = {"rings": 0, "dead": 0, "built": 0}


def make_garbage(rings):
    refs = []
    for r in range(rings):
        first = Link()
        node = first
        for i in range(RING_SIZE - 1):
            nxt = Link()
            if i % 3 == 0:
                nxt.payload = {"owner": node, "index": i}
            elif i % 3 == 1:
                nxt.payload = [node, nxt]
            node.next = nxt
            node = nxt
        node.next = first
        refs.append(weakref.ref(first))
    return refs


def time_collect(loops):
    total = 0.0
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(loops):
            gc.collect()
            refs = make_garbage(RINGS)
            t0 = time.perf_counter()
            gc.collect()
            total += time.perf_counter() - t0
            state["rings"] = len(refs)
            state["dead"] = sum(1 for r in refs if r() is None)
    finally:
        if was_enabled:
            gc.enable()
    return total


def check():
    harness.expect(state["rings"], RINGS, "rings built")
    harness.expect(state["dead"], RINGS, "rings collected")


if __name__ == "__main__":
    harness.main("gc_collect", time_func=time_collect, check=check)
