import functools, operator
def f(a, b, c=3): return (a, b, c)
class K:
    def __repr__(self): return 'K()'
    p = functools.partial(f, 'P')
    pm = functools.partialmethod(f, 'PM')
    @functools.singledispatchmethod
    def handle(self, x): return 'generic'
    @handle.register
    def _(self, x: int): return 'int'
    @handle.register(str)
    def _(self, x): return 'str'
    @functools.lru_cache(maxsize=2)
    def sq(self, n): return n * n
    @functools.cached_property
    def heavy(self): return 'computed'
k = K()
print(k.p(1), k.pm(2), k.handle(1), k.handle('s'), k.handle(1.5), k.sq(3), k.sq(3), K.sq.cache_info().hits, k.heavy)
print(repr(functools.partial(f, 1, c=2)).replace(hex(id(f)), 'X')[:60], functools.partial(functools.partial(f, 1), 2)(), functools.partial(f, 1).func is f)
try: functools.reduce(operator.add, [])
except TypeError as e: print('TE', e)
class SlotCP:
    __slots__ = ('a',)
    @functools.cached_property
    def c(self): return 1
try: SlotCP().c
except TypeError as e: print('TE', e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(4))
try:
    @functools.total_ordering
    class N: pass
except ValueError as e: print('VE', e)
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
def orig(x):
    "doc"
    return x
orig.custom = 'attr'
w = deco(orig)
print(w.custom, w.__doc__, w.__wrapped__ is orig, w.__name__, w.__qualname__, w.__module__)
print(functools.reduce(lambda acc, x: acc * x, range(1, 8), 1), list(functools.reduce(lambda a, b: a + [b * 2], range(3), [])))
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) == key(1), sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: -1 if a.lower() < b.lower() else 1)))
@functools.lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info().currsize)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info().currsize, fib.cache_parameters())
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.getitem({'a': 1}, 'a'), operator.truth(0), operator.is_(None, None), operator.neg(5), operator.index(7), operator.pow(2, 5), operator.xor(5, 3), operator.inv(0))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.itemgetter(slice(1, None))('abc'), operator.attrgetter('a.b')(type('X', (), {'a': type('Y', (), {'b': 5})})))
