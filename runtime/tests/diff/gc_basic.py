# The gc module: collecting cycles, enabling/disabling, thresholds, is_tracked, stats.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

def make_cycle(tag):
    a, b = Node(tag + "a"), Node(tag + "b")
    a.other, b.other = b, a
    return a

print(gc.isenabled(), gc.get_threshold(), type(gc.collect()).__name__, gc.collect() >= 0)
for i in range(3):
    make_cycle(str(i))
print("freed some", gc.collect() > 0)
kept = make_cycle("k")
gc.collect()
print(kept.name, kept.other.name, kept.other.other is kept)

gc.disable()
print(gc.isenabled())
junk = [make_cycle("d") for _ in range(50)]
del junk
print(gc.collect() > 0)
gc.enable()
print(gc.isenabled())

print(gc.set_threshold(500), gc.get_threshold(), gc.set_threshold(300, 5), gc.get_threshold(), gc.set_threshold(700, 10, 10), gc.get_threshold())
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0, gc.collect(generation=2) >= 0)

class Plain:
    pass
def fn():
    pass
for obj in [0, 1.5, "s", b"b", None, True, 10 ** 40, complex(1, 2), [], {}, {"a": 1}, {"a": []}, {"k": {}}, {"t": ("x",)}, set(), frozenset(),
            Plain(), Plain, fn, gc, iter([]), range(3), bytearray(b"x")]:
    print(type(obj).__name__, gc.is_tracked(obj))

stats = gc.get_stats()
print(len(stats), sorted(stats[0]), all(isinstance(v, int) for s in stats for v in s.values()))
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
print(gc.garbage, gc.callbacks, gc.get_debug(), gc.set_debug(0), gc.is_finalized(Plain()))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.freeze(), gc.unfreeze(), type(gc.get_freeze_count()).__name__, type(gc.get_objects()).__name__)
print(sorted(gc.get_referents([1, "two", 3.0]), key=repr), "two" in gc.get_referents({"k": "two"}))

for bad in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"), lambda: gc.collect(1, 2),
            lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.is_tracked(),
            lambda: gc.is_tracked(1, 2), lambda: gc.enable(1), lambda: gc.isenabled(True)):
    try:
        print("ok", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Deep structures survive collection intact.
chain = None
for i in range(2000):
    chain = [i, chain]
ring = [[i] for i in range(500)]
for i in range(len(ring)):
    ring[i].append(ring[(i + 1) % len(ring)])
gc.collect()
depth, node = 0, chain
while node is not None:
    depth += 1
    node = node[1]
print(depth, ring[0][1][1][1][0], ring[-1][1][0])
del ring
print(gc.collect() >= 500)
