import functools
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper, cmp_to_key,
                       total_ordering, cached_property, singledispatch, partialmethod)
import operator

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# reduce
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(operator.add, ["x"]))
show("reduce empty", lambda: reduce(operator.add, []))
show("reduce no args", lambda: reduce())
show("reduce 1 arg", lambda: reduce(len))
show("reduce 4 args", lambda: reduce(1, 2, 3, 4))
show("reduce int", lambda: reduce(operator.add, 5))
show("reduce kw", lambda: reduce(operator.add, [1], initial=2))
show("reduce raises", lambda: reduce(lambda a, b: a / b, [1, 0]))
print(reduce(operator.add, iter([1, 2, 3]), 100))

# partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9), p.func is f, p.args, p.keywords)
p2 = partial(f, 1, d=7)
print(p2(2), p2(2, d=8), p2.keywords)
p3 = partial(p2, 2, c=0)
print(p3(), p3.func is f, p3.args, p3.keywords)
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(operator.add, 1)))
print(partial(int, base=2)("1010"), partial(sorted, reverse=True)([3, 1, 2]))
show("partial no func", lambda: partial())
show("partial not callable", lambda: partial(1))
show("partial call error", lambda: partial(f)())
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(type(mp).__name__, mp(2), repr(mp).startswith("MyPartial(<function f"))
mp2 = partial(mp, 2)
print(type(mp2.func).__name__, mp2())
pp = partial(f, 1)
pp.attr = "x"
print(pp.attr)
print(list(map(partial(pow, 2), range(6))))

# update_wrapper / wraps
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k) * 2
    return wrapper
@deco
def twice(x: int) -> int:
    """Return x."""
    return x
print(twice(21), twice.__name__, twice.__doc__, twice.__wrapped__.__name__, twice.__annotations__, twice.__qualname__, twice.__module__)
def target():
    pass
target.extra = 1
def w():
    pass
update_wrapper(w, target)
print(w.__name__, w.extra, w.__wrapped__ is target)
def w2():
    "doc2"
update_wrapper(w2, target, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "extra"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__(5))
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(100), fib2.cache_info())
@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.cache_parameters())
@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
@lru_cache(typed=True)
def typed(x):
    calls.append(("t", x))
    return x
calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), calls, typed.cache_info())
@lru_cache()
def untyped(x):
    calls.append(("u", x))
    return x
calls.clear()
print(untyped(1), untyped(1.0), calls, untyped.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())
@lru_cache
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw(1), kw.cache_info())
show("lru_cache bad maxsize", lambda: lru_cache("x"))
show("lru unhashable", lambda: sq([1]))
class Obj:
    @lru_cache
    def method(self, x):
        return x + 1
o = Obj()
print(o.method(1), o.method(1), Obj.method.cache_info())

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(1), K(1) == K(1), K(1) != K(2) if hasattr(K, "__ne__") else None)
try:
    hash(K(1))
except TypeError:
    print("KeyWrapper unhashable")
print(max([5, 3, 9], key=cmp_to_key(cmp)), min("hello", key=cmp_to_key(lambda a, b: ord(a) - ord(b))))

# total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), V(3) >= V(3))
print(sorted([V(3), V(1), V(2)], key=lambda x: x)[0].v)
show("V > int", lambda: V(1) > 5)
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(1) <= G(1), G(2) >= G(3))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)

# cached_property
class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def value(self):
        """the value"""
        self.n += 1
        return self.n * 10
c = C()
print(c.value, c.value, c.n, "value" in c.__dict__, C.value.__doc__, type(C.value).__name__)
del c.value
print(c.value, c.n)
c.value = 99
print(c.value)
class S:
    __slots__ = ("a",)
    @cached_property
    def p(self):
        return 1
show("cached_property slots", lambda: S().p)
cp = cached_property(lambda self: 1)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print("reuse under two names raises")

# singledispatch
@singledispatch
def fun(arg, verbose=False):
    return f"default {arg!r}"
@fun.register
def _(arg: int, verbose=False):
    return f"int {arg}"
@fun.register(list)
def _(arg, verbose=False):
    return f"list of {len(arg)}"
def nothing(arg):
    return "none!"
fun.register(type(None), nothing)
@fun.register(float)
@fun.register(complex)
def _(arg):
    return f"number {arg}"
print(fun("s"), fun(1), fun(True), fun([1, 2]), fun(None), fun(1.5), fun(2j), fun({}))
print(fun.dispatch(int).__name__, fun.dispatch(bool).__name__, fun.dispatch(dict).__name__, fun.dispatch(type(None)).__name__)
print(sorted(k.__name__ for k in fun.registry.keys()))
class Base:
    pass
class Derived(Base):
    pass
@singledispatch
def g(x):
    return "object"
@g.register
def _(x: Base):
    return "Base"
print(g(Derived()), g(Base()), g(1))
import collections.abc
@singledispatch
def h(x):
    return "other"
@h.register(collections.abc.Sequence)
def _(x):
    return "sequence"
@h.register(collections.abc.Mapping)
def _(x):
    return "mapping"
print(h([1]), h((1,)), h("s"), h({}), h(1), h(set()))
show("dispatch no args", lambda: fun())
show("register bad", lambda: fun.register(1, lambda x: x))
def unannotated(x):
    pass
try:
    fun.register(unannotated)
except TypeError as e:
    print("register unannotated", str(e).split(":")[0], str(e).split(".")[-2])
def badann(x: 5):
    pass
show("register bad annotation", lambda: fun.register(badann))
print(fun.__name__, fun.__wrapped__.__name__)

# partialmethod
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell._alive)
cell.set_dead()
print(cell._alive)
