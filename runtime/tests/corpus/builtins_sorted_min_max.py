# sorted/min/max with key, default, reverse; error messages.
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min("b", "a", "c"))
print(min([], default="empty"), max((), default=None), min([5], default=0), max([1, 2], default=99))
print(min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len))
print(max([("a", 2), ("b", 5), ("c", 5)], key=lambda t: t[1]), min([("a", 2), ("b", 2)], key=lambda t: t[1]))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max(range(10), key=lambda x: x % 4))
print(max({"x": 3, "y": 9, "z": 1}, key={"x": 3, "y": 9, "z": 1}.get), min({"b": 1, "a": 2}))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), max(True, 1), max(1, True), min(-0.0, 0.0), min(0.0, -0.0))
for call in [lambda: min([]), lambda: max(()), lambda: min(1), lambda: max(1, "a"), lambda: min(),
             lambda: max([1], [2], default=0), lambda: min([1, 2], key=None, bogus=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), max("abc", "abd", "ab"))
gen = (x * x for x in range(-4, 3))
print(max(gen), max(iter([7, 3, 9, 1])), min(map(int, "5 3 8".split())))
print(sorted([5, 2, 9], reverse=True), sorted("bca"), sorted([]), sorted((), reverse=True), sorted({3, 1, 2}))
print(sorted(["b", "C", "a"], key=str.casefold), sorted([-3, 2, -1], key=lambda v: v * v))
print(min([float("nan"), 1, 2]), max([1, float("nan"), 2]))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"V({self.v})"
vs = [V(3), V(1), V(2)]
print(min(vs), max(vs), sorted(vs), sorted(vs, reverse=True), sorted(vs, key=lambda x: -x.v))
print(max(V(1), V(1)).v, max([V(5), V(5)], key=lambda x: 0).v)
