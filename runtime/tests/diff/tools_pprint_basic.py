# pprint: layouts of nested containers, strings, bytes, dataclasses and options.
import pprint
import collections
import dataclasses
import types
import io

words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"]
data = {
    "rows": [{"id": i, "name": " ".join(words[: i + 2]), "vals": list(range(i * 3)),
              "pair": (i, "x" * i), "nested": {"a": [i, [i + 1, [i + 2]]], "b": None}}
             for i in range(6)],
    "meta": {"count": 6, "tags": words, "flag": True, "ratio": 0.5, "c": 1 + 2j},
    (1, 2): frozenset({3, 1, 2}),
    "empty": [[], {}, (), set(), "", b""],
}
for width in (80, 40, 20, 120, 1):
    print("--- width", width)
    print(pprint.pformat(data, width=width))
print("--- compact")
print(pprint.pformat(data, width=50, compact=True))
print(pprint.pformat(list(range(60)), compact=True, width=30))
print(pprint.pformat([list(range(10))] * 4, compact=True, width=40))
print("--- indent")
print(pprint.pformat(data["rows"][:2], indent=4, width=40))
print(pprint.pformat({"a": [1, 2, 3] * 10, "b": {"c": (1,) * 20}}, indent=3, width=30))
print("--- depth")
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3))
print(pprint.pformat((1, (2, (3,))), depth=2), pprint.pformat({"a": {"b": {}}}, depth=1))
print("--- sort_dicts / pp")
d = {"zeta": 1, "alpha": [1, 2], "mid": {"y": 1, "x": 2}}
print(pprint.pformat(d, sort_dicts=False), pprint.pformat(d))
s = io.StringIO()
pprint.pp(d, stream=s, width=10)
print(s.getvalue(), end="")
pprint.pprint(d, width=10)
pprint.pp(d)
print("--- mixed keys")
print(pprint.pformat({1: "a", "b": 2, None: 3, (1,): 4, 2.5: 5}))
print(pprint.pformat({3, "a", None, 1, 2.5}, width=10))
print("--- numbers")
print(pprint.pformat([10 ** 12, -12345678, 1.5, True], underscore_numbers=True))
print(pprint.pformat([10 ** 12, -12345678], underscore_numbers=False))
print("--- strings")
long = "The quick brown fox jumps over the lazy dog. " * 6
print(pprint.pformat(long, width=40))
print(pprint.pformat([long], width=50))
print(pprint.pformat({"key": long + "\nsecond line\nthird"}, width=60))
print(pprint.pformat("nospacesatallinthisverylongwordthatcannotbesplitanywhere" * 2, width=30))
print(pprint.pformat(("a" * 30, "b" * 30), width=40))
print(pprint.pformat("short", width=3))
print("--- bytes")
blob = bytes(range(40))
print(pprint.pformat(blob, width=30))
print(pprint.pformat([blob], width=30))
print(pprint.pformat(bytearray(blob), width=40))
print(pprint.pformat(b"abcd", width=2), pprint.pformat({"k": bytearray(b"xyz" * 20)}, width=30))
print("--- sets")
print(pprint.pformat(set(range(30)), width=30))
print(pprint.pformat(frozenset(range(25)), width=30))
print(pprint.pformat(frozenset()), pprint.pformat(set()))
print("--- collections")
od = collections.OrderedDict((k, list(range(5))) for k in "dcba")
print(pprint.pformat(od, width=30), pprint.pformat(collections.OrderedDict()))
dd = collections.defaultdict(list, {"x": list(range(12)), "a": [1]})
print(pprint.pformat(dd, width=30))
c = collections.Counter("abracadabra" * 3)
print(pprint.pformat(c, width=20))
dq = collections.deque(range(20), maxlen=25)
print(pprint.pformat(dq, width=30), pprint.pformat(collections.deque(range(20)), width=30))
cm = collections.ChainMap({"a": 1, "b": list(range(10))}, {"c": 3})
print(pprint.pformat(cm, width=30))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(10)), beta="text" * 5), width=30))
print(pprint.pformat(types.MappingProxyType({"a": list(range(20))}), width=40))
print(pprint.pformat(collections.UserList(range(30)), width=30))
print("--- dataclasses")


@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)
    hidden: str = dataclasses.field(default="h", repr=False)


@dataclasses.dataclass
class Line:
    start: Point
    end: Point
    label: str = "a line with a fairly long label to force wrapping"


ln = Line(Point(1, 2, ["a", "b"] * 5), Point(3, 4))
print(pprint.pformat(ln))
print(pprint.pformat(ln, width=40))
print(pprint.pformat([Point(1, 2)], width=10))


class Custom:
    def __repr__(self):
        return "<Custom thing with a long repr that does not fit anywhere at all in this>"


print(pprint.pformat([Custom(), Custom()], width=40))
print("--- recursion and readability")
rec = [1, 2]
rec.append(rec)
r = pprint.saferepr(rec).replace(str(id(rec)), "ID")
print(r, pprint.isrecursive(rec), pprint.isreadable(rec))
drec = {"a": 1}
drec["self"] = drec
print(pprint.pformat(drec).replace(str(id(drec)), "ID"))
print(pprint.pformat([drec, drec], width=20).replace(str(id(drec)), "ID"))
print(pprint.isreadable([1, "a", (2.0,)]), pprint.isreadable([Custom()]), pprint.isreadable(len))
print(pprint.saferepr({"b": 1, "a": (1,)}), pprint.saferepr("x"), pprint.saferepr(()))
pp = pprint.PrettyPrinter(width=30, depth=2)
print(pp.pformat(data["rows"][1]), pp.isreadable([1]), pp.isrecursive(rec))
shared = [1, 2]
print(pprint.pformat([shared, shared]))
print("--- errors")
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -2}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    pprint.pformat(1, bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
out = io.StringIO()
pprint.PrettyPrinter(stream=out, width=20).pprint(list(range(12)))
print(out.getvalue(), end="")
print("--- subclass overriding format")


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


up = Upper(width=30)
print(up.pformat({"key": ["value one", "value two", ("nested", "tuple")], "k2": "short"}))
print(up.pformat(["abc"] * 12))
