"""Warehouse bookkeeping with collections: Counter arithmetic, LRU with OrderedDict,
layered settings with ChainMap, records as namedtuples, defaultdict trees, deques."""
from collections import Counter, OrderedDict, ChainMap, namedtuple, defaultdict, deque
import collections.abc as cabc

print("== Counter")
monday = Counter(apples=5, pears=2, plums=0, kiwis=-1)
tuesday = Counter({"apples": 3, "pears": 4, "figs": 1})
print(monday + tuesday, monday - tuesday, tuesday - monday)
print(monday | tuesday, monday & tuesday, +monday, -monday)
week = monday.copy()
week.update(tuesday)
week.update(["figs", "figs", "dates"])
week.subtract({"apples": 10, "grapes": 2})
print(week, week.total())
print(week.most_common(3), week.most_common()[-2:], len(week.most_common(0)))
print(sorted(week.elements()), week["missing"], "missing" in week)
words = "the cat and the hat and the bat sat on the mat".split()
c = Counter(words)
print(c.most_common(2), [w for w, n in c.items() if n == 1])
print(Counter("mississippi"), Counter("abc") == Counter("cba"), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=3) <= Counter(a=3, b=1), Counter(a=4) > Counter(a=3), Counter(a=1) >= Counter(b=1))
del week["dates"]
print(repr(Counter()), repr(Counter(x=2)), dict(Counter("aab")), week.get("dates", "gone"))
print(Counter(a=2, b=-2) + Counter(), Counter({"z": 1, "a": 1, "m": 2}).most_common())

print("== OrderedDict as LRU")
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_item(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            old = self.popitem(last=False)
            print("  evict", old)


cache = LRU(3)
for k in "abcadeb":
    if cache.get_item(k) is None:
        cache.put(k, k.upper())
print(list(cache.items()), repr(cache))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, list(reversed(od)), od.popitem(), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
od2 = OrderedDict([(1, "one")]) | {2: "two"}
print(od2, type(od2).__name__, od2.setdefault(3, "three"), od2.pop(1), od2)

print("== ChainMap")
defaults = {"color": "red", "size": "M", "debug": False}
env = {"size": "L"}
cli = {"debug": True}
settings = ChainMap(cli, env, defaults)
print(settings["color"], settings["size"], settings["debug"], len(settings), sorted(settings))
settings["color"] = "blue"
print(cli, defaults["color"], settings.maps[0] is cli)
child = settings.new_child({"size": "XL"})
print(child["size"], child.parents["size"], dict(child) == {**defaults, **env, **cli, "size": "XL"})
del child["size"]
print(child["size"])
try:
    del child["color"]
except KeyError as e:
    print("KeyError", e)
print(repr(ChainMap({"a": 1}, {"b": 2})), "b" in ChainMap({}, {"b": 2}), ChainMap().get("q", 0))

print("== namedtuple")
Item = namedtuple("Item", "sku name qty price", defaults=[0, 0.0])
Point = namedtuple("Point", ["x", "y"])
a = Item("A1", "anvil", 2, 99.5)
b = Item("B2", "bolt")
print(a, b, a._fields, Item._field_defaults)
print(a._asdict(), a._replace(qty=5, price=89.0), Item._make(["C3", "cog", 7, 1.25]))
print(a.qty * a.price, a[1], a[-1], len(a), a.index("anvil"), a.count(2), tuple(a) == a)
x, y = Point(3, 4)
print(x, y, Point(1, 2) + Point(3, 4), Point(1, 2) == (1, 2), hash(Point(1, 2)) == hash((1, 2)))
try:
    a._replace(color="red")
except ValueError as e:
    print("ValueError", e)
try:
    a.qty = 3
except AttributeError as e:
    print("AttributeError", e)
R = namedtuple("R", "class def ok", rename=True)
print(R._fields, R(1, 2, 3))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __abs__(self):
        return (self.x**2 + self.y**2) ** 0.5

    def __repr__(self):
        return f"<Vec {self.x},{self.y}>"


print(abs(Vec(3, 4)), Vec(1, 2), Vec(1, 2)._replace(y=9), Vec._make((5, 6)))

print("== defaultdict and deque")
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["d"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(plain(root))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted(groups.items()), repr(defaultdict(int, {"a": 1})), defaultdict(None).default_factory)
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq[-1], dq.index(2), dq.count(3))
dq.extendleft([10, 11])
print(dq, list(reversed(dq)), deque("abc") + deque("de"), deque([1, 2]) * 2)
print(isinstance(Counter(), cabc.Mapping), isinstance(dq, cabc.Sequence), isinstance(settings, cabc.MutableMapping))
