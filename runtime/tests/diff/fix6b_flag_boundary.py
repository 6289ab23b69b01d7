# Flag boundaries: Flag's CONFORM default held per class, KEEP's inversion and negative values.
import enum
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
class F(Flag):
    A = 1
    B = 2
for v in [3, 8, 11, -1, 0]:
    try:
        print(v, repr(F(v)))
    except ValueError as e:
        print(v, "ValueError:", e)
print(F._boundary_, IntFlag._boundary_, Flag._boundary_, F.__dict__.get("_boundary_"))
class S(Flag, boundary=STRICT):
    A = 1
class C(Flag, boundary=CONFORM):
    A = 1
class E(Flag, boundary=EJECT):
    A = 1
class K(Flag, boundary=KEEP):
    A = 1
for cls in [S, C, E, K]:
    for v in [1, 3, 4]:
        try:
            print(cls.__name__, v, repr(cls(v)))
        except ValueError as e:
            print(cls.__name__, v, "ValueError:", e)
print(repr(~F.A), repr(~F(0)), repr(F.A ^ F.B), list(F(3)), len(F(3)), F(3).name, F(0).name, bool(F(0)), F.A in F(3))
class I(IntFlag):
    X = 1
    Y = 4
print(repr(I(2)), repr(~I.X), repr(I.X | 2), I(7).name, list(I(7)), repr(I(-1)))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print([repr(~m) for m in [P.R, P.W | P.X, P(0), P(7), P(8), P(15)]], repr(~K.A), repr(~K(4)), repr(~C.A), repr(~S.A))
print([repr(P(v)) for v in [-1, -2, -8, -9, -100]], [repr(F(v)) for v in [-1, -2, -3]])
print(repr(P.R & 6), repr(P.R ^ P.W), repr(6 | P.X), repr(P.R + 1), repr(-P.R))
