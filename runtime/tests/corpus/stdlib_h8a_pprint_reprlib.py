import pprint
import reprlib
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

data = {
    "name": "inventory",
    "version": (3, 11, 4),
    "items": [{"sku": f"X{i:03d}", "qty": i * 7 % 13, "tags": ["a" * (i % 4), "b"]} for i in range(6)],
    "matrix": [[r * c for c in range(8)] for r in range(4)],
    "nested": {"level1": {"level2": {"level3": {"level4": list(range(15))}}}},
    "text": "a fairly long string that will not fit within the narrow width we request for the output",
    "empty": {}, "tup1": (1,), "set": {3, 1, 2}, "fs": frozenset({"x"}),
    "bytes": b"\x00\x01binary" * 4,
}
pprint.pprint(data)
print("---- width=40 depth=2")
pprint.pprint(data, width=40, depth=2)
print("---- compact")
pprint.pprint(data["matrix"], compact=True, width=50)
pprint.pprint(data["items"], indent=4, width=60)
print("---- sort_dicts=False")
pprint.pprint({"z": 1, "a": 2, "m": [3, 2, 1]}, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.pformat("x" * 100, width=40))
print(pprint.pformat(OrderedDict([("b", 1), ("a", 2)])))
dd = defaultdict(list, {"k": [1, 2]})
print(pprint.pformat(dd))
print(pprint.pformat(Counter("abracadabra")))
print(pprint.pformat(deque(range(40)), width=60))
P = namedtuple("P", "x y")
print(pprint.pformat([P(1, 2)] * 3, width=20))
print(pprint.saferepr({"a": [1, 2, {"b": 3}]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable(rec), "Recursion on list" in pprint.saferepr(rec))
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"alpha": list(range(10)), "beta": "b" * 20})
print(pprint.pformat(1.5), pprint.pformat(None), pprint.pformat("q'uote\"s"))
print(pprint.pformat({"long key number %d" % i: i for i in range(4)}, width=30))
print(pprint.pformat(((1, 2), [3, (4, 5, [6, 7])]), width=12))

r = reprlib.Repr()
r.maxlist = 4
r.maxstring = 20
print(r.repr(list(range(100))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr({"a": 1}))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr(set(range(20))))
print(reprlib.repr({i: i for i in range(20)}), reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]))
print(reprlib.repr(10 ** 50), reprlib.repr(b"y" * 50), reprlib.repr(frozenset("abcdefgh")))

class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
n = Node(1, [Node(2)])
n.kids.append(n)
print(repr(n))
