import functools, collections.abc as cabc, abc
from functools import (partial, partialmethod, singledispatch, singledispatchmethod,
                       cached_property, total_ordering, lru_cache, reduce, cmp_to_key)
import typing

import re
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s %s" % (type(e).__name__, e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", str(r)))

@singledispatch
def kind(x):
    return "object"
@kind.register
def _(x: int):
    return "int"
@kind.register(cabc.Sequence)
def _(x):
    return "sequence"
@kind.register(cabc.Mapping)
def _(x):
    return "mapping"
@kind.register(float)
@kind.register(complex)
def _(x):
    return "number"
@kind.register
def _(x: "bytes | bytearray"):
    return "bytesish"
@kind.register(typing.Union[set, frozenset])
def _(x):
    return "setish"
class MyList(list): pass
class Seqish:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
cabc.Sequence.register(Seqish)
for v in [1, True, "s", [1], MyList(), (), {}, 1.5, 2j, b"b", bytearray(), {1}, frozenset(), Seqish(), None, object()]:
    print(type(v).__name__, kind(v))
print(kind.dispatch(bool).__name__, kind.dispatch(dict) is kind.registry[cabc.Mapping])
print(sorted(k.__name__ for k in kind.registry))
show("reg bad", lambda: kind.register(1, lambda x: x))
def noann(x): pass
show("reg noann", lambda: kind.register(noann))
def badann(x: 1): pass
show("reg badann", lambda: kind.register(badann))
def badunion(x: typing.Union[int, "str"]): pass
show("reg badunion", lambda: kind.register(badunion))
show("call none", lambda: kind())
print(kind.__name__, kind.__wrapped__.__name__)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return ("default", arg)
    @area.register
    def _(self, arg: int):
        return ("int", arg * 2)
    @area.register(str)
    def _(self, arg):
        return ("str", arg.upper())
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return (cls.__name__, "any")
    @make.register
    @classmethod
    def _(cls, arg: list):
        return (cls.__name__, "list", len(arg))
s = Shape()
print(s.area(3), s.area("ab"), s.area(2.5), Shape.make([1, 2]), Shape.make(1))
print(Shape.area.__name__ if hasattr(Shape.area, "__name__") else None)

class Cell:
    def __init__(self):
        self.state = {}
    def _set(self, key, value):
        self.state[key] = value
        return self
    set_alive = partialmethod(_set, "alive", True)
    set_dead = partialmethod(_set, "alive", value=False)
    sm = partialmethod(staticmethod(lambda *a, **k: (a, k)), 1, x=2)
    cm = partialmethod(classmethod(lambda cls, *a: (cls.__name__, a)), 9)
c = Cell()
print(c.set_alive().state, c.set_dead().state)
print(c.sm(3), Cell.cm(4), c.cm())
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell._set"))
show("pm bad", lambda: partialmethod(5))
pm2 = partialmethod(Cell.__dict__["set_alive"], extra=1)
print(pm2.args, pm2.keywords, pm2.func.__name__)

class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    @cached_property
    def total(self):
        """Sum it."""
        self.calls += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.calls, Data.total.__doc__, Data.total.attrname, type(Data.total).__name__)
del d.total
print(d.total, d.calls)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def p(self):
        return 1
show("slotted", lambda: Slotted().p)
cp = cached_property(lambda self: 1)
class Two:
    a = cp
show("two names", lambda: type("Three", (), {"a": cp, "b": cp}))
cp2 = cached_property(lambda self: 1)
class Holder: pass
Holder.q = cp2
show("no set_name", lambda: Holder().q)

p = partial(print)
p.extra = p
r = partial(lambda *a: a)
r2 = partial(r, 1)
print(repr(r2)[:40].startswith("functools.partial(<function"), r2(2))
class Rec:
    pass
pr = partial(max)
pr2 = partial(pr, pr)
print(repr(partial(max, key=len)), repr(partial(min, 1, 2)))
print(partial(max).__class__.__module__, partial.__name__)
import pickle
q = pickle.loads(pickle.dumps(partial(max, 1, key=abs)))
print(q(-3), q.args, q.keywords)

@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return self.v == o.v
a, b = Ver(1), Ver(2)
print(a < b, a > b, a >= b, b >= a, a <= a, Ver.__lt__.__name__, Ver.__gt__.__name__)
@total_ordering
class G:
    def __gt__(self, o): return NotImplemented
    def __eq__(self, o): return False
show("notimpl", lambda: G() < G())
show("total none", lambda: total_ordering(type("E", (), {})))

K = cmp_to_key(lambda a, b: a - b)
print(type(K).__name__, type(K(1)).__name__)
show("K cmp other", lambda: K(1) < 1)
show("K call", lambda: K())
print(K(3).obj)

@lru_cache(maxsize=3)
def ident(*a, **k):
    return (a, k)
for args in [(1,), (2,), (1,), (3,), (4,), (2,)]:
    ident(*args)
print(ident.cache_info())
print(ident(1, x=2), ident(1, x=2), ident.cache_info())
ci = ident.cache_info()
print(ci.hits, ci._fields, type(ci).__name__, ci)
show("lru bad typed", lambda: lru_cache(lambda: 1, "x"))
print(functools.__all__)
print(reduce(lambda a, b: a + b, "abc"), reduce(lambda a, b: a + b, [], "z"))
