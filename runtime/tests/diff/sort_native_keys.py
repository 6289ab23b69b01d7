# Sorting by keys that are all ints, all floats or all strs (a native comparison) must give
# exactly CPython's order: stable, reverse keeping equal items in their original order.
import random

r = random.Random(7)
ints = [r.randrange(-50, 50) for _ in range(300)]
floats = [r.choice([0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 3.0, float("inf"), float("-inf")])
          for _ in range(200)] + [r.uniform(-10, 10) for _ in range(200)]
words = [r.choice(["b", "a", "ab", "", "é", "z", "Z", "中文", "😀", "a\x00", "ba"]) for _ in range(300)]

print(sorted(ints)[:20], sorted(ints, reverse=True)[:10])
print(sorted(floats)[:12], sorted(floats)[-5:])
print([repr(x) for x in sorted(floats) if x == 0][:10])
print([repr(x) for x in sorted(floats, reverse=True) if x == 0][:10])
print(sorted(words)[:25], sorted(words, reverse=True)[:8])

# Stability: items with equal keys keep their order, reversed or not.
pairs = [(r.randrange(5), i) for i in range(100)]
print(sorted(pairs, key=lambda p: p[0])[:15])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:15])
tagged = [(w, i) for i, w in enumerate(words[:60])]
print(sorted(tagged, key=lambda t: t[0])[:20])
print(sorted(tagged, key=lambda t: t[0], reverse=True)[:20])
fl = [(r.choice([0.5, 0.0, -0.0, 2.0]), i) for i in range(40)]
print(sorted(fl, key=lambda t: t[0]))

# Big ints, mixed ints and floats, NaN, bools and subclasses take the general path.
print(sorted([10**20, -10**20, 5, 3, 10**19]), sorted([3, 1.5, 2, -0.5, True, False]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))
class S(str):
    pass
print(sorted([S("b"), "a", S("c")]), sorted([True, False, True]))
big = [r.random() for _ in range(5000)]
s1 = sorted(big)
print(all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)), len(s1))
l = ints[:]
l.sort(key=lambda x: -x)
print(l[:10])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)

# Tuple keys: decided item by item (identity first, as tuple comparison does), then by
# length; items that need the protocol fall back to it.
nan = float("nan")
tups = [(r.randrange(4), r.choice(["a", "b", ""]), r.randrange(3)) for _ in range(200)]
print(sorted(tups)[:12], sorted(tups, reverse=True)[:6])
print(sorted([(1, 2), (1,), (), (1, 2, 0), (0, 9), (1, 1, 5)]))
print(sorted([(nan, 1), (nan, 0), (1.0, 2)], key=lambda t: t)[2:], sorted([(2, nan), (2, 1.0), (1, nan)]))
same = (nan, 1)
print(sorted([same, (0.5, 0), same]) == [(0.5, 0), same, same])
print(sorted([((1, "b"), 2), ((1, "a"), 3), ((0, "z"), 1)]))
print(sorted([(1, 2.5), (1, 2), (1, True), (0, 10**30)]))
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v
print(sorted([(1, K(3)), (1, K(1)), (0, K(2))]))
print(sorted(((r.randrange(50), r.randrange(50)) for _ in range(300)))[-5:])
