# namedtuple: factory validation, the generated class's members, docs and errors.
from collections import namedtuple
import copy
import pickle


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Pt = namedtuple("Pt", "x, y z")
p = Pt(1, 2, 3)
print(p, repr(p), str(p), p._fields, Pt.__doc__, Pt.__new__.__doc__)
print(Pt._make.__doc__, Pt._replace.__doc__, Pt._asdict.__doc__, Pt.__repr__.__doc__)
print(Pt.__getnewargs__.__doc__)
print(Pt.__new__.__qualname__, Pt._make.__qualname__, Pt._replace.__qualname__,
      Pt.__repr__.__qualname__, Pt._asdict.__qualname__, Pt.__getnewargs__.__qualname__)
print(Pt.__new__.__name__, Pt.__new__.__defaults__, Pt.__slots__, Pt.__match_args__)
print([Pt.__dict__[f].__doc__ for f in Pt._fields])
print(sorted(k for k in Pt.__dict__ if not k.startswith('__') or k in ('__new__', '__repr__')))
print(type(Pt._make).__name__, type(Pt.__dict__['_make']).__name__)
print(p._asdict(), type(p._asdict()).__name__, p.__getnewargs__())
print(p._replace(), p._replace(z=9, x=7))
show("replace unknown", lambda: p._replace(q=1, w=2))
show("replace positional", lambda: p._replace(1))
show("make long", lambda: Pt._make([1, 2, 3, 4]))
show("make short", lambda: Pt._make((1,)))
show("make gen", lambda: Pt._make(i * i for i in range(3)))
show("new missing two", lambda: Pt(1))
show("new missing one", lambda: Pt(1, 2))
show("new extra", lambda: Pt(1, 2, 3, 4))
show("new kw", lambda: Pt(1, 2, 3, w=4))
show("new dup", lambda: Pt(1, 2, 3, x=4))
show("set field", lambda: setattr(p, "x", 3))
show("del field", lambda: delattr(p, "y"))
print(Pt(z=3, y=2, x=1) == p, p.count(2), p.index(3), p[1:], p[::-1])

for spec in ["a b c", "a,b,c", "  a ,, b   c  ", ["a", "b"], ("a",), iter(["q", "r"]), ""]:
    T = namedtuple("T", spec)
    print(repr(spec) if not hasattr(spec, "__next__") else "iter", T._fields, T.__doc__)

bad = [
    ("1abc", "x"), ("T", "x 1y"), ("T", "x for"), ("for", "x"), ("T", "_x"),
    ("T", "x x"), ("T", "x y x"), ("T", [1]), ("T", ["a", None]), ("T T", "a"),
    ("", "a"), ("T", "a-b"), ("True", "a"), ("T", "None"), ("T", "match"),
]
for tn, spec in bad:
    show(f"bad {tn!r} {spec!r}", lambda: namedtuple(tn, spec)._fields)
show("typename int", lambda: namedtuple(5, "a").__name__)
show("fields ints", lambda: namedtuple("T", [5, 6])._fields)

for spec in ["abc def ghi abc", "_a b _c", "1 2 3", "x class x_ y", ["ok", "ok", "ok"]]:
    print(spec, namedtuple("R", spec, rename=True)._fields)

D = namedtuple("D", "a b c d", defaults=(3, 4))
print(D(1, 2), D(1, 2, 0), D._field_defaults, D.__new__.__defaults__)
show("D missing", lambda: D(1))
print(namedtuple("E", "a b", defaults=())._field_defaults, namedtuple("E", "a b", defaults=None).__new__.__defaults__)
print(namedtuple("E", "a b", defaults=[1, 2])())
show("too many", lambda: namedtuple("E", "a", defaults=(1, 2)))
show("defaults not iterable", lambda: namedtuple("E", "a", defaults=5))

M = namedtuple("M", "a", module="some.where")
print(M.__module__, M.__qualname__, repr(M), M(1))
print(namedtuple("N", "a").__module__)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, abs(v), v + Vec(1, 1), v._replace(x=0), Vec._make([5, 5]), type(Vec._make([1, 2])).__name__)
print(v._asdict(), Vec.__mro__[1].__name__, Vec._fields)
print(hasattr(v, "__dict__"), hasattr(Pt(1, 2, 3), "__dict__"))

print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)) == p)
Big = namedtuple("Big", [f"f{i}" for i in range(300)])
b = Big(*range(300))
print(b.f0, b.f299, len(b), repr(b)[:40], repr(b)[-20:])
S = namedtuple("S", "a")
print(S(S(1)), S((1,)), S(()), repr(S("x")))


class Rec(namedtuple("Rec", "items")):
    pass


r = Rec([])
r.items.append(r)
print(hasattr(r, "__dict__"), Rec.__slots__ if "__slots__" in Rec.__dict__ else "no slots")
match Pt(1, 2, 3):
    case Pt(x=1, y=yy, z=zz):
        print("kw match", yy, zz)
match Pt(5, 6, 7):
    case Pt(a, b, c):
        print("pos match", a, b, c)
