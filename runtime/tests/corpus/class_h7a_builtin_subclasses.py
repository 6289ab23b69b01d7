class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
class MyStr(str): pass
class MyFloat(float): pass
class MySet(set): pass
class MyFS(frozenset): pass
class MyList(list): pass
class MyTuple(tuple): pass
class MyDict(dict): pass
a = MyInt(5)
for v in [a + 1, 1 + a, a * 2, -a, abs(a), a // 2, a ** 2, a & 3, a << 1, +a, ~a, divmod(a, 2), round(a), int(a), a.real, a.numerator, a.conjugate()]:
    print(type(v).__name__, repr(v), end=" | ")
print()
s = MyStr("Hello")
for v in [s + "x", s * 2, s.upper(), s[1:], s[0], str(s), s.strip(), s.replace("l", "L"), "%s" % s, f"{s}", s.join(["a", "b"]), s.split("l"), s.partition("e"), s.zfill(7), s.center(9), s.lower(), s.title()]:
    print(type(v).__name__, end=" ")
print()
f = MyFloat(2.5)
for v in [f + 1, f * 2, -f, abs(f), round(f), round(f, 1), f // 1, f.real, float(f), f.conjugate(), divmod(f, 1)]:
    print(type(v).__name__, end=" ")
print()
ms = MySet({1, 2, 3})
for v in [ms | {4}, {4} | ms, ms & {1}, ms - {1}, ms ^ {9}, ms.copy(), ms.union([5]), ms.intersection({1}), ms.difference(), ms.symmetric_difference({1})]:
    print(type(v).__name__, end=" ")
print()
fs = MyFS({1, 2})
for v in [fs | {4}, fs & {1}, fs.copy(), frozenset(fs), fs.union(), {1} | fs]:
    print(type(v).__name__, end=" ")
print()
ml = MyList([1, 2]); mt = MyTuple((1, 2)); md = MyDict(a=1)
for v in [ml + [3], ml * 2, ml[:1], ml.copy(), [3] + ml, mt + (3,), mt[:1], mt * 2, md.copy(), md | {}, dict(md), list(ml), tuple(mt)]:
    print(type(v).__name__, end=" ")
print()
print(True + True, True * 3, -True, True / 2, True // 1, True & False, True | 2, True ^ True, ~True, type(True & True).__name__, type(True | 2).__name__, repr(True << 1))
print(MyInt(3) == 3, hash(MyInt(3)) == hash(3), {MyInt(1): "a"}[1], isinstance(MyInt(1), int), MyInt("12", 8) if False else MyInt("12", base=8), str(MyInt(7)), format(MyInt(255), "x"))
print(MyStr("a") == "a", {"a": 1}[MyStr("a")], MyStr("abc").__class__.__name__, repr(MyStr("q")), MyStr(5), len(MyStr("xyz")))
print(repr(MyFloat(1.0)), str(MyFloat(0.1)), MyFloat("1e3"), MyFloat(3) == 3, f"{MyFloat(2):.2f}")
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda s: s[0])
    def __add__(s, o): return Pt(s[0] + o[0], s[1] + o[1])
p = Pt(1, 2) + Pt(3, 4); print(p, p.x, type(p).__name__, p == (4, 6), Pt(0, 0) < Pt(0, 1))
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Upper("abc"), Upper("x") + "y", type(Upper("a")).__name__)
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError(f"below absolute zero: {v}")
        return super().__new__(cls, v)
    def __str__(self): return f"{float(self):.1f}°C"
print(Celsius(21.5), str(Celsius(0)), repr(Celsius(3)), Celsius(10) + 5)
try: Celsius(-300)
except ValueError as e: print(e)
