# contextlib: decorators keep the wrapped function's metadata; async context managers
# from @asynccontextmanager (and AsyncContextDecorator subclasses) decorate coroutines.
import asyncio
import contextlib
from contextlib import contextmanager, asynccontextmanager, ContextDecorator, AsyncContextDecorator

@contextmanager
def tagged(name):
    """Tag doc."""
    print("enter", name)
    yield name
    print("exit", name)

print(tagged.__name__, tagged.__qualname__, tagged.__doc__, tagged.__module__, tagged.__wrapped__.__name__)

@tagged("deco")
def work(x):
    """Work doc."""
    print("working", x)
    return x * 2

print(work(3), work(4), work.__name__, work.__qualname__, work.__doc__, work.__wrapped__.__name__)

class Track(ContextDecorator):
    def __enter__(self):
        print("track in")
        return self
    def __exit__(self, *exc):
        print("track out", exc[0].__name__ if exc[0] else None)
        return False

@Track()
def job():
    """Job doc."""
    return "done"
print(job(), job.__qualname__, job.__doc__)

@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

print(session.__name__, session.__qualname__, session.__doc__)

@session("db")
async def query(q):
    print("query", q)
    return len(q)

class ATrack(AsyncContextDecorator):
    async def __aenter__(self):
        print("atrack in")
        return self
    async def __aexit__(self, *exc):
        print("atrack out")
        return False

@ATrack()
async def ajob(n):
    await asyncio.sleep(0)
    return n + 1

async def main():
    print(await query("select"), await query("again"))
    print(await ajob(1), ajob.__name__, ajob.__qualname__)
    async with session("plain") as s:
        print("in", s)
    cm = session("once")
    async with cm:
        pass
    try:
        async with cm:
            pass
    except (AttributeError, RuntimeError, TypeError) as e:
        print(type(e).__name__)
asyncio.run(main())
print(sorted(n for n in contextlib.__all__))
print(issubclass(type(tagged("x")), ContextDecorator), isinstance(session("y"), AsyncContextDecorator))
