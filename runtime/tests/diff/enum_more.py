import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto
import copy

class Mood(str, Enum):
    HAPPY = "happy"
    SAD = "sad"
print(Mood.HAPPY, repr(Mood.HAPPY), Mood.HAPPY == "happy", Mood("sad"), Mood.SAD.upper(), isinstance(Mood.SAD, str))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY.value, Coord.PY.label, Coord(0))

class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
    B = 2
    A = 1
    C = 3
print(sorted(Ordered), Ordered.A < Ordered.B, max(Ordered))

class Weekday(Enum):
    MON = 1
    TUE = 2
    _ignore_ = []
    @staticmethod
    def helper():
        return "static"
    _private = 5
print(list(Weekday), Weekday.helper(), Weekday._private, Weekday.MON.helper())
print(copy.copy(Weekday.MON) is Weekday.MON, copy.deepcopy(Weekday.TUE) is Weekday.TUE)
print({Weekday.MON: 1}.get(Weekday(1)), Weekday.MON.__class__.__name__, type(Weekday).__name__)
print(isinstance(Weekday, enum.EnumMeta), issubclass(Weekday, Enum), enum.EnumMeta is enum.EnumType)

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404), Status.OK == 200, Status.OK in [200], hash(Status.OK) == hash(200) or True, Status.NOT_FOUND.name)
print(sorted([Status.NOT_FOUND, 300, Status.OK]), Status.OK // 100, "%d" % Status.OK, "{:>6}".format(Status.OK))
try:
    Status(500)
except ValueError as e:
    print(type(e).__name__, e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print([c.value for c in Color], repr(Color.RED | Color.BLUE), Color(3), Color.RED ^ Color.RED, repr(Color(0)))
white = Color.RED | Color.GREEN | Color.BLUE
print(repr(white), len(white), list(white), Color.GREEN in white, repr(white & ~Color.GREEN))
try:
    Color.RED | 1
except TypeError as e:
    print(type(e).__name__, e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), Perm.R | Perm.W, Perm.R & 4, repr(Perm.R & 4), Perm.R + Perm.W, repr(Perm(7)), list(Perm(5)))
print(Perm.R == 4, bool(Perm(0)), repr(Perm(0)), Perm.R in Perm(6), isinstance(Perm.R, int))

class Animal(Enum):
    DOG = auto()
    CAT = auto()
print(Animal.DOG.value, Animal.CAT.value, list(Animal.__members__), Animal.DOG in Animal)
try:
    1 in Animal
except TypeError as e:
    print(type(e).__name__, e)
print(Animal["DOG"] is Animal.DOG, getattr(Animal, "CAT"), Animal.DOG.name.lower())
