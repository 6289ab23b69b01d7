import json
from decimal import Decimal
from datetime import date

config = {
    "name": "service",
    "version": 3,
    "enabled": True,
    "ratio": 0.25,
    "tags": ["a", "b"],
    "limits": {"cpu": 2, "mem": None},
    "unicode": "café ✓",
    "nested": [{"z": 1, "a": 2}, [], {}],
}
print(json.dumps(config))
print(json.dumps(config, sort_keys=True, indent=2))
print(json.dumps(config, ensure_ascii=False))
print(json.dumps(config, separators=(",", ":"), sort_keys=True))
print(json.dumps(config["nested"], indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

def default(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")
print(json.dumps({"d": Decimal("1.10"), "when": date(2020, 5, 17), "s": {3, 1, 2}}, default=default))
try:
    json.dumps({"x": object()}, default=default)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))

text = '{"a": 1, "b": [1.5, 2e3, -0.0], "c": {"d": null, "e": "x\\ny\\u00e9"}, "big": 12345678901234567890}'
obj = json.loads(text)
print(obj, type(obj["big"]))
print(json.loads(text, parse_float=Decimal)["b"])
print(json.loads(text, parse_int=str)["a"])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def hook(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d
print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=hook))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"k": 1, "j": 2}', object_pairs_hook=lambda pairs: pairs))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '', '[1] x', '{"a": 1}\n\n  }', "{'a': 1}", '[01]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e} | {e.msg} {e.pos} {e.lineno} {e.colno}")

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=Enc))
print(Enc(indent=1).encode({"a": [1, 2]}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(json.dumps("\u2028\x00\x1f\"\\/"), json.dumps("é", ensure_ascii=True))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.dumps("\U0001F600"))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-1e-7), json.dumps(10**20), json.dumps(3.0))
print(json.loads("1e400"), json.loads("-Infinity"), json.loads("NaN") != json.loads("NaN"))
print(json.dumps(OrderedDict := {"b": 1, "a": 2}), json.dumps(tuple([1, 2])))
