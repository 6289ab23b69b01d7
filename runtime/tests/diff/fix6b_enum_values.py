# Enum member values: CPython's rules for tuples, data types without a usable value and StrEnum's checks.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag
class N(Enum):
    A = None
    B = ()
    C = (1,)
    D = (1, 2)
    E = []
print(type(N.B.value).__name__, N.C.value, N.D.value, N.E.value, len(N))
try:
    N(())
except ValueError as e:
    print("ValueError:", e)
print(N.B.value is N.B._value_, N.B.value == N.B.value, N(N.B.value) is N.B)
class I(IntEnum):
    A = "5"
    B = 2.0
    C = ("11", 2)
print(I.A.value, type(I.A.value).__name__, I.B.value, type(I.B.value).__name__, I.C.value, I(5), I(3))
class F(float, Enum):
    A = "1.5"
    B = 2
print(F.A.value, F.B.value, type(F.B.value).__name__, F(1.5))
class S(str, Enum):
    A = b"ab", "ascii"
    B = 5
print(S.A.value, S.B.value, type(S.B.value).__name__, repr(S.A))
class SE(StrEnum):
    X = "x"
print(SE.X.value)
try:
    class SE2(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)
class T(tuple, Enum):
    A = (1, 2)
    B = ()
    C = [3]
print(T.A.value, T.B.value, T.C.value, type(T.C.value).__name__)
try:
    class L(list, Enum):
        A = (1, 2)
        B = [3]
except TypeError as e:
    print("TypeError:", e)
class L2(list, Enum):
    A = [1, 2]
    B = ((3, 4),)
print(L2.A.value, L2.B.value, type(L2.A.value).__name__)
class SE3(StrEnum):
    A = b"ab", "ascii"
    B = b"c\xff", "ascii", "replace"
print(SE3.A.value, SE3.B.value, SE3("ab"))
for args in [(b"a", 1), (b"a", "ascii", 2), ("a", "b", "c", "d")]:
    try:
        StrEnum("X", [("A", args)])
    except TypeError as e:
        print("TypeError:", e)
class Init(Enum):
    A = (1, "one")
    B = 2
    def __init__(self, *args):
        self.args = args
print(Init.A.value, Init.A.args, Init.B.args)
class NewV(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(args)
        return obj
    A = (1, 2, 3)
    B = "x"
    C = ()
print(NewV.A.value, NewV.B.value, NewV.C.value)
class Fl(Flag):
    A = 1
    B = "2" if False else 2
print(Fl.A.value, Fl(3).value)
class IFl(IntFlag):
    A = "4"
print(IFl.A.value, type(IFl.A.value).__name__)
