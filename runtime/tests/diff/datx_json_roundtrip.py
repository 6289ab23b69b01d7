import json
import random
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from dataclasses import dataclass, asdict, field
from collections import OrderedDict, namedtuple
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


@dataclass
class Address:
    street: str
    city: str
    zip: str


@dataclass
class Customer:
    id: int
    name: str
    joined: date
    status: Status
    balance: Decimal
    tags: set = field(default_factory=set)
    address: Address = None


rng = random.Random(5)
NAMES = ["Ana Müller", "Bob O'Neil", "Chloé \"C\" Dupont", "Dmitri\tIvanov", "Eve 李"]
customers = []
for i, n in enumerate(NAMES):
    customers.append(Customer(
        id=100 + i, name=n, joined=date(2020 + i % 3, 1 + i * 2, 10 + i),
        status=Status.ACTIVE if i % 2 == 0 else Status.SUSPENDED,
        balance=Decimal(rng.randint(-5000, 50000)) / 100,
        tags={rng.choice(["vip", "new", "churn-risk", "b2b"]) for _ in range(2)},
        address=Address(f"{rng.randint(1, 99)} Main St", rng.choice(["Oslo", "Lyon", "Kyiv"]), f"{rng.randint(0, 99999):05d}"),
    ))


def encode(o):
    if isinstance(o, (date, datetime)):
        return {"__date__": o.isoformat()}
    if isinstance(o, Decimal):
        return {"__decimal__": str(o)}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Enum):
        return o.value
    raise TypeError(f"cannot encode {type(o).__name__}")


def decode(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    return d


payload = {"version": 2, "generated": "fixed", "customers": [asdict(c) for c in customers]}
text = json.dumps(payload, default=encode, indent=2, sort_keys=True)
print(text[:700])
print("length:", len(text), "lines:", text.count("\n"))
back = json.loads(text, object_hook=decode)
c0 = back["customers"][0]
print(type(c0["joined"]).__name__, c0["joined"], type(c0["balance"]).__name__, c0["balance"], c0["tags"])
print([c["name"] for c in back["customers"]])
print(json.dumps([c["name"] for c in back["customers"]]))
print(json.dumps([c["name"] for c in back["customers"]], ensure_ascii=False))

compact = json.dumps(payload, default=encode, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[:120])
print(json.dumps({"b": 1, "a": [1, 2, {"z": None, "y": True}]}, indent="\t"))
print(json.dumps({3: "x", 1.5: "y", True: "t", None: "n"}))
print(json.dumps([float("inf"), -float("inf")]), json.dumps(1e300 * 10 - 1e308 * 10 == 0))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"x": Fraction(1, 3)}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))

Point = namedtuple("Point", "x y")
print(json.dumps({"pt": Point(1, 2), "tuple": (1, (2, 3))}))
print(json.loads('{"a": 1, "a": 2, "b": [1.0, 2.50, 1e3, -0]}'))
pairs = json.loads('{"z": 1, "a": 2, "m": {"q": 3, "b": 4}}', object_pairs_hook=OrderedDict)
print(pairs, list(pairs))
print(json.loads('[1.1, 22.22]', parse_float=Decimal), json.loads('[7, 8]', parse_int=lambda s: int(s) * 10))
print(json.loads('"\\u00e9\\ud83d\\ude00 tab\\tnew\\n"'), json.loads('NaN'), json.loads(' [Infinity] '))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", '{"x": tru}', '[1] x', "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:14} -> {e.msg} @ line {e.lineno} col {e.colno} pos {e.pos}")

dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"k": [1, 2]}  trailing')
print(obj, end)
enc = json.JSONEncoder(indent=1, sort_keys=True, default=encode)
print("".join(enc.iterencode({"d": date(2021, 5, 6), "n": [1]})))


class Money:
    def __init__(self, cents):
        self.cents = cents


class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return f"${o.cents / 100:,.2f}"
        return super().default(o)


print(json.dumps({"total": Money(1234567), "items": [Money(5), Money(99999)]}, cls=MoneyEncoder))
try:
    json.dumps(object(), cls=MoneyEncoder)
except TypeError as e:
    print("TypeError:", str(e).split(" is not")[0][:8], "is not JSON serializable" in str(e))
nested = {"l1": {"l2": {"l3": [1, {"l4": "deep"}]}}}
assert json.loads(json.dumps(nested)) == nested
print(json.dumps(nested, indent=0))
