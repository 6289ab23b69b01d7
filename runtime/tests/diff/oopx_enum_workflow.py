"""Ticketing workflow: StrEnum/IntFlag/Flag boundaries, enum methods, mixins and aliases."""
import enum
from dataclasses import dataclass
from enum import Enum, StrEnum, IntEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


class Status(StrEnum):
    OPEN = auto()
    IN_PROGRESS = auto()
    CLOSED = "done"

    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower().replace(" ", "_"))


class Severity(IntEnum):
    TRIVIAL = 1
    MINOR = 2
    MAJOR = 3
    CRITICAL = 4

    def __str__(self):
        return self.name.title()

    @property
    def needs_pager(self):
        return self >= Severity.MAJOR


class Access(Flag, boundary=enum.STRICT):
    VIEW = 1
    COMMENT = 2
    EDIT = 4


class Loose(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class Kept(IntFlag, boundary=enum.KEEP):
    X = 1
    Y = 2


class Ejected(Flag, boundary=enum.EJECT):
    P = 1
    Q = 2


@dataclass(frozen=True)
class Team:
    label: str
    size: int


class Owner(Team, Enum):
    CORE = "core", 5
    INFRA = "infra", 3


class Shape(Enum):
    SQUARE = 1
    BOX = 1
    CIRCLE = 2
    _ignore_ = ["tmp"]
    tmp = 99

    def describe(self):
        return f"{self.name.lower()}#{self.value}"


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int):
            return cls((value - 1) % 3 + 1)
        return super()._missing_(value)


def main():
    print(list(Status), Status.OPEN, Status.IN_PROGRESS.value, Status.parse(" In Progress "), Status("done"))
    print(Status.OPEN == "open", "open" in Status._value2member_map_, f"{Status.CLOSED}", "%s" % Status.OPEN, Status.OPEN.upper())
    print(repr(Status.CLOSED), str(Status.CLOSED), format(Status.CLOSED, ">6"), len(Status.OPEN), sorted(Status))
    try:
        Status.parse("nope")
    except ValueError as e:
        print("ValueError:", e)
    print([str(s) for s in Severity], Severity.MAJOR.needs_pager, Severity.MINOR.needs_pager, f"{Severity.MAJOR}", f"{Severity.MAJOR:d}", repr(Severity.MINOR))
    print(Severity(3) + 1, Severity.CRITICAL // 2, [s for s in Severity if s % 2 == 0], max(Severity), Severity["MINOR"] < 3)

    perm = Access.VIEW | Access.EDIT
    print(perm, repr(perm), perm.value, Access.COMMENT in perm, list(perm), ~perm)
    try:
        Access(8)
    except ValueError as e:
        print("ValueError:", e)
    print(Loose(7), repr(Loose(7)), Kept(7), repr(Kept(7)), Kept(7).value, Ejected(7), type(Ejected(7)).__name__, Ejected(3))
    print(Access.__members__.keys(), Access._boundary_, Kept._boundary_)
    print(Owner.CORE, repr(Owner.INFRA), Owner.CORE.size, Owner.INFRA.name, Owner.CORE.value)
    print(list(Shape), Shape.BOX, Shape.BOX is Shape.SQUARE, Shape(1).describe(), list(Shape.__members__), hasattr(Shape, "tmp"))
    print(Weekday.WED.next(), Weekday(5), Weekday.MON.next().next())
    try:
        Weekday("x")
    except ValueError as e:
        print("ValueError:", e)

    try:
        @verify(UNIQUE)
        class Color(Enum):
            RED = 1
            CRIMSON = 1
    except ValueError as e:
        print("ValueError:", e)
    try:
        @verify(CONTINUOUS)
        class Levels(IntEnum):
            ONE = 1
            THREE = 3
    except ValueError as e:
        print("ValueError:", e)
    try:
        @verify(NAMED_FLAGS)
        class Bits(Flag):
            A = 1
            AB = 3
    except ValueError as e:
        print("ValueError:", e)

    class Ordered(Enum):
        def __lt__(self, other):
            if type(self) is type(other):
                return self.value < other.value
            return NotImplemented
        LOW = 1
        HIGH = 3
        MID = 2
    print(sorted(Ordered), Ordered.LOW < Ordered.MID)
    try:
        Ordered.LOW < Severity.MINOR
    except TypeError as e:
        print("TypeError:", e)
    tickets = {Severity.MAJOR: ["T-1"], Status.OPEN: ["T-2"]}
    print(tickets[3], tickets["open"], Severity.MAJOR in {3}, hash(Status.OPEN) == hash("open"))
    print(enum.unique(Weekday) is Weekday, isinstance(Status.OPEN, str), isinstance(Severity.MINOR, int), type(Status.OPEN).__mro__)
    print(Access(0), bool(Access(0)), Access.VIEW & Access.EDIT, Access.VIEW ^ Access.VIEW, Kept.X | 8, Kept(12))
    Dyn = StrEnum("Dyn", ["ALPHA", "BETA"])
    print(list(Dyn), Dyn.ALPHA == "alpha")
    Num = IntEnum("Num", {"ONE": 1, "TEN": 10})
    print(list(Num), Num(10).name, Num.__module__ == __name__, Num.__qualname__)


main()
