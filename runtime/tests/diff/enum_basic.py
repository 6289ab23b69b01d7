from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(1), Color(3), Color['GREEN'], Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color.__members__)
print(Color.RED.describe(), Color.BLUE.lower, Color.default())
print(type(Color.RED), repr(Color), isinstance(Color.RED, Color), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(f"{Color.RED}", format(Color.BLUE), "%s" % Color.GREEN, str(Color.RED))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
for bad in [lambda: Color(7), lambda: Color["PURPLE"], lambda: Color("RED")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, Num(2), sorted([Num.TWO, Num.ONE]))
print(f"{Num.ONE}", format(Num.TWO, "03d"), int(Num.TWO), isinstance(Num.ONE, int), [1, 2, 3][Num.ONE])

class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y == "why", S.X.upper(), f"{S.Y}")

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W | Perm.X), repr(Perm(0)), repr(~Perm.R))
print(list(Perm), len(Perm), list(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W), Perm.X in Perm.R)
print(bool(Perm(0)), bool(Perm.R), (Perm.R | Perm.W) & Perm.W, repr(Perm), Perm.RWX.name)

class Shape(IntFlag):
    CIRCLE = auto()
    SQUARE = auto()
    TRI = auto()
print(repr(Shape.CIRCLE | Shape.TRI), Shape.SQUARE | 1, Shape.TRI + 1, Shape.TRI == 4, list(Shape), repr(Shape(3)))

@unique
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))
try:
    @unique
    class NotOk(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))

class Missing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
        return None
print(Missing("A"))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Fruit = Enum("Fruit", [("APPLE", 5), ("PEAR", 7)])
print(Fruit(7), Fruit.APPLE.value)

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
print(hash(Color.RED) == hash(Color.CRIMSON))
