# dict views: membership, comparisons, set operations (results in CPython's set order), isdisjoint,
# reversed, .mapping.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3, "d": 4}
e = {"c": 3, "d": 40, "e": 5, "f": 6}
f = {}
lists = [["a", "z"], ("c", "e", "q"), "abz", range(3), {"a", "e"}, frozenset("bd")]
for name, x in [("d", d), ("e", e), ("f", f)]:
    for oname, y in [("d", d), ("e", e), ("f", f)]:
        kx, ky = x.keys(), y.keys()
        print(name, oname, "&", kx & ky, "|", kx | ky, "-", kx - ky, "^", kx ^ ky)
        print(name, oname, "cmp", kx == ky, kx != ky, kx < ky, kx <= ky, kx > ky, kx >= ky, kx.isdisjoint(ky))
        ix, iy = x.items(), y.items()
        print(name, oname, "items", sorted(ix & iy), sorted(ix | iy), sorted(ix - iy), sorted(ix ^ iy))
        print(name, oname, "icmp", ix == iy, ix != iy, ix < iy, ix <= iy, ix > iy, ix >= iy, ix.isdisjoint(iy))
for other in lists:
    k = d.keys()
    print(repr(other), "&", k & other, other & k if isinstance(other, (set, frozenset)) else "-")
    t("  or", lambda: k | other)
    t("  ror", lambda: other | k)
    t("  sub", lambda: k - other)
    t("  rsub", lambda: other - k)
    t("  xor", lambda: k ^ other)
    t("  rxor", lambda: other ^ k)
    t("  disjoint", lambda: k.isdisjoint(other))
    t("  eq", lambda: k == other)
    t("  le", lambda: k <= other)
    t("  ge", lambda: k >= other)
for bad in [5, None, 1.5]:
    t("and %r" % bad, lambda: d.keys() & bad)
    t("or %r" % bad, lambda: d.keys() | bad)
    t("sub %r" % bad, lambda: d.keys() - bad)
    t("xor %r" % bad, lambda: d.keys() ^ bad)
    t("disjoint %r" % bad, lambda: d.keys().isdisjoint(bad))
t("values and", lambda: d.values() & d.values())
t("values eq", lambda: d.values() == d.values())
t("values in", lambda: 3 in d.values())
t("keys hash", lambda: hash(d.keys()))
t("items hash", lambda: hash(d.items()))
t("keys lt list", lambda: d.keys() < ["a"])
t("set eq keys", lambda: {"a", "b", "c", "d"} == d.keys())
t("set lt keys", lambda: {"a"} < d.keys())
t("fs eq items", lambda: frozenset(d.items()) == d.items())
for x in ["a", "z", 1, ("a", 1), ("a", 2), ["a", 1], ("a", 1, 0), ("zz", 1), ([], 1)]:
    t("in keys %r" % (x,), lambda: x in d.keys())
    t("in items %r" % (x,), lambda: x in d.items())
    t("in values %r" % (x,), lambda: x in d.values())
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({}.keys())), d.keys().mapping, d.items().mapping["b"], type(d.values().mapping).__name__)
print(d.keys().mapping == d, "a" in d.values().mapping, len(d.keys().mapping))
words = ["w%d" % i for i in range(40)]
big = {w: i for i, w in enumerate(words)}
small = {w: -1 for w in words[10:15]}
print(big.keys() & small.keys())
print(small.keys() & big.keys())
print(big.keys() & set(words[5:12]))
print(set(words[5:12]) & big.keys())
print(big.keys() - set(words[3:]))
print(big.keys() ^ set(words[2:]) ^ {"extra"})
print(small.keys() | big.keys() == set(words))
class D(dict):
    pass
dd = D(a=1, b=2)
print(dd.keys() & {"a"}, dd.keys() | {"q"}, dd.items() == {("a", 1), ("b", 2)})
live = {"x": 1}
kv = live.keys()
live["y"] = 2
print(kv, kv & {"y"}, len(kv), "y" in kv)
del live["x"]
print(kv, list(kv), kv == {"y"})
