from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color.__members__))
print([m.name for m in Color.__members__.values()])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
print(Color.RED == 1, Color.RED in Color, isinstance(Color.RED, Color))
print(f"{Color.GREEN}", f"{Color.GREEN!r}", str(Color.GREEN), format(Color.GREEN, ""))

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def label(self):
        return self.name.title()

s = State.IDLE
for _ in range(4):
    print(s, s.value, s.label)
    s = s.next()

class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Prio.MID + 1, Prio.HIGH > Prio.LOW, sorted([Prio.HIGH, Prio.LOW, 3]), Prio(5))
print(f"{Prio.HIGH}", str(Prio.HIGH), repr(Prio.HIGH), format(Prio.LOW, "03d"))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), rw.value)
print(list(rw), ~Perm.R, Perm.R & Perm.W)
print(Perm(7), Perm(0))

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.C, Bits(3), Bits.A | 8, int(Bits.B | Bits.C), repr(Bits(6)))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p.name, p.value, round(p.gravity, 2))

class Shape(str, Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
print(Shape.SQUARE == "sq", Shape("ci"), Shape.SQUARE.upper(), f"{Shape.SQUARE}")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Fruit = Enum("Fruit", [("APPLE", 10), ("PEAR", 20)])
print(Fruit(20), Fruit.APPLE)

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.__class__.__name__, type(Color).__name__)
print({Color.RED: "r", Color.BLUE: "b"}[Color.CRIMSON])
print(Perm.R.name, rw.name, Perm(0).name)
class Weekday(IntFlag):
    MON = auto()
    TUE = auto()
    WED = auto()
print(list(Weekday), Weekday.WED.value)
print(Color.RED._value_, Color._member_names_, enum.Enum.__name__)
