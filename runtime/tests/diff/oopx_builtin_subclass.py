"""Domain types built by subclassing builtins: which overrides builtins honour and which they bypass."""
import json
from collections import OrderedDict, UserDict, UserList, UserString, defaultdict


class Cents(int):
    def __new__(cls, value):
        if isinstance(value, str):
            whole, _, frac = value.partition(".")
            value = int(whole) * 100 + int((frac + "00")[:2])
        return super().__new__(cls, value)

    def __str__(self):
        return f"{self // 100}.{self % 100:02d}"

    def __repr__(self):
        return f"Cents({int(self)})"

    def __add__(self, other):
        res = super().__add__(other)
        return Cents(res) if res is not NotImplemented else res

    __radd__ = __add__


class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())

    def __eq__(self, other):
        return str.__eq__(self, other.lower() if isinstance(other, str) else other)

    __hash__ = str.__hash__

    def __len__(self):
        return 99


class Ratio(float):
    def __repr__(self):
        return f"Ratio({float(self):.3f})"

    def __str__(self):
        return f"{self * 100:.1f}%"


class Config(dict):
    def __missing__(self, key):
        return f"<default {key}>"

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __contains__(self, key):
        return super().__contains__(key.lower())


class History(list):
    def __iter__(self):
        print("  (History.__iter__)")
        return super().__iter__()

    def __len__(self):
        return 1000

    def __getitem__(self, i):
        return f"item[{i}]"


class Counting(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


class Loud(UserString):
    def shout(self):
        return self.data.upper() + "!"


def main():
    c = Cents("12.5")
    d = Cents(75)
    print(c, repr(c), c + d, repr(c + d), sum([c, d]), repr(sum([c, d])), type(c * 2).__name__)
    print(f"{c}", f"{c!r}", f"{c:>8}", f"{c:d}", "%s|%d|%r" % (c, c, c), str(c), format(c), format(c, ""))
    print([c], (c,), {c: 1}, json.dumps(c), json.dumps([c, d]), int(c), c == 1250, hash(c) == hash(1250))
    print(max(c, d), sorted([c, d, Cents(5)]), bool(Cents(0)), c.bit_length(), isinstance(c.real, Cents))

    t = Tag("  Python ")
    print(repr(t), t, t == "PYTHON", t == "python", "python" == t, len(t), len(str(t)), t.upper(), type(t.upper()).__name__)
    print({t: 1}.get("python"), t in ["PYTHON"], t in {"python"}, "%s" % t, f"{t}", t + "!", type(t + "!").__name__)
    print(" ".join([t, t]), t[1:3], type(t[1:3]).__name__, t.split("t"), json.dumps(t))

    r = Ratio(0.256)
    print(r, repr(r), f"{r}", f"{r:.2f}", [r], r * 2, type(r * 2).__name__, round(r, 1), str(r))

    cfg = Config()
    cfg["Host"] = "localhost"
    print(cfg["HOST"], cfg["port"], "HOST" in cfg, cfg.get("HOST"), cfg.get("host"), dict(cfg), cfg)
    print(list(cfg.keys()), json.dumps(cfg), {**cfg}, cfg.setdefault("X", 1), cfg)
    cfg2 = Config(A=1)
    print(cfg2, cfg2["a"], cfg2.copy(), type(cfg2.copy()).__name__, type(cfg | {"b": 2}).__name__)
    cfg2.update(B=2)
    print(cfg2)

    h = History([1, 2, 3])
    print(len(h), h[0], list.__len__(h), h)
    print(list(h))
    print([x for x in h])
    print(sorted(h), sum(h), tuple(h), h == [1, 2, 3], h + [4], type(h + [4]).__name__)
    a, *rest = h
    print(a, rest, json.dumps(h), str(h), ", ".join(map(str, h)))

    cd = Counting({"a": 1})
    cd["b"] = 5
    cd.update(c=10)
    print(cd, cd.data, len(cd), sorted(cd), cd.copy(), type(cd.copy()).__name__)
    s = Loud("hey")
    print(s.shout(), s + "!", type(s + "!").__name__, s[::-1], repr(s), s == "hey", len(s), "e" in s)
    ul = UserList([3, 1, 2])
    ul.sort()
    print(ul, ul * 2, type(ul[:2]).__name__, ul.data is ul.data, repr(UserList()))
    od = OrderedDict.fromkeys("abc")
    od.move_to_end("a")
    print(list(od), od.popitem(last=False), od)
    dd = defaultdict(lambda: Cents(0))
    dd["x"]
    print(dict(dd), repr(dd["x"]))
    try:
        Cents("abc")
    except ValueError as e:
        print("ValueError:", e)
    try:
        Tag(5)
    except AttributeError as e:
        print("AttributeError:", e)


main()
