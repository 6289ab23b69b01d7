from enum import Flag, IntFlag, Enum, auto
class F(Flag):
    A = 1
    C = 4
    B = 2
print(repr(F.A|F.B|F.C), list(F), list(F(7)), repr(~F.C))
class G(Flag):
    X = 4
    Y = 1
print(repr(G.X|G.Y), list(G(5)))
class E(Enum):
    A = 1
print(dir(E.A), dir(E))
class I(IntFlag):
    A = 1
    B = 2
print(repr(I(8)), repr(I(9)), repr(~I(0)), repr(I.A | 16), str(F.A|F.B), format(F.A))
class F(Flag):
    A = 1
    B = 2
    D = 8
for v in (4, 5, 16, -2, -9, 20):
    try:
        print(repr(F(v)))
    except ValueError as e:
        print(type(e).__name__, e)
class I(IntFlag):
    A = 1
    B = 2
for v in (-1, -3, 4, 6):
    print(repr(I(v)), I(v))
