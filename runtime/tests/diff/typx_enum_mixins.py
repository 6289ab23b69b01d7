import enum
import json
from dataclasses import dataclass
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, ReprEnum, auto


class Suit(str, Enum):
    HEARTS = "h"
    SPADES = "s"


class Rank(int, Enum):
    ACE = 1
    KING = 13


class Temp(float, Enum):
    FREEZE = 0.0
    BOIL = 100.0


class Pretty(Enum):
    A = 1
    B = 2

    def __str__(self):
        return f"pretty-{self.name.lower()}"


class PrettyInt(IntEnum):
    X = 7

    def __str__(self):
        return "seven"


class FormattedInt(IntEnum):
    Y = 8

    def __format__(self, spec):
        return f"<{self.value:{spec}}>"


try:
    class Code(ReprEnum):
        OK = 200
except TypeError as e:
    print("TypeError:", e)


class Code(float, ReprEnum):
    OK = 200


class HttpCode(int, ReprEnum):
    NOT_FOUND = 404


@dataclass(frozen=True)
class Coord:
    x: int
    y: int


class Corner(Coord, Enum):
    ORIGIN = 0, 0
    FAR = 10, 10


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
    ALL = A | B | C


members = [Suit.HEARTS, Rank.ACE, Temp.BOIL, Pretty.A, PrettyInt.X, FormattedInt.Y, Code.OK, HttpCode.NOT_FOUND, Corner.FAR]
for m in members:
    print(f"{type(m).__name__:12} repr={m!r} str={str(m)} fmt={m} fmt_spec=[{format(m, '')}] pct=%s" % m)
print(f"{Rank.KING:>5}|{Suit.SPADES:^5}|{PrettyInt.X:4}|{FormattedInt.Y:3}")
print("{} {!s} {!r} {:>8}".format(Suit.HEARTS, Rank.ACE, Temp.FREEZE, Pretty.B))
print(Suit.HEARTS == "h", Suit.HEARTS + "x", Suit("s"), Suit.HEARTS.upper(), len(Suit.SPADES))
print(Rank.ACE + Rank.KING, Rank(13), Temp.BOIL / 2, Corner.FAR.x, Corner(Coord(0, 0)))
print(json.dumps({"suit": Suit.HEARTS, "rank": Rank.KING, "perm": Perm.R | Perm.W, "t": Temp.BOIL}))
print(json.dumps([Suit.SPADES, PrettyInt.X]))
print(Corner.ORIGIN, Corner.ORIGIN.value, Corner.__mro__)

for m in [Perm.R | Perm.W, Perm(0), Perm(7), Perm(8), Perm(13), ~Perm.X]:
    print(f"{m!r:30} {m!s:24} {m:>4} {int(m):3} {list(m)} {m.name}")
for m in [Opt.NONE, Opt.A, Opt.AB, Opt.ALL, Opt.A | Opt.C, ~Opt.A, ~Opt.ALL, Opt.AB & Opt.B]:
    print(f"{m!r:22} {m!s:20} {m.name!s:8} {m.value} {len(m)} {[x.name for x in m]} {bool(m)}")
print(list(Opt), list(Opt.__members__), Opt.ALL in Opt.ALL, Opt.A in Opt.AB, Opt.C in Opt.AB)
print(Opt(3), Opt(5), Opt._missing_(6) if hasattr(Opt, "_missing_") else "", repr(Opt._value2member_map_.get(3)))
try:
    Opt.A | 1
except TypeError as e:
    print("TypeError:", e)
try:
    Opt(16)
except ValueError as e:
    print("ValueError:", e)
print(enum.show_flag_values(13) if hasattr(enum, "show_flag_values") else "")
print(Perm.R.value, Perm["W"], Perm.R < Perm.W, sorted([Perm.W, Perm.X, Perm.R]), Perm.R | 8, type(Perm.R | 8))


class Color(StrEnum):
    RED = auto()
    DARK_BLUE = auto()

    @classmethod
    def parse(cls, s):
        return cls(s.strip().lower())


print(Color.parse(" RED "), repr(Color.DARK_BLUE), Color.DARK_BLUE.value, f"{Color.RED:>6}|")
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class BadInt(IntEnum):
        A = "x"
except ValueError as e:
    print("ValueError:", e)
print(Color.__members__, isinstance(Color.RED, str), Color.RED.__class__.__mro__)
