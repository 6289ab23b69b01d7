import functools, pickle, copy, gc, weakref
@functools.lru_cache(maxsize=3)
def f(x):
    print("call", x)
    return x * 2
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    print(x, f(x), f.cache_info())
f.cache_clear(); print(f.cache_info())
class C:
    @functools.lru_cache
    def m(self, y):
        return (id(self) > 0, y)
    @functools.cached_property
    def p(self): return 5
c = C()
print(c.m(3), c.m(3), C.m.cache_info())
print(type(f).__name__, type(f).__module__, f.__name__, f.__qualname__, f.__wrapped__.__name__, f.cache_parameters())
print(pickle.loads(pickle.dumps(f)) is f, copy.copy(f) is f, copy.deepcopy(f) is f)
@functools.lru_cache(typed=True)
def t(a, *, k=0): return (type(a).__name__, k)
print(t(1), t(1.0), t(1, k=2), t(a=3), t.cache_info())
@functools.lru_cache(maxsize=None)
def u(*a, **k): return len(a) + len(k)
print(u(), u(1, 2), u(x=1), u(x=1), u.cache_info())
try: u([1])
except TypeError as e: print("TypeError", e)
try: functools.lru_cache(5)(3)
except TypeError as e: print("TypeError", e)
try: functools.lru_cache("x")
except TypeError as e: print("TypeError", e)
@functools.lru_cache(maxsize=0)
def z(a): return a
print(z(1), z(1), z.cache_info())
@functools.lru_cache(maxsize=-3)
def z2(a): return a
print(z2(1), z2.cache_info())
r = weakref.ref(f); print(r() is f)
print(f.__dict__.keys() >= {'__wrapped__'})
p = functools.partial(print, 1, sep='-')
p(2, 3); p(2, sep='+')
q = functools.partial(p, 9, end='!\n'); q(8); print(q.func is print, q.args, q.keywords)
print(repr(functools.partial(max, 1, key=abs)))
class P(functools.partial):
    pass
pp = P(min, 3); print(type(pp).__name__, pp(1), repr(pp))
try: functools.partial()
except TypeError as e: print(e)
try: functools.partial(1)
except TypeError as e: print(e)
try: p.func = 1
except AttributeError as e: print(e)
p.attr = 5; print(p.__dict__)
pq = pickle.loads(pickle.dumps(functools.partial(max, 1, 2, key=abs)))
print(pq(-5), pq.args, pq.keywords)
class K:
    g = functools.partial(lambda *a: a, 1)
print(K().g(2))
class Node:
    def __init__(self): self.me = functools.partial(print, self)
for i in range(3): Node()
print(gc.collect() >= 0)
@functools.lru_cache(maxsize=2)
def rec(n): return n if n < 2 else rec(n-1) + rec(n-2)
print(rec(30), rec.cache_info())
