# OrderedDict, defaultdict, Counter and ChainMap: operations, reprs and errors.
from collections import OrderedDict, defaultdict, Counter, ChainMap
import collections.abc as cabc
import copy
import pickle


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("--- OrderedDict")
od = OrderedDict([("b", 2), ("a", 1)], c=3)
print(od, repr(od), list(od), od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
od.move_to_end("c", False)
print(list(od))
show("move missing", lambda: od.move_to_end("zz"))
show("move missing first", lambda: od.move_to_end("zz", last=False))
print(od.popitem(), od.popitem(last=False), od)
show("popitem empty", lambda: OrderedDict().popitem())
show("popitem empty first", lambda: OrderedDict().popitem(last=False))
o1 = OrderedDict.fromkeys("abc")
o2 = OrderedDict.fromkeys("cba", 0)
print(o1, o2, OrderedDict(), OrderedDict({}), repr(OrderedDict(a=OrderedDict())))
print(o1 == OrderedDict.fromkeys("abc"), o1 == OrderedDict.fromkeys("cba"), o1 == dict.fromkeys("cba"),
      dict.fromkeys("cba") == o1, o1 != OrderedDict.fromkeys("cba"), o1 != dict.fromkeys("cba"))
print(o1.setdefault("a", 5), o1.setdefault("z", 5), o1.setdefault("y"), o1)
print(o1.pop("z"), o1.pop("nope", "dflt"), o1.get("a", 1))
show("pop missing", lambda: o1.pop("nope"))
print(o1 | {"q": 1}, {"q": 1} | o1, type({"q": 1} | o1).__name__)
o3 = o1.copy()
o3 |= [("r", 2)]
print(o3, copy.copy(o3), type(copy.copy(o3)).__name__, copy.deepcopy(o3) == o3)
print(pickle.loads(pickle.dumps(o3)) == o3, o3.__reduce__()[0].__name__, o3.__reduce__()[1:3])
show("hash", lambda: hash(OrderedDict()))
show("or bad", lambda: o1 | 5)
rec = OrderedDict()
rec["me"] = rec
print(rec)
o4 = OrderedDict(a=1, b=2)
o4.update({"c": 3}, d=4)
o4.update([("e", 5)])
print(o4, "a" in o4, len(o4), o4.keys() & {"a", "zz"}, sorted(o4.items() - {("a", 1)}))
del o4["c"]
o4["c"] = 0
print(list(o4), isinstance(o4.keys(), cabc.KeysView), isinstance(o4, dict))


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu["a"] = 3
print(lu, type(lu.copy()).__name__)

print("--- defaultdict")
dd = defaultdict(list, {"x": [1]})
dd["y"].append(2)
print(dd, repr(defaultdict()), defaultdict(int).default_factory, defaultdict().default_factory)
show("bad factory", lambda: defaultdict("notcallable"))
show("missing", lambda: defaultdict()["k"])
dc = dd.copy()
dc["x"].append(5)
print(dc, dd["x"], type(copy.copy(dd)).__name__, copy.deepcopy(dd))
print(dd.__reduce__()[:2], defaultdict().__reduce__()[:2])
print(pickle.loads(pickle.dumps(dd)))
print(dd | {"z": 0}, {"z": 0} | dd, type({"z": 0} | dd).__name__)
dd |= {"w": 1}
print(dd, dd.__missing__("new"), dd["new"])
show("or bad", lambda: dd | [1])
dr = defaultdict(None)
dr["self"] = dr
print(dr)
di = defaultdict(int)
di.default_factory = di.__len__
print(di["a"], di["b"], dict(di))


class Sub(defaultdict):
    pass


print(Sub(set, a={1}), Sub(set).copy().default_factory)

print("--- Counter")
c = Counter("abracadabra")
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.total())
print(sorted(c.elements()), c["zz"], "zz" in c, len(c))
c.update("aaz")
c.update({"b": 10})
c.update(q=2)
print(c)
c.subtract("aaaa")
c.subtract({"z": 5}, )
c.subtract(q=1)
print(c)
print(+c, -c, c + Counter(z=10), c - Counter(a=1), c | Counter(z=3), c & Counter(a=100, b=1))
show("fromkeys", lambda: Counter.fromkeys("abc"))
del c["not-there"]
del c["q"]
print(c, c.copy(), type(c.copy()).__name__, c.__reduce__())
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2, b=0),
      Counter(a=3) > Counter(a=3))
show("le dict", lambda: Counter() <= {})
show("add dict", lambda: Counter() + {})
show("hash", lambda: hash(Counter()))
x = Counter(a=3, b=-1, c=0)
x += Counter(b=2)
print(x)
x -= Counter(a=1, z=-4)
print(x)
x |= Counter(a=5, y=-1)
print(x)
x &= Counter(a=4, z=1)
print(x)
print(Counter(), repr(Counter()), Counter({"a": 1, "b": None}) if False else Counter(b=1, a=2, c=2))
print(Counter({"x": 1, "y": "s"}) if False else Counter([1, 1, 2]).most_common(1))
mixed = Counter({"a": 1.5, "b": 2})
print(mixed, mixed.total())
print(Counter(Counter(a=2)), Counter({"a": 2}), Counter(a=1, b=2) + Counter(), list(Counter("cab")))
print(pickle.loads(pickle.dumps(Counter("hello"))))


class Tally(Counter):
    pass


t = Tally("aab")
print(t, t + t, type(t + t).__name__, type(t.copy()).__name__)
show("counter bad iter", lambda: Counter(5))
weird = Counter({"a": 1})
weird["b"] = "x"
print(repr(weird))

print("--- ChainMap")
m1, m2 = {"a": 1}, {"a": 2, "b": 3}
cm = ChainMap(m1, m2)
print(cm, cm["a"], cm["b"], len(cm), list(cm), sorted(cm.items()), cm.get("q", 0), "b" in cm, bool(cm))
print(ChainMap(), bool(ChainMap()), ChainMap({}).maps, bool(ChainMap({}, {"x": 1})))
show("missing", lambda: cm["zz"])
cm["c"] = 4
print(m1, cm.maps)
show("del other", lambda: cm.__delitem__("b"))
show("pop other", lambda: cm.pop("b"))
print(cm.pop("b", "d"), cm.pop("c"))
show("popitem", lambda: ChainMap({}, {"a": 1}).popitem())
print(ChainMap({"k": 1}).popitem())
ch = cm.new_child()
ch["a"] = 100
print(ch, ch.parents, ch.parents.parents, cm.new_child({"z": 1}), cm.new_child(w=5), cm.new_child({"v": 1}, u=2))
cc = cm.copy()
cc["n"] = 1
print(cc, cm, type(copy.copy(cm)).__name__)
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 7))
print(cm | {"x": 1}, {"x": 1} | cm, type({"x": 1} | cm).__name__)
cm |= {"y": 2}
print(cm)
show("or bad", lambda: cm | 5)
cm.clear()
print(cm, dict(cm))
r = ChainMap()
r["r"] = r
print(r)


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"


dc = DefaultChain({"a": 1})
print(dc["a"], dc["b"], dc.get("b", "g"), "b" in dc)
print(isinstance(cm, cabc.MutableMapping), ChainMap({1: 2}) == {1: 2}, list(ChainMap({"a": 1}, {"b": 2}, {"a": 3, "c": 4})))
print(list(ChainMap({"a": 1}, {"b": 2}, {"a": 3, "c": 4}).values()))
