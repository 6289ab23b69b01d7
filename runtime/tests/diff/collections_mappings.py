from collections import defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# defaultdict
d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, d.default_factory, type(d).__name__, len(d), dict(d))
print(defaultdict(), defaultdict(int, a=1), defaultdict(None, {1: 2}), defaultdict(int, [("x", 3)]))
show("bad factory", lambda: defaultdict(1))
n = defaultdict(None)
show("missing no factory", lambda: n["x"])
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["zzz"], "zzz" in c, c.get("qqq"), "qqq" in c)
dd = defaultdict(lambda: "N/A")
dd["x"] = 1
print(dd["x"], dd["y"], sorted(dd))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"], dict(nested["a"]))
cp = d.copy()
cp["a"].append(3)
print(type(cp).__name__, cp.default_factory is list, d["a"])
r = defaultdict(list)
r["self"] = r
print(r)
class MyDD(defaultdict):
    pass
print(MyDD(int, {1: 2}))
print(isinstance(d, dict), isinstance(d, cabc.MutableMapping))
d.default_factory = set
d["s"].add(1)
print(d["s"])
print("has __dict__", hasattr(d, "__dict__"))

# OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
show("move missing", lambda: od.move_to_end("zz"))
show("popitem empty", lambda: OrderedDict().popitem())
print(OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]), OrderedDict([(1, 2), (3, 4)]) == {3: 4, 1: 2})
print(OrderedDict([(1, 2), (3, 4)]) != OrderedDict([(3, 4), (1, 2)]), {3: 4, 1: 2} == OrderedDict([(1, 2), (3, 4)]))
print(OrderedDict(), repr(OrderedDict([("x", [1])])), OrderedDict.fromkeys("abc", 0))
o2 = OrderedDict.fromkeys("abcde")
o2.move_to_end("b")
o2.move_to_end("d", False)
print(list(o2), list(reversed(o2)))
o3 = o2.copy()
print(type(o3).__name__, o3 == o2, o3 is o2)
o3["new"] = 1
del o3["a"]
print(list(o3.keys()), list(o3.values()), o3.setdefault("z", 5), o3.pop("c"), o3)
ro = OrderedDict()
ro["me"] = ro
print(ro)
print("od hashable", OrderedDict.__hash__ is not None)
print(isinstance(od, dict), issubclass(OrderedDict, cabc.MutableMapping))

# Counter
c = Counter("abracadabra")
print(c, c.most_common(3), c.most_common(0), c.most_common(-1), sorted(c.elements()), c["z"], c.total())
print(Counter("abcabc").most_common(), Counter([3, 1, 2, 1, 3, 3]).most_common(2))
c.update("aaz")
print(c)
c.subtract({"a": 10})
print(c)
c.subtract("bb")
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1, c=0))
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
x -= Counter(a=5)
print(x)
print(Counter(), Counter({"x": 2, "y": 5}), Counter(cats=4, dogs=8), Counter(["a", "a", None]))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
print(Counter(a=1) == {"a": 1}, Counter("ab") < Counter("abc"))
show("fromkeys", lambda: Counter.fromkeys("abc"))
cc = Counter("hello")
del cc["l"]
del cc["missing"]
print(cc, cc.copy(), type(cc.copy()).__name__)
print(sorted(Counter({"a": 1.5, "b": 0.5}).items()), Counter({1: "x"}))
print(Counter("aaabbc").most_common(1), list(Counter("the quick the lazy the".split()).items()))
ce = Counter()
ce.update(Counter("ab"))
ce.update({"a": 2})
ce.update(a=1)
print(ce)
print(isinstance(cc, dict), len(Counter("aabbcc")))

# ChainMap
base = {"a": 1, "b": 2}
over = {"a": 10, "c": 3}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm["c"], len(cm), list(cm), sorted(cm.items()))
print(cm.get("zz"), cm.get("a"), "b" in cm, "zz" in cm, bool(cm), bool(ChainMap()), bool(ChainMap({})))
cm["d"] = 4
print(over, base)
del cm["a"]
print(over, cm["a"])
show("del missing", lambda: cm.__delitem__("b"))
show("getitem missing", lambda: cm["nope"])
child = cm.new_child()
child["x"] = 1
print(child, child.parents, child.maps[0])
print(cm.new_child({"q": 0}, r=1))
print(ChainMap(), ChainMap.fromkeys("ab", 7))
show("pop missing", lambda: ChainMap({}, {"k": 1}).pop("k"))
show("popitem empty", lambda: ChainMap({}, {"k": 1}).popitem())
print(ChainMap({"k": 1}).pop("k"), ChainMap({"k": 1}).popitem())
c2 = cm.copy()
c2["zz"] = 9
print("zz" in cm, "zz" in c2, type(c2).__name__)
cm.clear()
print(cm, dict(cm))
print(isinstance(cm, cabc.MutableMapping))
print(ChainMap({1: "a"}, {2: "b"}) == {1: "a", 2: "b"})

# UserDict / UserList / UserString
ud = UserDict({"a": 1}, b=2)
ud["c"] = 3
print(ud, len(ud), ud["a"], "b" in ud, ud.get("x", 0), sorted(ud), ud.data)
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"])
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul == [0, 1, 2, 3], 2 in ul, ul.pop(), ul * 2)
us = UserString("hello")
print(us, repr(us), us.upper(), us + "!", len(us), us[1:3], "ell" in us, us == "hello")
