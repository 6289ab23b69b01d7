from collections import namedtuple
import copy

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__, Point.y.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__, repr(Point), Point.__bases__, Point.__match_args__)
print(len(p), list(p), tuple(p), p + (3,), p * 2, p == (1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, Point(x=7, y=8), Point(1, y=2))
show("missing arg", lambda: Point(1))
show("extra arg", lambda: Point(1, 2, 3))
show("bad kw", lambda: Point(1, z=2))
show("dup kw", lambda: Point(1, x=2))
show("make short", lambda: Point._make([1]))
show("replace bad", lambda: p._replace(z=1))
try:
    p.x = 5
except AttributeError:
    print("setattr AttributeError")
show("new attr", lambda: setattr(p, "w", 5))
print(Point._make(range(2)), Point._make(iter("ab")))

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
show("P3 none", lambda: P3())
show("too many defaults", lambda: namedtuple("X", "a", defaults=[1, 2]))
print(namedtuple("D", "a b", defaults=iter([9]))(1))

print(namedtuple("R", "a def _x a 1b", rename=True)._fields)
print(namedtuple("R2", ["abc", "class", "abc"], rename=True)._fields)
for args in [("1x", "a"), ("X", "def"), ("X", "_a"), ("X", "a a"), ("class", "a"), ("X", "a, b,c"), ("X", ["a", "b"]), ("X", ""), ("X-1", "a")]:
    show(f"namedtuple{args}", lambda: namedtuple(*args)._fields)
show("non-str field", lambda: namedtuple("X", [1, "a"])._fields)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
One = namedtuple("One", "only")
print(One(1), One.__doc__, One._make([5]))

M = namedtuple("M", "a b", module="mymod")
print(M.__module__, repr(M))

class Sub(namedtuple("Base", "x y")):
    __slots__ = ()
    @property
    def total(self):
        return self.x + self.y
    def __str__(self):
        return f"<{self.x},{self.y}>"
s = Sub(2, 3)
print(s, repr(s), s.total, s._replace(y=10), type(s._replace(y=10)).__name__, Sub._make([1, 1]).total)

pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts), sorted(pts, key=lambda q: q.y), max(pts), min(pts, key=lambda q: q.x))
print({Point(1, 2): "a"}[Point(1, 2)], Point(1, 2) in {(1, 2)})
print(copy.copy(p), copy.deepcopy(Point([1], [2])), copy.copy(p) is p)
print(p.__getnewargs__(), Point._asdict(Point(0, 0)))
print(p.count(1), p.index(2))
Big = namedtuple("Big", " ".join(f"f{i}" for i in range(20)))
b = Big(*range(20))
print(b.f19, b._asdict()["f7"], len(Big._fields))
print(namedtuple("T", "x")(x=[1, 2]))
r = Point([], [])
r.x.append(r)
print(r)
match p:
    case Point(a, b):
        print("matched", a, b)
