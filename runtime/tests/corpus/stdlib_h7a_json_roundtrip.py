import json
from collections import OrderedDict

doc = {
    "name": "widget",
    "tags": ["a", "b", "c"],
    "price": 12.5,
    "count": 3,
    "active": True,
    "parent": None,
    "nested": {"x": [1, 2, {"y": "z"}], "unicode": "caf\u00e9 \u2603"},
}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps(doc, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2, [3, [4]]], indent="\t"))
print(json.dumps({"a": 1}, indent=0))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
back = json.loads(s)
print(back == doc, type(back["price"]).__name__, back["nested"]["unicode"])

print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot encode {type(o).__name__}")


def dec(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


t = json.dumps({"p": Point(1, 2), "q": [Point(3, 4)]}, default=enc)
print(t)
r = json.loads(t, object_hook=dec)
print(r["p"].x, r["q"][0].y)

print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.5, 2, 1e2]", parse_float=str))
print(json.loads("[10, 20]", parse_int=lambda s: int(s) * 2))
print(json.loads('"\\u00e9\\n\\t\\"x\\""'))
print(json.loads("  [ true , false , null ]  "))

bad = ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '{"a": 01}', "[1] x", "'x'"]
for b in bad:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), "->", e.msg, e.lineno, e.colno, e.pos)


class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"c": 1 + 2j}, cls=MyEnc))
try:
    json.dumps(object(), cls=MyEnc)
except TypeError as e:
    print("TypeError:", str(e).startswith("Object of type object"))
print(json.dumps("\x00\x1f\u2028"), json.dumps("é", ensure_ascii=True))
print(json.dumps(1.0), json.dumps(1e20), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20))
