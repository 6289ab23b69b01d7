import pickle
import copy
from enum import Enum, IntEnum, Flag, auto, STRICT, CONFORM, EJECT, KEEP, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, property as enum_property


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius ** 2), 3)


for p in Planet:
    print(p, p.value, p.mass, p.gravity)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return cls.UNKNOWN


print(Status("ACTIVE"), Status("Inactive"), Status(42), Status("zzz"))


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Bad(5)
except Exception as e:
    print(type(e).__name__, e, "| cause:", type(e.__context__).__name__ if e.__context__ else None)


class Name(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")

    FIRST_ONE = auto()
    SECOND = auto()
    THIRD_ITEM = auto()


print([m.value for m in Name])


class Counted(IntEnum):
    A = 10
    B = auto()
    C = auto()
    D = 50
    E = auto()


print([(m.name, m.value) for m in Counted])


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    SAT = 6
    SUN = 7

    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    def __str__(self):
        return self.name.title()


def classify(day):
    match day:
        case Weekday.SAT | Weekday.SUN:
            return "weekend"
        case Weekday.MON:
            return "ugh"
        case Weekday(value=v) if v < 4:
            return f"midweek {v}"
        case _:
            return "other"


for d in Weekday:
    print(d, repr(d), classify(d), d.is_weekend())

for obj in [Planet.EARTH, Status.ACTIVE, Counted.C, Weekday.SUN, Name.SECOND]:
    data = pickle.dumps(obj)
    back = pickle.loads(data)
    print(repr(back), back is obj, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, pickle.loads(pickle.dumps(Animal.CAT)) is Animal.CAT)
Sizes = IntEnum("Sizes", [("S", 1), ("M", 5), ("L", 10)])
print(list(Sizes), Sizes(5), Sizes.L > Sizes.M)
Mapped = Enum("Mapped", {"X": "ex", "Y": "why"})
print(Mapped.X, Mapped("why"))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print("ValueError:", e)
print(repr(Conform(7)), repr(Keep(7)), repr(Eject(7)), type(Eject(7)).__name__)

try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    @verify(CONTINUOUS)
    class C(IntEnum):
        A = 1
        B = 2
        D = 4
except ValueError as e:
    print("ValueError:", e)


class WithMember(Enum):
    A = 1
    helper = nonmember(5)

    @member
    def func():
        return 3


print(list(WithMember.__members__), WithMember.helper)

try:
    class Extend(Weekday):
        FRI = 5
except TypeError as e:
    print("TypeError:", e)

try:
    Weekday.MON.value = 4
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

try:
    del Weekday.MON
except AttributeError as e:
    print("AttributeError:", e)
print(Weekday.MON in Weekday, 1 in [m.value for m in Weekday])
print(hash(Weekday.MON) == hash(Weekday.MON), {Weekday.MON: 1}[Weekday.MON])


class Picky(Enum):
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(f"no {value}")


try:
    Picky(2)
except KeyError as e:
    print("KeyError", e, repr(e.__context__))
