import enum
from enum import Enum, Flag, IntFlag, member, nonmember, STRICT, KEEP, CONFORM
class E(Enum):
    _order_ = "A B f"
    A = 1
    B = 2
    C = nonmember(3)
    @member
    def f():
        return "f"
print([m.name for m in E], E.C, E.f.value(), repr(E.A))
try:
    class Bad(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, str(e).split("\n")[0])
class S(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    S(4)
except ValueError as e:
    print(type(e).__name__, e)
class K(Flag, boundary=KEEP):
    A = 1
print(repr(K(5)))
print(enum.FlagBoundary.STRICT, repr(CONFORM))
class T(Enum):
    X = 1
    @enum.property
    def double(self):
        return self.value * 2
print(T.X.double)
from enum import Flag, STRICT, KEEP, EJECT, CONFORM
class S(Flag, boundary=STRICT):
    A = 1
    B = 2
print("made")
try:
    S(4)
except ValueError as e:
    print(e)
class K(Flag, boundary=KEEP):
    A = 1
print(repr(K(5)))
class Ej(Flag, boundary=EJECT):
    A = 1
print(repr(Ej(3)), repr(Ej(1)))
class Co(Flag, boundary=CONFORM):
    A = 1
    B = 4
print(repr(Co(7)), list(enum.FlagBoundary))
