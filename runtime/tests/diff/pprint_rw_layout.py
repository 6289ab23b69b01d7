# pprint: layouts at several widths and indents, compact packing, long str and bytes wrapping, recursion, depth, collections, dataclasses, namespaces, errors.
import pprint, collections, dataclasses, types
data = {"k%d" % i: list(range(i)) for i in range(12)}
data["nested"] = {"a": (1, 2, {"b": [3] * 30}), "s": "word " * 40, "by": bytes(range(60)), "ba": bytearray(b"x" * 50)}
data["set"] = set(range(40)); data["fs"] = frozenset("abcdefghijklmnopqrstuvwxyz")
for w in (20, 40, 80):
    for compact in (False, True):
        print(pprint.pformat(data, width=w, compact=compact, indent=1 if w != 40 else 3))
print(pprint.pformat("line one\nline two is a lot longer than the others " * 3, width=30))
print(pprint.pformat(["x" * 10, "short\nlong " + "y" * 50], width=25))
for n in (3, 4, 5, 8, 9, 12, 13):
    print(pprint.pformat(bytes(range(65, 65 + n)) * 3, width=16))
    print(pprint.pformat([bytes(range(65, 65 + n)) * 3], width=16))
r = [1, 2]; r.append(r); d = {"self": None}; d["self"] = d
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(r) + pprint.pformat(d)), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
print(pprint.saferepr({"b": 1, "a": [2, (3,)], 1: None, (): set()}), pprint.saferepr((1,)), pprint.saferepr(()), pprint.saferepr([]), pprint.saferepr({}))
print(pprint.pformat({3: 1, "a": 2, None: 3, 1.5: 4}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
print(pprint.pformat([[1, [2, [3, [4]]]]], depth=2), pprint.pformat({"a": {"b": {"c": 1}}}, depth=1))
dd = collections.defaultdict(list, {"k": list(range(30))}); ct = collections.Counter("abracadabra" * 5)
od = collections.OrderedDict((str(i), i) for i in range(15)); dq = collections.deque(range(30), maxlen=40)
cm = collections.ChainMap({"a": list(range(20))}, {"b": 2})
for obj in (dd, ct, od, dq, cm, types.MappingProxyType({"x": list(range(30))}), types.SimpleNamespace(a=list(range(20)), b="t" * 60)):
    print(pprint.pformat(obj, width=40))
@dataclasses.dataclass
class P:
    name: str
    items: list
    other: object = None
p = P("n" * 30, list(range(25)))
p.other = p
print(pprint.pformat(p, width=40))
print(pprint.pformat([1, 2, 3], underscore_numbers=True), pprint.pformat(10**8, underscore_numbers=True))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
pprint.pprint(list(range(30)), width=30, compact=True, indent=4)
class Mixed:
    pass
print(pprint.pformat({1, "a", 2.5, None, (1,)}, width=10) is not None)
