import contextlib, io, sys, asyncio

@contextlib.contextmanager
def tag(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught %r" % (e,))
    finally:
        log.append("exit " + name)

log = []
with tag("a", log) as v:
    log.append(v)
with tag("b", log):
    raise KeyError("k")
try:
    with tag("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append(("outer", type(e).__name__, str(e)))
print(log)

@contextlib.contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def stubborn():
    try:
        yield
    except Exception:
        yield
try:
    with stubborn():
        raise OSError("x")
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration propagated", e)

@contextlib.contextmanager
def deco_cm():
    print("deco enter")
    yield
    print("deco exit")

@deco_cm()
def f(x):
    """doc of f"""
    print("in f", x)
    return x * 2
print(f(3), f(4), f.__name__, f.__doc__)
print(tag.__name__, type(tag("z", [])).__name__)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not me")
except ValueError as e:
    print(type(e).__name__, e)

class Closer:
    def close(self):
        print("closed")
with contextlib.closing(Closer()) as c:
    print(type(c).__name__)

with contextlib.nullcontext(5) as n:
    print("null", n)
with contextlib.nullcontext() as n:
    print("null", n)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("hidden")
print(repr(buf.getvalue()), target is buf)
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    sys.stderr.write("err!")
print(repr(ebuf.getvalue()))

# ExitStack
with contextlib.ExitStack() as st:
    st.callback(print, "cb1", end="!\n")
    st.enter_context(tag("s", log))
    def ex(t, v, tb):
        print("push exit", t)
        return False
    st.push(ex)
    r = st.callback(lambda: print("cb2"))
    print("body")
print(log[-2:])

with contextlib.ExitStack() as st:
    st.push(lambda *a: True)
    raise KeyError("swallowed")
print("after swallow")

def raiser(exc):
    def cb(*a):
        raise exc
    return cb
try:
    with contextlib.ExitStack() as st:
        st.push(raiser(IndexError("inner")))
        st.push(raiser(KeyError("outer")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append((type(e).__name__, str(e)))
        e = e.__context__
    print(chain)

st = contextlib.ExitStack()
st.callback(print, "popped cb")
st2 = st.pop_all()
st.close()
print("st closed")
st2.close()

try:
    contextlib.ExitStack().enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    def __enter__(self): return "plain"
    def __exit__(self, *a): print("plain exit", a[0]); return False
with contextlib.ExitStack() as st:
    print(st.enter_context(Plain()))
    print(st.push(Plain()).__class__.__name__)

print(issubclass(Plain, contextlib.AbstractContextManager))
print(issubclass(int, contextlib.AbstractContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))

class MyDeco(contextlib.ContextDecorator):
    def __enter__(self): print("md enter"); return self
    def __exit__(self, *a): print("md exit"); return False
@MyDeco()
def g():
    print("g body")
g()

# async
@contextlib.asynccontextmanager
async def actx(n):
    print("aenter", n)
    try:
        yield n + 1
    finally:
        print("aexit", n)

class AClose:
    async def aclose(self):
        print("aclosed")

async def main():
    async with actx(1) as v:
        print("got", v)
    try:
        async with actx(2):
            raise KeyError("ak")
    except KeyError as e:
        print(type(e).__name__, e)
    async with contextlib.aclosing(AClose()) as a:
        print(type(a).__name__)
    async with contextlib.AsyncExitStack() as st:
        print(await st.enter_async_context(actx(3)))
        async def acb(x):
            print("acb", x)
        st.push_async_callback(acb, 7)
        st.callback(print, "sync cb")
        async def aex(*a):
            print("aex", a[0])
        st.push_async_exit(aex)
    try:
        async with contextlib.AsyncExitStack() as st:
            await st.enter_async_context(Plain())
    except TypeError as e:
        print(type(e).__name__, e)
    @actx(10)
    async def decorated():
        print("decorated body")
        return 99
    print(await decorated())

    @contextlib.asynccontextmanager
    async def anoyield():
        if False:
            yield
    try:
        async with anoyield():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)

asyncio.run(main())

import os, tempfile
d = tempfile.mkdtemp()
old = os.getcwd()
with contextlib.chdir(d):
    print(os.getcwd() == os.path.realpath(d) or os.getcwd() == d)
print(os.getcwd() == old)
os.rmdir(d)
print(sorted(contextlib.__all__))
print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[str])
print(isinstance(contextlib.AsyncExitStack(), contextlib.ExitStack), hasattr(contextlib.AsyncExitStack, "close"))
class Blocked(Plain):
    __exit__ = None
print(issubclass(Blocked, contextlib.AbstractContextManager))
async def nc():
    async with contextlib.nullcontext("anull") as v:
        print(v)
asyncio.run(nc())
