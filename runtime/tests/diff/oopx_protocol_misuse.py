"""A numeric wrapper library and the errors users see when dunder methods misbehave."""
import math
import operator
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        print(f"  {self!r}.__add__({o!r})")
        return Num(self.v + o.v) if isinstance(o, Num) else NotImplemented

    def __radd__(self, o):
        print(f"  {self!r}.__radd__({o!r})")
        return Num(o + self.v) if isinstance(o, (int, float)) else NotImplemented

    def __iadd__(self, o):
        print(f"  {self!r}.__iadd__({o!r})")
        return NotImplemented

    def __pow__(self, e, mod=None):
        return Num(pow(self.v, e, mod)) if mod is not None else Num(self.v ** e)

    def __rpow__(self, b):
        return Num(b ** self.v)

    def __divmod__(self, o):
        return NotImplemented

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)

    def __round__(self, nd=None):
        return Num(round(self.v, nd)) if nd is not None else round(self.v)

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return math.floor(self.v)

    def __ceil__(self):
        return math.ceil(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)


class SubNum(Num):
    def __radd__(self, o):
        print(f"  SubNum.__radd__({o!r})")
        return SubNum(self.v + (o.v if isinstance(o, Num) else o))


class Bad:
    def __init__(self, **behaviour):
        self.b = behaviour

    def __len__(self):
        return self.b["len"]

    def __bool__(self):
        return self.b["bool"]

    def __hash__(self):
        return self.b["hash"]

    def __index__(self):
        return self.b["index"]

    def __repr__(self):
        return self.b["repr"]

    def __str__(self):
        return self.b["str"]

    def __format__(self, spec):
        return self.b["format"]

    def __iter__(self):
        return self.b["iter"]

    def __int__(self):
        return self.b["int"]

    def __float__(self):
        return self.b["float"]

    def __contains__(self, x):
        return self.b["contains"]

    def __eq__(self, o):
        return self.b.get("eq", NotImplemented)


class Plain:
    pass


def attempt(label, fn):
    try:
        result = fn()
        print(f"{label}: ok -> {result!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


def main():
    a, b = Num(2), Num(3)
    print(a + b)
    print(1 + a)
    print(sum([a, b]))
    x = a
    x += b
    print(x, x is a)
    print(a + SubNum(10))
    print(2 ** Num(3), Num(2) ** 10, pow(Num(3), 4, 5), divmod(7, a))
    print(round(Num(2.567)), round(Num(2.567), 1), math.trunc(Num(-2.7)), math.floor(Num(-2.5)), math.ceil(Num(2.1)))
    print(float(Num(3)), complex(Num(2)), sorted([Num(3), Num(1), Num(2)]), max(Num(1), Num(5)))
    attempt("divmod(a, 7)", lambda: divmod(a, 7))
    attempt("a - b", lambda: a - b)
    attempt("a > b (reflected lt)", lambda: a > b)
    attempt("a <= b", lambda: a <= b)
    attempt("int(Num)", lambda: int(Num(2.5)))
    attempt("operator.index(Num)", lambda: operator.index(Num(1)))

    attempt("len -1", lambda: len(Bad(len=-1)))
    attempt("len str", lambda: len(Bad(len="3")))
    attempt("len huge", lambda: len(Bad(len=2 ** 70)))
    attempt("bool int", lambda: bool(Bad(bool=1)))
    attempt("if via len", lambda: "yes" if Bad(bool=None) else "no")
    attempt("hash str", lambda: hash(Bad(hash="x")))
    attempt("hash big", lambda: hash(Bad(hash=2 ** 100)) == hash(2 ** 100))
    attempt("index float", lambda: [1, 2][Bad(index=1.0)])
    attempt("index bool", lambda: [1, 2][Bad(index=True)])
    attempt("repr int", lambda: repr(Bad(repr=5)))
    attempt("str None", lambda: str(Bad(str=None)))
    attempt("format bytes", lambda: format(Bad(format=b"x"), ""))
    attempt("fstring", lambda: f"{Bad(format=3)}")
    attempt("iter list", lambda: iter(Bad(iter=[1, 2])))
    attempt("for over bad iter", lambda: [v for v in Bad(iter=5)])
    attempt("int str", lambda: int(Bad(int="4")))
    attempt("int bool", lambda: int(Bad(int=True)))
    attempt("float int", lambda: float(Bad(float=3)))
    attempt("contains 0", lambda: 1 in Bad(contains=0))
    attempt("contains list", lambda: 1 in Bad(contains=[1]))
    attempt("eq NotImplemented", lambda: Bad() == Bad())
    attempt("ne NotImplemented", lambda: Bad() != Bad())
    attempt("eq list", lambda: Bad(eq=[]) == 1)
    attempt("ne from eq", lambda: Bad(eq=0) != 1)
    p = Plain()
    attempt("plain <", lambda: p < p)
    attempt("plain len", lambda: len(p))
    attempt("plain iter", lambda: iter(p))
    attempt("plain call", lambda: p())
    attempt("plain subscript", lambda: p[0])
    attempt("plain setitem", lambda: p.__setitem__)
    attempt("plain del item", lambda: operator.delitem(p, 0))
    attempt("plain neg", lambda: -p)
    attempt("plain abs", lambda: abs(p))
    attempt("plain int", lambda: int(p))
    attempt("plain float", lambda: float(p))
    attempt("plain round", lambda: round(p))
    attempt("plain reversed", lambda: reversed(p))
    attempt("plain next", lambda: next(p))
    attempt("plain hash eq", lambda: hash(p) == hash(p))
    attempt("plain pow3", lambda: pow(p, 2, 3))
    attempt("plain in", lambda: 1 in p)
    attempt("plain matmul", lambda: p @ p)
    attempt("plain >>", lambda: p >> 1)
    attempt("plain +=", lambda: operator.iadd(p, 1))
    attempt("math.floor plain", lambda: math.floor(p))
    attempt("math.sqrt plain", lambda: math.sqrt(p))
    attempt("complex plain", lambda: complex(p))


main()
