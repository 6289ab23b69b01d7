# enum.global_enum and its repr/str helpers.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, global_enum, global_enum_repr, global_flag_repr, global_str

@global_enum
class Mode(Enum):
    READ = 1
    WRITE = 2
print(READ, repr(READ), str(WRITE), Mode(2) is WRITE, f"{READ}", [repr(m) for m in Mode])

@global_enum
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(LOW, repr(HIGH), str(HIGH), f"{HIGH}", LOW + 1)

@global_enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm(0)), str(R | X), str(Perm(0)))

@global_enum
class Bits(IntFlag):
    A = 1
    B = 2
print(repr(A), repr(A | B), repr(Bits(5)), repr(Bits(0)), str(A | B), f"{A | B}")

class Color(StrEnum):
    RED = "r"
Color = global_enum(Color, update_str=True)
print(RED, repr(RED), str(RED), f"{RED}")
class Plain(Enum):
    Q = 1
print(global_enum_repr(Plain.Q), global_str(Plain.Q), global_flag_repr(Bits.A | Bits.B))
print(sorted(n for n in enum.__all__ if n.startswith("global")))
