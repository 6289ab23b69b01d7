"""JSON round trips of nested configuration-like data."""
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

config = {
    "name": "shop",
    "version": 3,
    "ratio": 0.1 + 0.2,
    "enabled": True,
    "owner": None,
    "tags": ["a", "b", "ü", "emoji \U0001F600", "quote\"s", "back\\slash", "tab\t"],
    "limits": {"max": 10**20, "min": -5, "inf_ok": False, "nested": {"deep": [[], {}, [1, [2, [3]]]]}},
    "floats": [1.0, 1e16, 1.5e-7, -0.0, 123456789.125, 2.5e300],
    7: "int key",
    2.5: "float key",
    False: "bool key",
    None: "none key",
}

print(json.dumps(config, sort_keys=False))
print(json.dumps(config["limits"], indent=2, sort_keys=True))
print(json.dumps(config["tags"], ensure_ascii=False))
print(json.dumps(config["tags"]))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t"))
print(json.dumps([1, {"x": []}, {}], indent=0))
print(json.dumps((1, 2), indent=3))
print(json.dumps("plain"), json.dumps(3.0), json.dumps(-0.0), json.dumps(10**30), json.dumps(None))
print(json.dumps({"k": float("inf"), "n": float("-inf")}))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps({"when": date(2024, 1, 2)})
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int


def default(o):
    if isinstance(o, date):
        return {"__date__": o.isoformat()}
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, (Decimal, Fraction)):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


payload = {"when": date(2024, 1, 2), "pts": [Point(1, 2), Point(-3, 4)], "price": Decimal("9.99"),
           "frac": Fraction(1, 3), "ids": {3, 1, 2}}
text = json.dumps(payload, default=default, sort_keys=True, indent=1)
print(text)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


back = json.loads(text, object_hook=hook)
print(back)
print(back["pts"][1] == Point(-3, 4), type(back["when"]).__name__)
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print("TypeError", e)

rt = json.loads(json.dumps(config))
print(sorted(rt.keys()))
print(rt["limits"]["max"] == 10**20, rt["floats"], rt["ratio"])
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1, 2.0, "3", true, false, null, -0, 1E3, 1e-2]'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'), len(json.loads('"\\ud83d\\ude00"')))
print(json.loads('{"x": 1.5}', parse_float=Decimal), json.loads("12", parse_int=float))
print(json.loads('[1, 2]', object_pairs_hook=lambda p: p), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads(" \n [ ] "))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", '"abc', "", "[1] x", '{"a" 1}', "tru", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:14} -> {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
enc = json.JSONEncoder(sort_keys=True, indent=None, separators=(", ", ": "))
print(enc.encode({"z": 1, "a": {"y": [1, 2], "b": None}}))
print("".join(enc.iterencode([1, "a"])))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(" [1] "))


class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"c": 1 + 2j, "l": [3j]}, cls=MyEnc))
try:
    json.dumps({"c": b"x"}, cls=MyEnc)
except TypeError as e:
    print("TypeError", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"True": 1, True: 2}), json.dumps({1: 1, "1": 2}))
print(json.dumps([1.1, 0.30000000000000004, 1e-5, 1e22, 12345678901234567890.0]))
print(json.dumps("\x00\x1f\x7f\u2028"), json.dumps("\u2028", ensure_ascii=False))
