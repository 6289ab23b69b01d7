# Numeric hash invariants and equality across int/float/bool/complex; dict key merging.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0) == hash(0j))
print(hash(-1), hash(-2), hash(1), hash(0), hash(10 ** 6), hash(True), hash(None) == hash(None))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1.5), hash(0.5), hash(-0.5), hash(2.0), hash(1e100) == hash(10 ** 100) if False else "skip")
print(hash(float("inf")), hash(float("-inf")), hash(2 ** 100) == hash(2.0 ** 100))
print(hash(3 + 4j) == hash(3 + 4j), hash(1j) == hash(1j))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool first"}
d2[1] = "int second"
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(1 == 1.0, 1.0 == True, 0.1 + 0.2 == 0.3, 10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 0.5 == 1.4142135623730951)
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, "1" == 1, b"1" == "1", [1] == [1.0], (1, 2.0) == (1.0, 2))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
pts = {Pt(1, 2): "a", Pt(1, 2): "b", Pt(2, 1): "c"}
print(pts, Pt(1, 2) in pts, len({Pt(0, 0), Pt(0, 0)}))
class EqNoHash:
    def __eq__(self, o):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError", e)
print(EqNoHash.__hash__)
class Default:
    pass
print(hash(Default()) == hash(Default()) if False else "default hash is identity-based")
x = Default()
print(hash(x) == hash(x), {x: 1}[x])
class ConstHash:
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self is o
print(hash(ConstHash()), len({ConstHash(), ConstHash()}))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
for unh in ([], {}, set(), bytearray()):
    try:
        hash(unh)
    except TypeError as e:
        print("TypeError", e)
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
