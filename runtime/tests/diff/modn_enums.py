"""Permission system with StrEnum, IntFlag, Flag and auto."""
import enum
from enum import Enum, StrEnum, IntFlag, Flag, IntEnum, auto, unique


class Role(StrEnum):
    ADMIN = auto()
    EDITOR = auto()
    VIEWER = "view-only"


class Perm(IntFlag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | DELETE | SHARE


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

    @classmethod
    def parse(cls, text: str) -> "Priority":
        try:
            return cls[text.upper()]
        except KeyError:
            return cls.LOW

    @property
    def urgent(self) -> bool:
        return self >= Priority.HIGH


@unique
class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"

    def __str__(self) -> str:
        return self.value.title()


class Shape(Enum):
    SQUARE = 4
    DIAMOND = 4
    TRIANGLE = 3


ROLE_PERMS = {Role.ADMIN: Perm.ALL, Role.EDITOR: Perm.RW | Perm.SHARE, Role.VIEWER: Perm.READ}

print(list(Role), [str(r) for r in Role], Role.ADMIN == "admin", Role("view-only"))
print(f"{Role.EDITOR}", f"{Role.EDITOR!r}", Role.EDITOR.upper(), "admin" in Role.__members__)
print(Role.ADMIN.name, Role.ADMIN.value, type(Role.ADMIN.value), isinstance(Role.ADMIN, str))
for role, perms in ROLE_PERMS.items():
    print(f"{role:8}|{perms!r}|{perms}|{int(perms)}|{[p.name for p in perms]}")
    print("   can delete:", Perm.DELETE in perms, "len", len(perms))

p = Perm.READ | Perm.DELETE
print(repr(p), p.name, p.value, ~p, repr(~p), Perm(3), Perm(0), repr(Perm(0)))
print(p & Perm.RW, p ^ Perm.ALL, p | 16, repr(p | 16), Perm.RW in Perm.ALL)
print(list(Perm), list(Perm.__members__), Perm.ALL.name, Perm.RW.name)
print(bool(Perm(0)), Perm.READ + 1, Perm.WRITE * 2)

c = Color.RED | Color.BLUE
print(repr(c), str(c), c.name, list(c), Color.WHITE in Color.WHITE, Color.RED in c)
print(repr(~Color.RED), repr(Color(0)), list(Color), len(Color), repr(Color.WHITE ^ Color.GREEN))
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)

tasks = [("deploy", "high"), ("docs", "low"), ("review", "medium"), ("fix", "urgent")]
for name, pri in sorted(tasks, key=lambda t: Priority.parse(t[1]), reverse=True):
    pr = Priority.parse(pri)
    print(f"{name:7} {pr!r} {pr} {pr.urgent} {pr + 0} {pr:>5}")
print(max(Priority), sorted(Priority, reverse=True), Priority(5), Priority.MEDIUM < 7)
print(Status.OPEN, repr(Status.CLOSED), Status("closed"), f"{Status.OPEN}", Status.OPEN.value)
print(list(Shape), Shape.DIAMOND is Shape.SQUARE, Shape(4), list(Shape.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Status("pending")
except ValueError as e:
    print("ValueError:", e)
try:
    Status.OPEN = "x"
except AttributeError as e:
    print("AttributeError:", e)

Dyn = Enum("Dyn", "ALPHA BETA GAMMA")
print(list(Dyn), Dyn.BETA.value, Dyn["GAMMA"])
Fl = IntFlag("Fl", ["X", "Y", "Z"])
print(repr(Fl.X | Fl.Z), Fl.Z.value)
print(enum.Flag.__members__ if False else "", type(Role.ADMIN).__mro__[:3])
print({r: len(ROLE_PERMS[r]) for r in Role})
