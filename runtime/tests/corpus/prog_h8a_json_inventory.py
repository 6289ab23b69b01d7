import json
from collections import Counter, OrderedDict
from decimal import Decimal

DOC = """
{
  "warehouse": "Main \\u00e9tage",
  "updated": "2024-05-01T10:00:00",
  "items": [
    {"sku": "A-100", "name": "Bolt", "qty": 500, "price": 0.12, "tags": ["metal", "small"]},
    {"sku": "A-101", "name": "Nut", "qty": 750, "price": 0.08, "tags": ["metal", "small"]},
    {"sku": "B-200", "name": "Hinge", "qty": 40, "price": 2.5, "tags": ["metal"], "discontinued": true},
    {"sku": "C-300", "name": "Glue \\"Super\\"", "qty": 0, "price": 4.99, "tags": [], "supplier": null},
    {"sku": "D-400", "name": "Tape \\u2014 wide", "qty": 12, "price": 3.75, "tags": ["adhesive"]},
    {"sku": "E-500", "name": "Saw", "qty": 3, "price": 24.0, "tags": ["tool", "metal"], "dims": {"l": 60, "w": 12.5}}
  ],
  "meta": {"version": 3, "ratio": 1e-3, "big": 12345678901234567890}
}
"""

data = json.loads(DOC)
print(data["warehouse"], len(data["items"]))
print(type(data["meta"]["big"]).__name__, data["meta"]["big"], data["meta"]["ratio"])

for it in data["items"]:
    flags = []
    if it.get("discontinued"):
        flags.append("DISC")
    if it["qty"] == 0:
        flags.append("OUT")
    if "supplier" in it and it["supplier"] is None:
        flags.append("nosup")
    print(f"{it['sku']:<6} {it['name']:<14} {it['qty']:>5} @ {it['price']:>6.2f} = {it['qty'] * it['price']:>8.2f} {' '.join(flags)}")

tags = Counter(t for it in data["items"] for t in it["tags"])
print(tags.most_common(2))
print(sorted(tags.items()))

print(json.dumps(data["items"][4]))
print(json.dumps(data["items"][4], ensure_ascii=False))
print(json.dumps(data["meta"], sort_keys=True, indent=2))
print(json.dumps(data["items"][5], separators=(",", ":"), sort_keys=True))
print(json.dumps([1, 2.0, 1e20, 1.5e-7, True, None, "x"]))
print(json.dumps({"a": [1, {"b": []}], "c": {}}, indent="\t"))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps("tab\tnl\nquote\"bs\\ ctrl\x01 é ☃ 😀"))
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
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))

def default(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot {type(o).__name__}")
print(json.dumps({"d": Decimal("1.10"), "s": {3, 1, 2}}, default=default))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(Enc().encode({"z": 1 + 2j}))
print(json.dumps([1 + 2j], cls=Enc))

d = json.loads('{"price": 1.10, "n": 3}', parse_float=Decimal)
print(d, type(d["price"]).__name__)
d = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(d)
d = json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
print(d)
d = json.loads('[1, 2, 3]', parse_int=lambda s: int(s) * 10)
print(d)
print(json.loads('{"x": {"__point__": [1, 2]}}', object_hook=lambda o: tuple(o["__point__"]) if "__point__" in o else o))
print(json.loads('"\\ud83d\\ude00"'), json.loads('NaN'), json.loads('-Infinity'))

bad_docs = ['{"a": 1,}', '[1, 2', '{"a" 1}', "{'a': 1}", '', '[1] x', '"abc', '{"a": tru}', '01']
for doc in bad_docs:
    try:
        json.loads(doc)
        print("ok?", doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r:14} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")

dec = json.JSONDecoder()
s = '{"a": 1} {"b": 2}   [3]'
pos = 0
while pos < len(s):
    while pos < len(s) and s[pos].isspace():
        pos += 1
    if pos >= len(s):
        break
    obj, pos = dec.raw_decode(s, pos)
    print("raw_decode:", obj, pos)

total = sum(it["qty"] * it["price"] for it in data["items"])
print(f"inventory value: {total:,.2f}")
print(round(total, 2), f"{total!r}")
