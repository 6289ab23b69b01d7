import functools
class C:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, c.__dict__)
del c.val
print(c.val, type(C.val).__name__, C.val.attrname)
try:
    del c.val; del c.val
except AttributeError as e: print(type(e).__name__, e)
class S:
    __slots__ = ("a",)
    @functools.cached_property
    def p(self): return 1
try: S().p
except TypeError as e: print(type(e).__name__, e)
cp = functools.cached_property(lambda s: 1)
try:
    cp.__get__(C())
except TypeError as e: print(type(e).__name__, e)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e: print(type(e).__name__, e, e.__cause__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
try: V(1) >= 3
except TypeError as e: print(type(e).__name__, e)
try:
    @functools.total_ordering
    class NoOrd: pass
except ValueError as e: print(type(e).__name__, e)
# context manager lookups on type
class CM:
    def __enter__(self): return "entered"
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with CM() as x:
    print(x); raise KeyError("k")
class NoCM: pass
o = NoCM(); o.__enter__ = lambda: 1; o.__exit__ = lambda *a: None
try:
    with o: pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class HalfCM:
    def __enter__(self): return self
try:
    with HalfCM(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
import contextlib
class Tracked(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *e): print("exit"); return False
@Tracked()
def work(x): print("work", x); return x
print(work(3))
@contextlib.contextmanager
def guard(name):
    print("acquire", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print("release", name)
with guard("a") as g:
    print(g); raise ValueError("oops")
with contextlib.ExitStack() as st:
    for n in "xy":
        st.enter_context(guard(n))
    st.callback(print, "callback")
print(contextlib.suppress(KeyError).__class__.__name__)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
