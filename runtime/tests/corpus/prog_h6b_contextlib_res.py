from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext, AbstractContextManager
import contextlib
import io

log = []

@contextmanager
def resource(name):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r} in {name}")
    finally:
        log.append(f"close {name}")

with resource("db") as r:
    log.append(f"use {r}")
with resource("cache"):
    raise KeyError("k")
try:
    with resource("net"):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"outer {e}")
print("\n".join(log))
log.clear()

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
with suppress():
    pass

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback ran")
    log.append(f"got {names}")
print(log)
log.clear()

def cleanup(*a, **k):
    log.append(("cleanup", a, k))
with ExitStack() as st:
    st.callback(cleanup, 1, x=2)
    moved = st.pop_all()
log.append("after with")
moved.close()
print(log)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with closing(Res(7)) as r:
    print("using", r.n)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
    print("twice")
print(repr(buf.getvalue()))
with nullcontext(42) as v:
    print(v)

class Timer(AbstractContextManager):
    def __init__(self):
        self.events = []
    def __exit__(self, *exc):
        self.events.append(exc[0].__name__ if exc[0] else None)
        return exc[0] is TypeError
t = Timer()
with t as same:
    print(same is t)
with t:
    raise TypeError
print(t.events)

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield
    print(f"</{name}>", end="")
with tag("b"), tag("i"):
    print("hi", end="")
print()

@tag("p")
def para():
    print("decorated", end="")
para(); print()

def exits():
    with ExitStack() as s:
        s.push(lambda *e: print("push exit", e[0].__name__ if e[0] else None) or True)
        raise IndexError("x")
exits()
print("survived")
class Cm:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
with ExitStack() as s:
    s.enter_context(Cm())
    s.enter_context(Cm())
try:
    with ExitStack() as s:
        s.enter_context(1)
except TypeError as e:
    print("TypeError:", e)
with contextlib.ExitStack() as s:
    s.callback(print, "c1")
    s.callback(print, "c2")
try:
    with resource("x") as r:
        raise StopIteration("s")
except Exception as e:
    print(type(e).__name__, e)
print(log[-3:])
