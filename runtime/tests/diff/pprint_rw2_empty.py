import pprint, collections

class MySet(set): pass
cm = collections.ChainMap(); cm.maps = []
empties = [collections.OrderedDict(), set(), frozenset(), MySet(),
           collections.defaultdict(list), collections.Counter(), collections.deque(),
           collections.deque(maxlen=3), cm, collections.ChainMap(), {}, [], ()]
for e in empties:
    print(pprint.pformat(e, width=1))
    print(pprint.pformat([e, e], width=3))
full = [collections.OrderedDict(a=1, b=[1, 2]), {3, 1, 2}, frozenset({"x", "y"}),
        collections.defaultdict(list, {"k": [1, 2, 3]}), collections.Counter("hello"),
        collections.deque(range(4), maxlen=6), collections.ChainMap({"a": 1}, {"b": 2}),
        {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}]
for f in full:
    print(pprint.pformat(f, width=8))
    print(pprint.pformat(f, width=8, sort_dicts=False, indent=3))
print(pprint.pformat(list(range(30)), width=20, compact=True))
print(pprint.pformat({"key": 10**12}, underscore_numbers=True, width=5))
print(pprint.PrettyPrinter._pprint_set.__name__)
