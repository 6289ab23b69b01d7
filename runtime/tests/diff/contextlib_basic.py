from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager, redirect_stdout
import io

log = []

@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append("exit " + name)

with tag("a") as t:
    print("inside", t)
print(log)

log.clear()
with tag("b"):
    raise ValueError("boom")
print("suppressed", log)

log.clear()
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e), log)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")

try:
    with reraise():
        1 / 0
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@tag("deco")
def f(x):
    return x * 2
log.clear()
print(f(21), log)

with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
        return False

with ExitStack() as st:
    vals = [st.enter_context(CM(i)) for i in range(3)]
    st.callback(print, "callback", 1, sep="-")
    st.push(lambda *a: print("pushed", a[0]))
    print(vals)

try:
    with ExitStack() as st:
        st.enter_context(CM(9))
        st.push(lambda t, v, tb: t is KeyError)
        raise KeyError("x")
    print("swallowed by push")
except KeyError:
    print("not swallowed")

st = ExitStack()
st.callback(print, "closing stack")
st2 = st.pop_all()
st.close()
st2.close()

try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("mine exit")
with Mine() as m:
    print(type(m).__name__)
print(issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager))

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured", repr(buf.getvalue()))
