import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


class Method(StrEnum):
    GET = auto()
    POST = auto()
    Custom = "X-Custom"


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = (1, 2)


def show(label, m):
    print(f"{label:10} repr={m!r} str={m!s} fmt={m} fmt10=[{m:>10}] name={m.name!r} value={m.value!r}")


for m in Color:
    show("Color", m)
show("alias", Color.CRIMSON)
print(Color.CRIMSON is Color.RED, list(Color.__members__), Color(1), Color["CRIMSON"])
for m in Level:
    show("Level", m)
print(Level.HIGH + 1, Level.LOW < Level.MID, sorted([Level.HIGH, Level.LOW]), int(Level.MID))
print("%s %d %r" % (Level.LOW, Level.LOW, Level.LOW), "{:d}".format(Level.HIGH), format(Level.MID, "03d"))
for m in Method:
    show("Method", m)
print(Method.GET == "get", Method.GET.upper(), "/".join(Method), Method("post"))
for m in Perm:
    show("Perm", m)
show("combo", Perm.R | Perm.X)
show("all", Perm.R | Perm.W | Perm.X)
show("none", Perm(0))
show("RW", Perm.RW)
print(list(Perm.RW), list(Perm(7)), len(Perm(7)), Perm.R in Perm.RW, bool(Perm(0)))
print(~Perm.R, ~Perm.RW, Perm.RW & ~Perm.W, Perm.RW ^ Perm.R)
for m in Mode:
    show("Mode", m)
show("Mode|", Mode.READ | Mode.EXEC)
show("Mode0", Mode(0))
show("Mode+", Mode(15))
print(Mode.READ | 8, Mode.READ + 1, ~Mode.READ, Mode(7) & 3, repr(Mode(12)))
print(int(Mode.READ | Mode.WRITE), f"{Mode.READ | Mode.WRITE:x}")
for m in Shape:
    show("Shape", m)

for bad in [lambda: Color(9), lambda: Color["PINK"], lambda: Level(0), lambda: Perm(8), lambda: Method("put")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)

print(Perm.__members__.keys(), Perm._member_names_)
print(repr(Color), repr(Perm), Color.__name__, Color.RED.__class__)
print(enum.Flag.__mro__[1:], IntFlag.__mro__)
print(isinstance(Level.LOW, int), isinstance(Method.GET, str), type(Mode.READ | Mode.WRITE))
print(Color.RED.__reduce_ex__(4))
print(dir(Color.RED))
print(sorted(dir(Color)))
