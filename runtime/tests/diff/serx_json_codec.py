import json
from decimal import Decimal
from datetime import date, datetime
from enum import Enum
from fractions import Fraction
from collections import OrderedDict


class Color(Enum):
    RED = 1
    GREEN = 2


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, (set, frozenset)):
            return {"__set__": sorted(o)}
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, Enum):
            return o.name
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        return super().default(o)


def app_hook(d):
    if "__date__" in d:
        s = d["__date__"]
        return datetime.fromisoformat(s) if "T" in s else date.fromisoformat(s)
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    if "__set__" in d:
        return set(d["__set__"])
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


doc = {
    "when": date(2024, 2, 29),
    "stamp": datetime(2023, 7, 1, 12, 30, 5),
    "price": Decimal("19.990"),
    "tags": {"b", "a", "c"},
    "origin": Point(0, -1),
    "color": Color.GREEN,
    "ratio": Fraction(2, 6),
    "nested": [{"p": Point(1, 2)}, None, True, 1.5, "ü"],
}
text = json.dumps(doc, cls=AppEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=app_hook)
for k in sorted(back):
    print(k, repr(back[k]))

print(json.dumps(doc, cls=AppEncoder, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, {"a": [2, 3]}, []], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": {}}, indent=0))
print(json.dumps("☃ snow \u2028 \x01 \"q\" \\", ensure_ascii=True))
print(json.dumps("☃ snow \x01", ensure_ascii=False))
print(json.dumps("\U0001f600"))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({(1, 2): 3}, skipkeys=True))

try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.loads("[NaN, Infinity, -Infinity]"))

cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError:", e)

# hooks
pairs = json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list)
print(pairs)
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.10, 2, 3e2]', parse_float=Decimal))
print(json.loads('[1, 22, -3]', parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN]', parse_constant=lambda s: f"<{s}>"))
print(json.loads(b'{"bytes": true}'), json.loads('\ufeff{"bom": 1}'.encode("utf-8-sig")) if False else "")
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n"'))
print(json.loads(' { "deep" : [ [ [ {} ] ] ] } '))

bad_docs = [
    "", "   ", "{", "[1, 2", '{"a" 1}', '{"a": 1,}', "[1,]", "tru", "nul", '"unterminated',
    '{"a": 1} x', "01", "1.", "-", '"\\x"', "{'single': 1}", "[1 2]", '"tab\there"',
    '{"a":1,\n "b": }', "\n\n  [1,\n  2,,3]",
]
for s in bad_docs:
    try:
        json.loads(s)
        print(repr(s), "-> ok")
    except json.JSONDecodeError as e:
        print(repr(s), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)
        print("   ", e)

dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"a": 1} trailing')
print(obj, end)
stream = '{"id": 1} {"id": 2}\n[3]  "four"'
idx = 0
items = []
while idx < len(stream):
    while idx < len(stream) and stream[idx].isspace():
        idx += 1
    if idx >= len(stream):
        break
    o, idx = dec.raw_decode(stream, idx)
    items.append(o)
print(items)

enc = json.JSONEncoder(indent=1, sort_keys=True)
print(list(enc.iterencode({"b": [1], "a": None})))
print(enc.encode({"x": 1}))
print(json.dumps(12345678901234567890), json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(1e-7))
print(issubclass(json.JSONDecodeError, ValueError))
