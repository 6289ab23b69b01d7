import pickle
import copyreg
from collections import OrderedDict, defaultdict, namedtuple, deque, Counter
from fractions import Fraction
from decimal import Decimal

Point = namedtuple("Point", "x y")


class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __reduce__(self):
        return (Money, (self.amount, self.currency))

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"


class Versioned:
    def __init__(self, name):
        self.name = name
        self.cache = {"big": list(range(5))}
        self.version = 1

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        state.setdefault("version", 0)
        self.__dict__.update(state)
        self.cache = None
        self.restored = True

    def __repr__(self):
        return f"Versioned({self.name!r}, v{self.version}, cache={self.cache}, restored={getattr(self, 'restored', False)})"


class Frozen(tuple):
    def __new__(cls, a, b, *, tag=None):
        obj = super().__new__(cls, (a, b))
        obj.tag = tag
        return obj

    def __getnewargs_ex__(self):
        return (self[0], self[1]), {"tag": self.tag}

    def __repr__(self):
        return f"Frozen({self[0]}, {self[1]}, tag={self.tag!r})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return f"Slotted(a={self.a}, b={getattr(self, 'b', '<unset>')})"


class Legacy:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, protocol):
        if protocol >= 2:
            return (Legacy, (self.v * 1,), None)
        return (Legacy, (self.v,))

    def __repr__(self):
        return f"Legacy({self.v})"


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin


def reduce_temperature(t):
    return (Temperature, (t.kelvin + 0,))


copyreg.pickle(Temperature, reduce_temperature)


class Outer:
    class Inner:
        def __init__(self, n):
            self.n = n

        def __repr__(self):
            return f"Outer.Inner({self.n})"


def helper(x):
    return x * 2


samples = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**63, -2**100,
    3.5, -0.0, float("inf"), 1e-300,
    "", "hello", "ünïcödé ☃", "a" * 300,
    b"", b"bytes\x00\xff", bytearray(b"mutable"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], [1, [2, [3]]], {}, {"a": 1, "b": [1, 2]},
    set(), {1, 2, 3}, frozenset({"x"}),
    complex(1, -2), Fraction(3, 7), Decimal("1.25"),
    Point(1, 2), OrderedDict(a=1, b=2), Counter("abracadabra"), deque([1, 2, 3], maxlen=5),
    Money(10, "EUR"), Frozen(1, 2, tag="t"), helper, len, Outer.Inner, Outer.Inner(4),
    range(2, 10, 3), slice(1, None, 2), Ellipsis, NotImplemented, type(None), int,
]

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    bad = []
    for obj in samples:
        data = pickle.dumps(obj, protocol=proto)
        back = pickle.loads(data)
        same = back == obj or (obj is back)
        if isinstance(obj, float) and obj != obj:
            same = back != back
        if type(back) is not type(obj):
            same = False
        if not same:
            bad.append(repr(obj))
    print(f"protocol {proto}: {len(samples)} samples, mismatches={bad}")

for proto in (0, 2, 4, 5):
    v = pickle.loads(pickle.dumps(Versioned("cfg"), proto))
    print(proto, v)
    s = pickle.loads(pickle.dumps(Slotted(1, 2), proto)) if proto >= 2 else None
    print(proto, s)
    f = pickle.loads(pickle.dumps(Frozen(5, 6, tag=proto), proto))
    print(proto, f, type(f).__name__)
    print(proto, pickle.loads(pickle.dumps(Legacy(7), proto)))
    t = pickle.loads(pickle.dumps(Temperature(300), proto))
    print(proto, type(t).__name__, t.kelvin)

half = Slotted(1, 0)
del half.b
print(pickle.loads(pickle.dumps(half, 2)))

try:
    pickle.dumps(Slotted(1, 2), 0)
except TypeError as e:
    print("TypeError:", e)

dd = defaultdict(list)
dd["k"].append(1)
dd2 = pickle.loads(pickle.dumps(dd))
print(type(dd2).__name__, dd2.default_factory is list, dict(dd2))

shared = [1, 2]
container = {"a": shared, "b": shared, "c": (shared, shared)}
back = pickle.loads(pickle.dumps(container))
print(back["a"] is back["b"], back["c"][0] is back["a"], back)

print(pickle.dumps(None, 0), pickle.dumps(True, 0), pickle.dumps(42, 0))
print(pickle.dumps([1, "a"], 2))
print(pickle.dumps((1, 2.5, None), 2))
print(pickle.dumps({"k": b"v"}, 3))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
