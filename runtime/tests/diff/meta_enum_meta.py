import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

print(list(Color), Color.CRIMSON is Color.RED, Color("green"), Color(3).hex)
print(list(Color.__members__), Color.__members__["CRIMSON"])
try:
    Color(7)
except ValueError as e:
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
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
print(len(Color), Color.RED in Color, type(Color).__name__, isinstance(Color.RED, Color))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

try:
    class Extend(Color):
        PINK = 9
except TypeError as e:
    print(type(e).__name__, e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)
for p in Planet:
    print(p.name, p.value, round(p.gravity, 2))

class Ordinal(str, Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count}:{name.lower()}"
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print([m.value for m in Ordinal], Ordinal.FIRST == "0:first", Ordinal.SECOND.upper(), f"{Ordinal.THIRD}", str(Ordinal.THIRD))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rwx = Perm.R | Perm.W | Perm.X
print(rwx, Perm.RW, Perm.R in Perm.RW, list(rwx), ~Perm.R, Perm(0), bool(Perm(0)))
print(Perm(5), repr(Perm(6)), Perm.RW.name, (Perm.R | Perm.X).name)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | 4, Mode(7), Mode.A + 1, repr(Mode.B & 3), int(Mode.A | Mode.B))

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK + 1, Status(404), sorted([Status.NOT_FOUND, Status.OK]), Status.OK < 300, f"{Status.OK}", f"{Status.OK!r}", format(Status.OK, "05d"))

# functional API
Animal = Enum("Animal", "ANT BEE CAT", module=__name__)
print(list(Animal), Animal.BEE.value, Animal.__qualname__)
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(Shape(3), Shape.SQUARE.value)

# members with methods / descriptors / nonmember / member
class Op(Enum):
    ADD = "+"
    SUB = "-"
    _ignore_ = ["tmp"]
    tmp = 5
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
    @classmethod
    def parse(cls, s):
        return cls(s)
print(Op.parse("-").apply(5, 3), hasattr(Op, "tmp"), list(Op))

class Weekday(Enum):
    MON = 1
    TUE = 2
    __private = 99
    _sunder_ok = enum.nonmember(7)
print(list(Weekday), Weekday._sunder_ok)
try:
    class BadSunder(Enum):
        _bad_ = 1
except ValueError as e:
    print(type(e).__name__, e)

class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}={self.value}"
class Concrete(Base):
    X = 1
print(Concrete.X.describe(), Concrete.X.__class__.__mro__[1].__name__)
print(Color.RED.__reduce_ex__(4)[0].__name__, hash(Color.RED) == hash(Color.RED))
print(dir(Color.RED)[:6])
print(sorted(k for k in dir(Color) if not k.startswith("__")))
