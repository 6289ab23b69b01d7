# with-statements and exceptions: __exit__ arguments and suppression, errors in __exit__, ExitStack context chains, contextmanager conversions.
import contextlib, sys
class CM:
    def __init__(self, name, suppress=False, raise_in_exit=None):
        self.name, self.suppress, self.raise_in_exit = name, suppress, raise_in_exit
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None, repr(sys.exc_info()[1]))
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.suppress
with CM("a", suppress=True):
    raise ValueError("x")
print("after a")
try:
    with CM("b"), CM("c", raise_in_exit=KeyError("exit")):
        raise ValueError("y")
except KeyError as e:
    print("got", repr(e), repr(e.__context__))
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with contextlib.ExitStack() as st:
        st.enter_context(CM("s1", raise_in_exit=TypeError("t1")))
        st.enter_context(CM("s2", raise_in_exit=IndexError("t2")))
        raise ValueError("body")
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
@contextlib.contextmanager
def gm():
    try:
        yield 1
    except ValueError as e:
        print("gm saw", repr(e))
        raise RuntimeError("converted") from e
try:
    with gm():
        raise ValueError("inner")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
@contextlib.contextmanager
def gm2():
    yield
try:
    with gm2():
        raise StopIteration("si")
except StopIteration as e:
    print("stopiter passes", repr(e))
class Bad:
    def __enter__(self): raise OSError("enter fail")
    def __exit__(self, *a): print("never")
try:
    with Bad():
        pass
except OSError as e:
    print(repr(e))
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
async def am():
    class ACM:
        async def __aenter__(self): print("aenter")
        async def __aexit__(self, *a): print("aexit", a[0]); return True
    async with ACM():
        raise ValueError
    try:
        async with CM("x"):
            pass
    except TypeError as e:
        print(e)
import asyncio
asyncio.run(am())
async def astack():
    try:
        async with contextlib.AsyncExitStack() as st:
            st.enter_context(CM("as1", raise_in_exit=TypeError("a1")))
            st.enter_context(CM("as2", raise_in_exit=IndexError("a2")))
            raise ValueError("abody")
    except Exception as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
asyncio.run(astack())
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
except ZeroDivisionError as e:
    print(repr(e), e.__context__)
