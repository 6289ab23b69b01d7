# set and frozenset: operations, methods, errors (printing sorted for determinism).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
show = lambda s: sorted(s)
print(show(a | b), show(a & b), show(a - b), show(b - a), show(a ^ b))
print(show(a.union(b, [7])), show(a.intersection(b, {4})), show(a.difference(b, {1})), show(a.symmetric_difference([1, 9])))
print(a <= b, a < a, a <= a, {1} < a, a > {1, 2}, a >= a, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3)
print(show(s), len(s))
s.update([5, 6], (7,), "ab")
print(show(map(str, s)))
s.discard("a"); s.discard("zzz"); s.remove("b")
print(show(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
p = {10}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError", e)
c = {1, 2, 3}
c &= {2, 3, 4}; print(show(c))
c |= {9}; print(show(c))
c -= {2}; print(show(c))
c ^= {3, 8}; print(show(c))
c.intersection_update([9, 8, 1]); print(show(c))
c.difference_update([9]); print(show(c))
c.symmetric_difference_update([8, 0]); print(show(c))
c.clear(); print(c, len(c))
f = frozenset([3, 1, 2])
print(show(f), type(f | {9}).__name__, type({9} | f).__name__, show(f & {1, 5}), f == {1, 2, 3})
print(frozenset(), set(), frozenset([1]), {1}, set("a"), repr(frozenset()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "ok"}[frozenset([1])])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
print(1 in {1.0}, True in {1}, 0.0 in {0, False}, len({1, 1.0, True}), len({0, 0.0, False, -0.0}))
print(show({x % 4 for x in range(20)}), show(set(range(5)) - set(range(0, 10, 2))))
words = "the rain in spain falls mainly on the plain in spain".split()
print(len(words), len(set(words)), show(set(words)))
seen, dups = set(), set()
for w in words:
    (dups if w in seen else seen).add(w)
print(show(dups))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested))
print(show(set([1, 2]).copy()), set([1]).copy() is not None)
print(sorted({"b", "a", "c"}), sorted(frozenset("hello")))
print(min({5, 3, 9}), max({5, 3, 9}), sum({1, 2, 3}), any(set()), all(set()))
