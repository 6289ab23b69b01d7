"""How __hash__ and __eq__ shape set/dict behaviour for domain objects."""


class Plain:
    def __init__(self, v):
        self.v = v


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class ValueObj:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, ValueObj):
            return NotImplemented
        return self.v == other.v

    def __hash__(self):
        return hash(("ValueObj", self.v))

    def __repr__(self):
        return f"V({self.v})"


class ChildNoHash(ValueObj):
    def __eq__(self, other):
        return super().__eq__(other)


class ChildKeepsHash(ValueObj):
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = ValueObj.__hash__


class CaseInsensitive(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.lower())


class Collider:
    """All instances share one hash: dicts must fall back on __eq__."""
    eq_calls = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        Collider.eq_calls += 1
        return isinstance(other, Collider) and self.name == other.name

    def __repr__(self):
        return f"C({self.name})"


class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Mutable) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"M({self.v})"


print("Plain hashable:", Plain.__hash__ is object.__hash__, Plain(1) == Plain(1))
p = Plain(1)
print(p == p, p != Plain(1), len({Plain(1), Plain(1)}), len({p, p}))
print("EqOnly hash:", EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)

vs = [ValueObj(i % 3) for i in range(7)]
print(sorted({v: None for v in vs}, key=lambda v: v.v), len(set(vs)))
print(ValueObj(1) == ValueObj(1), ValueObj(1) == 1, 1 == ValueObj(1), ValueObj(1) != "x")
print(ValueObj(2) in vs, ValueObj(5) in vs, vs.index(ValueObj(2)), vs.count(ValueObj(0)))
print("ChildNoHash.__hash__:", ChildNoHash.__hash__)
try:
    hash(ChildNoHash(1))
except TypeError as e:
    print("TypeError:", e)
print(hash(ChildKeepsHash(1)) == hash(ValueObj(1)), ChildKeepsHash(1) == ValueObj(1))
print(len({ValueObj(1), ChildKeepsHash(1)}))

words = [CaseInsensitive(w) for w in ["Apple", "APPLE", "banana", "Banana", "cherry"]]
uniq = []
seen = set()
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq, len(seen))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted((str(k), v) for k, v in counts.items()))
print(CaseInsensitive("X") == "x", "x" == CaseInsensitive("X"), CaseInsensitive("a") != "A")
print({"apple": 1}.get(CaseInsensitive("apple")), {"apple": 1}.get(CaseInsensitive("APPLE")))

Collider.eq_calls = 0
d = {}
for n in ["a", "b", "c", "a", "b", "d"]:
    d[Collider(n)] = d.get(Collider(n), 0) + 1
print(sorted(d.items(), key=lambda kv: kv[0].name), len(d), Collider.eq_calls > 0)
c = Collider("z")
Collider.eq_calls = 0
s = {c}
print(c in s, Collider.eq_calls, Collider("z") in s, Collider.eq_calls)

m = Mutable(1)
bag = {m}
m.v = 2
print(m in bag, Mutable(2) in bag, Mutable(1) in bag, list(bag))
m.v = 1
print(m in bag)

print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), len({1, 1.0, True}))
print({1: "int", 1.0: "float", True: "bool"})
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0), {0.0: "a", -0.0: "b"})
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], {nan: 1}.get(nan), len({nan, float("nan")}))
print(hash(()) == hash(()), (1, [2]) == (1, [2]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset("ab"): 1}[frozenset("ba")])
fs = frozenset([ValueObj(1), ValueObj(2)])
print(ValueObj(2) in fs, sorted(fs, key=lambda v: v.v))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


grid = {Point(x, y): x * y for x in range(3) for y in range(3)}
print(grid[Point(2, 2)], Point(1, 1) in grid, Point(5, 5) in grid, len(grid))
print(sorted(grid, key=lambda p: (-grid[p], p.x, p.y))[:4])
visited = set()
frontier = [Point(0, 0)]
while frontier:
    p = frontier.pop()
    if p in visited or p not in grid:
        continue
    visited.add(p)
    frontier.extend([Point(p.x + 1, p.y), Point(p.x, p.y + 1)])
print(len(visited), sorted((p.x, p.y) for p in visited))


class Base:
    def __eq__(self, other):
        print(f"  {type(self).__name__}.__eq__({type(other).__name__})")
        return NotImplemented


class Derived(Base):
    pass


class Other:
    def __eq__(self, other):
        print(f"  Other.__eq__({type(other).__name__})")
        return "other-says-yes"


print(Base() == Derived())
print(Derived() == Base())
print(Base() == Other())
print(Other() == Base())
print(Base() != Base())
print([Base()] == [Base()])
print(Base() in [1])
