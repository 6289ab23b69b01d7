import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Prio(IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()

    def sides(self):
        return {Shape.CIRCLE: 0, Shape.SQUARE: 4}[self]

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Mode(str, Enum):
    READ = "r"
    WRITE = "w"


print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], Color.__members__.keys() >= {"CRIMSON"})
print(Color.RED.name, Color.RED.value, Color.BLUE == 3, Color.BLUE.value == 3)
print(Perm.R | Perm.W, Perm.RW, Perm.R in Perm.RW, Perm.X in Perm.RW, bool(Perm(0)), Perm(0))
print(repr(Perm.R | Perm.X), list(Perm), Perm.RW.value, ~Perm.R, Perm(7))
print((Perm.R | Perm.W | Perm.X) & ~Perm.W, Perm.RW ^ Perm.W)
print(Prio.LOW < Prio.HIGH, Prio.MID + 1, Prio(20), sorted([Prio.HIGH, Prio.LOW]), Prio.HIGH == 30)
print(f"{Prio.LOW}", str(Prio.MID), repr(Prio.MID), int(Prio.HIGH), format(Prio.LOW, ">5"))
print(Shape.CIRCLE.value, Shape.SQUARE.sides(), Shape.parse("circle"), Shape.CIRCLE.name)
for p in Planet:
    print(p.name, p.value, round(p.gravity, 2))
print(Mode.READ == "r", Mode("w"), Mode.READ.value, f"{Mode.WRITE.value}", isinstance(Mode.READ, str))
print({Color.RED: "r", Color.BLUE: "b"}[Color.CRIMSON])
print(Color.RED in Color, hasattr(Color, "RED"), type(Color.RED).__name__, isinstance(Color.RED, Color))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)


class F(IntFlag):
    A = 1
    B = 2
    C = 4


print(F.A | F.B, F.A | 8, int(F.C | F.A), F(3), F.A & 3, F.B in F(6), list(F(7)))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Sev = IntEnum("Sev", [("LOW", 1), ("HIGH", 5)])
print(Sev.HIGH > Sev.LOW, Sev.HIGH * 2)


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    B = 2
    A = 1
    C = 3


print(sorted(Ordered), max(Ordered), Ordered.A < Ordered.C)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)
