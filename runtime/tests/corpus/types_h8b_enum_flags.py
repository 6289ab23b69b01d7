"""Permissions and status codes with enum."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    MISSING = 404
    ERROR = 500

    @property
    def is_error(self):
        return self >= 400

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

    def __str__(self):
        return self.name.title()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return super()._missing_(value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    THU = auto()
    FRI = auto()
    SAT = auto()
    SUN = auto()

    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)


class Lower(str, Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()


print(list(Perm))
print(Perm.RW, Perm.ALL, Perm.NONE)
print(repr(Perm.READ | Perm.EXEC))
p = Perm.READ | Perm.WRITE
print(p, p is Perm.RW, Perm.READ in p, Perm.EXEC in p, bool(Perm.NONE))
print(p & Perm.WRITE, p ^ Perm.ALL, ~p, ~Perm.ALL)
print([m.name for m in Perm.ALL])
print(Perm(5), Perm(7).name, Perm(0).name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
print(len(Perm), list(Perm.__members__))

print(Status(404), Status.MISSING is Status.NOT_FOUND, Status.MISSING.name)
print(Status("201"), Status.OK + 1, Status.ERROR.is_error, Status.OK.is_error)
print(sorted([Status.ERROR, Status.OK, 300]))
print(list(Status), len(Status))
print(list(Status.__members__.items())[3])
print(f"{Status.OK} {Status.OK!r} {Status.OK:>6} {Status.OK.value:05d}")
for bad in (999, "abc", None):
    try:
        Status(bad)
    except ValueError as e:
        print("ValueError:", e)

print(Color("g"), Color("BLUE"), repr(Color("red")))
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), Color.BLUE.value)
try:
    Color("purple")
except ValueError as e:
    print("ValueError:", e)
print(Color["RED"], Color.RED.name, Color.RED == "r", Color.RED in Color)
try:
    Color["red"]
except KeyError as e:
    print("KeyError:", e)

for pl in Planet:
    print(f"{pl.name:8} mass={pl.mass:.3e} g={pl.surface_gravity:.2f}")
print(Planet.EARTH.value)

print([d.name for d in Weekday if d.is_weekend()], Weekday.WED.value)
print(Weekday(3), Weekday.FRI > Weekday.MON if hasattr(Weekday, "__gt__") and False else "unordered")
try:
    Weekday.FRI > Weekday.MON
except TypeError as e:
    print("TypeError:", e)

print(Lower.ALPHA, Lower.BETA.value, Lower.ALPHA == "alpha", Lower("beta"))
print(Lower.ALPHA.upper(), isinstance(Lower.ALPHA, str))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class Ext(Color):
        PINK = "p"
except TypeError as e:
    print("TypeError:", e)

try:
    Color.RED = "x"
except AttributeError as e:
    print("AttributeError:", e)

try:
    Color.RED.value = "x"
except AttributeError as e:
    print("AttributeError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(Shape(3), Shape.SQUARE.value)

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

m = Mode.R | Mode.X
print(m, repr(m), int(m), m | 8, Mode(7))
print(Mode.R + 1, Mode.R & 6, Mode(0))

d = {Color.RED: 1, Color.GREEN: 2}
print(d[Color("r")], Color.RED.__hash__ is not None)
print(enum.unique is unique, Perm.READ.value, Perm.EXEC.value, Perm.ALL.value)
print(Status.__members__["MISSING"], Status._member_map_ is not None)
print(sorted(Color, key=lambda c: c.value))
print(Status.NOT_FOUND.__class__.__name__, type(Status).__name__)
