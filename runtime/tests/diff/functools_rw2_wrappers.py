import functools, abc

def base(a, b=2):
    """Base doc."""
    return a + b
base.extra = {"k": 1}
base.__wrapped__ = "old"
def wrapper(*args): return base(*args)
wrapper.extra = "mine"
r = functools.update_wrapper(wrapper, base)
print(r is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is base)
def w2(): pass
class NoDict: pass
try:
    functools.update_wrapper(w2, base, updated=("missing",))
except AttributeError as e:
    print(type(e).__name__)
functools.update_wrapper(w2, NoDict(), assigned=("__name__", "nope"))
print(w2.__name__, w2.__wrapped__.__class__.__name__)

class A(abc.ABC):
    @abc.abstractmethod
    def f(self, x, y): ...
    g = functools.partialmethod(f, 1)
    def h(self, *a): return ("h",) + a
    k = functools.partialmethod(h, 1, key=2) if False else functools.partialmethod(h, 1)
print(A.g.__isabstractmethod__, A.__abstractmethods__ == frozenset({"f", "g"}))
class B:
    def h(self, *a, **kw): return a, sorted(kw.items())
    p = functools.partialmethod(h, 1, z=3)
    q = functools.partialmethod(p, 2)
    s = functools.partialmethod(staticmethod(lambda *a: a), "s")
print(B().p(5), B().q(6, z=0), B.s(1), B().s(2))
print(repr(B.__dict__["q"])[:40])

calls = []
for maxsize in (0, None, 2):
    @functools.lru_cache(maxsize=maxsize)
    def sq(x):
        calls.append(x)
        return x * x
    print([sq(v) for v in (1, 2, 1, 3, 1, 2)], sq.cache_info(), sq.cache_parameters())
    sq.cache_clear()
    print(sq.cache_info())
@functools.lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())

class C:
    @functools.cached_property
    def val(self):
        "the value"
        print("computing")
        return 42
cp = C.__dict__["val"]
print(cp.attrname, cp.__doc__, cp.__module__, cp.func.__name__)
c = C()
print(c.val, c.val, c.__dict__)
lone = functools.cached_property(lambda self: 1)
print(lone.attrname, lone.__doc__)
try:
    lone.__get__(c, C)
except TypeError as e:
    print(type(e).__name__, e)
