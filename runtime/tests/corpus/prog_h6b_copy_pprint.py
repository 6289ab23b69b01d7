import copy
import pprint

class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.meta = {"name": "m", "tags": ["a"]}
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4]])
s = copy.copy(m)
d = copy.deepcopy(m)
m.rows[0][0] = 99
m.meta["tags"].append("b")
print(s.rows, d.rows, s.meta, d.meta, s.rows is m.rows, d.rows is m.rows)

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
a = Node(1); b = Node(2); a.next = b; b.next = a
c = copy.deepcopy(a)
print(c.val, c.next.val, c.next.next is c, c is a)

class Tracked:
    count = 0
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        Tracked.count += 1
        return Tracked(self.x)
    def __deepcopy__(self, memo):
        Tracked.count += 10
        return Tracked(copy.deepcopy(self.x, memo))
t = Tracked([1, [2]])
t2 = copy.copy(t); t3 = copy.deepcopy(t)
print(Tracked.count, t2.x is t.x, t3.x is t.x, t3.x)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "x"
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
w = copy.deepcopy(WithState())
print(w.data, w.cache)
shared = [1]
lst = [shared, shared]
dl = copy.deepcopy(lst)
print(dl[0] is dl[1], dl[0] is shared)
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, [2]))[1], copy.copy({1: [2]}), copy.copy(set([3])))
import collections
od = collections.OrderedDict(a=[1])
print(copy.deepcopy(od), copy.copy(collections.deque([1, 2], maxlen=3)), copy.deepcopy(collections.Counter("aab")))
try:
    copy.deepcopy((x for x in [1]))
except TypeError as e:
    print("TypeError:", e)

data = {
    "users": [
        {"id": 1, "name": "Alice", "roles": ["admin", "dev"], "prefs": {"theme": "dark", "lang": "en"}},
        {"id": 2, "name": "Bob", "roles": [], "prefs": {}},
    ],
    "meta": {"version": (1, 2, 3), "count": 2, "flags": {"beta", "alpha"} if False else ["alpha", "beta"]},
    "long": list(range(30)),
    "text": "a fairly long string that goes on and on " * 2,
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["users"], compact=True, width=60)
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.pformat({"b": 1, "a": 2}))
print(pprint.pformat(list(range(12)), width=20, compact=True))
print(pprint.saferepr([1, {"x": [2, 3]}]), pprint.isreadable({"a": 1}), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).split('<')[0], pprint.isrecursive(r))
pprint.pprint(("tuple", ["of", "things"], {"nested": {"deep": {"deeper": [1, 2, 3]}}}), width=30)
pp = pprint.PrettyPrinter(indent=4, width=50)
pp.pprint({"k%d" % i: "v" * i for i in range(8)})
pprint.pprint(collections.OrderedDict([("z", 1), ("a", [1, 2])]))
pprint.pprint(collections.defaultdict(list, {"x": [1] * 30}))
pprint.pprint(collections.Counter("abracadabra"))
pprint.pprint("x" * 100, width=40)
pprint.pprint(b"bytes" * 20, width=40)
pprint.pprint([set(), frozenset([3, 1, 2]), {5, 4}])
pprint.pprint(collections.deque(range(40), maxlen=50), width=50)
