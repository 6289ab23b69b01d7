"""enum rewrite check: auto values, membership, format/hash/pickle, StrEnum args, unique, verify, globals."""
import enum
import pickle
import warnings
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify


class Color(Enum):
    RED = 1
    GREEN = "g"
    BLUE = auto()
    ALIAS = 1


class Counting(Enum):
    A = auto()
    B = 10
    C = auto()
    D = "x"
    E = auto()


print([(m.name, m.value) for m in Counting])


class FromStr(Enum):
    X = "a"
    Y = auto()
    Z = 2.5
    W = auto()

print([(m.name, m.value) for m in FromStr])

print(Color.RED in Color, Color.ALIAS is Color.RED, len(Color), list(Color))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for probe in [1, "RED", None]:
        try:
            print(probe in Color)
        except TypeError as e:
            print("TypeError", e)
    print(len(w), w[0].category.__name__, str(w[0].message))


class Other(Enum):
    RED = 1

print(Other.RED in Color, Color.RED in Other)
print(Color(1), Color("g"), Color["BLUE"])
for bad in [99, "zz"]:
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError", e)


class Lenient(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

print(Lenient("one"), Lenient("Two"))
try:
    Lenient(3)
except ValueError as e:
    print("ValueError", e)

print(format(Color.RED), format(Color.RED, ">12"), "{:<10}|".format(Color.GREEN), f"{Color.BLUE!r}")
print(hash(Color.RED) == hash("RED"), {Color.RED: 1}[Color.ALIAS])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(Color.GREEN, proto)) is Color.GREEN
print(Color.RED.__reduce_ex__(2), Counting.B.__reduce_ex__(4))


class Shade(StrEnum):
    LIGHT = auto()
    DARK = "Dark"
    BYTES = (b"abc", "ascii")
    FULL = (b"q\xffr", "utf-8", "replace")

print([(m.name, m.value, str(m), format(m, "^9")) for m in Shade])
for args in [(1,), ("a", 2), ("a", "b", 3), ("a", "b", "c", "d")]:
    try:
        class Bad(StrEnum):
            X = args
    except TypeError as e:
        print("TypeError", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError", e)

@unique
class Fine(Enum):
    A = 1
print(list(Fine))

for checks, body in [((enum.UNIQUE,), {"A": 1, "B": 1}), ((enum.CONTINUOUS,), {"A": 1, "B": 4}),
                     ((enum.CONTINUOUS,), {"A": 1, "B": 2})]:
    try:
        E = verify(*checks)(Enum("E", body))
        print("ok", list(E))
    except ValueError as e:
        print("ValueError", e)
try:
    @verify(enum.NAMED_FLAGS)
    class Perm(Flag):
        R = 1
        W = 2
        RWX = 7
except ValueError as e:
    print("ValueError", e)
print(list(enum.EnumCheck), enum.CONTINUOUS.value, list(enum.FlagBoundary), enum.KEEP.value)
print(enum.show_flag_values(13), enum.show_flag_values(0))


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()

print(Bits.A | Bits.C, repr(Bits.A | Bits.B), Bits(0), Bits.B.value, [m.value for m in Bits])
print(Bits.A in (Bits.A | Bits.B), list(Bits.A | Bits.C), len(Bits.A | Bits.B | Bits.C))
print(pickle.loads(pickle.dumps(Bits.A | Bits.C)))
print(repr(Bits.A | Bits.B), str(~Bits.A))

glob_ns = {"__name__": "fakemod"}
import sys, types
mod = types.ModuleType("fakemod")
sys.modules["fakemod"] = mod
exec("""
import enum
@enum.global_enum
class Mode(enum.Enum):
    FAST = 1
    SLOW = 2

@enum.global_enum
class Opt(enum.IntFlag):
    X = 1
    Y = 2
""", mod.__dict__)
print(repr(mod.Mode.FAST), str(mod.SLOW), repr(mod.X | mod.Y), repr(mod.Opt.X), str(mod.Opt.Y))
print(repr(mod.Opt(8)), repr(mod.Opt(9)))

gen = Enum._generate_next_value_
print(gen.__name__, gen.__qualname__, IntEnum._generate_next_value_ is gen)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for lv in ([1, 10, 11, 'x'], ['a', 1, 2.5], [3, 'x', 1, 2], [5, 4, None], [1, 2, 3], [3, 1], [],
               ['a'], ['a', 'b'], [1.5, 'z'], [2, 'x', 7], ['x', 7, 2], [None], [7, None, 3]):
        c = list(lv)
        print(lv, '->', gen('N', 1, len(lv), c), c)
    print(len(w), {x.category.__name__ for x in w})
print(StrEnum._generate_next_value_("AbC", 1, 0, []), Flag._generate_next_value_("a", 1, 3, [1, 2, 8]))
