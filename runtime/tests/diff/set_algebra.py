# Set algebra: methods, operators, in-place forms and comparisons; results printed in set order.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

words = "red orange yellow green blue indigo violet black white gray pink brown cyan magenta".split()
samples = [
    set(),
    set(range(5)),
    set(range(3, 9)),
    set(range(0, 40, 3)),
    set(range(100, 0, -7)),
    set(words[:6]),
    set(words[4:12]),
    set(words[::2]),
    frozenset(words[1::3]),
    frozenset(range(-5, 5)),
]
for i, a in enumerate(samples):
    for j, b in enumerate(samples):
        if (i + j) % 3 == 0 or i == j:
            print(i, j, "|", a | b)
            print(i, j, "&", a & b)
            print(i, j, "-", a - b)
            print(i, j, "^", a ^ b)
            print(i, j, "cmp", a == b, a != b, a < b, a <= b, a > b, a >= b, a.isdisjoint(b))

a = set(words[:8])
b = words[5:]
print("union list", a.union(b))
print("union many", a.union(b, "xyz", range(3)))
print("union none", a.union())
print("inter list", a.intersection(b))
print("inter many", a.intersection(b, words[6:7]))
print("inter none", a.intersection())
print("diff list", a.difference(b))
print("diff many", a.difference(b, ["red"]))
print("diff none", a.difference())
print("symdiff list", a.symmetric_difference(b))
print("symdiff dict", a.symmetric_difference({w: 0 for w in words[3:10]}))
print("diff dict", a.difference({w: 0 for w in words[3:10]}))
print("diff big dict", set(range(50)).difference({1: 1, 2: 2}))
print("union dict", a.union({"k1": 1, "k2": 2}))
print("issubset", a.issubset(words), a.issubset(b), set().issubset([]))
print("issuperset", a.issuperset(words[:3]), a.issuperset(b), a.issuperset([]))
print("isdisjoint", a.isdisjoint(["zzz"]), a.isdisjoint(b), a.isdisjoint(iter(["red"])))
t("union int", lambda: a.union(5))
t("issubset int", lambda: a.issubset(5))
t("issuperset int", lambda: a.issuperset(5))
t("isdisjoint int", lambda: a.isdisjoint(5))
t("inter int", lambda: a.intersection(5))
t("symdiff none", lambda: a.symmetric_difference())
t("or list", lambda: a | ["x"])
t("and list", lambda: a & ["x"])
t("sub tuple", lambda: a - ("x",))
t("xor str", lambda: a ^ "x")
t("ror", lambda: ["x"] | a)
t("lt list", lambda: a < ["x"])
t("eq list", lambda: a == ["x"])
t("ne list", lambda: a != ["x"])
t("ior list", lambda: a.__ior__(["x"]))

s = set(range(10))
s |= set(range(5, 15))
print("ior", s)
s &= set(range(0, 30, 2))
print("iand", s)
s -= {0, 2, 100}
print("isub", s)
s ^= set(range(10, 20))
print("ixor", s)
s ^= s
print("ixor self", s)
s = set(words)
alias = s
s -= set(words[::2])
print("alias kept", alias is s, alias)
f = frozenset(words[:3])
g = f
f |= {"extra"}
print("fs ior rebinds", f is g, sorted(f), sorted(g))
f = frozenset(range(4))
f -= {0}
f &= {1, 2, 9}
f ^= {7}
print("fs ops", f, type(f).__name__)
def bad_ior():
    x = {1}
    x |= [2]
t("ior list stmt", bad_ior)

u = set(range(20))
u.update(range(15, 25), [100, 101], "ab")
print("update", u)
u.intersection_update(range(10, 30), range(12, 120))
print("inter_update", u)
u.difference_update([12, 13], range(20, 22))
print("diff_update", u)
u.symmetric_difference_update(range(16, 26))
print("symdiff_update", u)
u.intersection_update()
print("inter_update none", u)
u.difference_update(u)
print("diff_update self", u)
v = set(range(8))
v.symmetric_difference_update(v)
print("symdiff self", v)
v = set(range(8))
v.update(v)
print("update self", v)
v.intersection_update(v)
print("inter self", v)
print("self ops", v | v, v & v, v - v, v ^ v)

# Mixed set/frozenset result types
x, y = {1, 2, 3}, frozenset({2, 3, 4})
for r in (x | y, y | x, x & y, y & x, x - y, y - x, x ^ y, y ^ x):
    print(type(r).__name__, r)
print(x == frozenset(x), frozenset(x) == x, {1} < frozenset({1, 2}))
print(set() == frozenset(), set() < frozenset({1}), frozenset() <= set())

# Large sets with deletes: table rebuilds keep CPython's order
big = set(range(1000))
big.difference_update(range(0, 1000, 2))
print("odd count", len(big), list(big)[:12], list(big)[-6:])
big -= set(range(0, 1000, 3))
print("after -=", len(big), list(big)[:12])
small = set(range(3))
print("small - huge", small - set(range(100)), small.difference(range(100)))
print("huge - small", len(set(range(100)) - small), list(set(range(100)) - small)[:5])
print("sym big", list(set(range(0, 60, 2)) ^ set(range(0, 60, 3)))[:20])
