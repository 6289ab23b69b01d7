from contextlib import asynccontextmanager, AsyncExitStack, aclosing, chdir
import os


def run(coro):
    # Drives a coroutine that never really suspends (no event loop needed).
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


@asynccontextmanager
async def resource(name):
    print("acquire", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print("release", name)


class Manual:
    async def __aenter__(self):
        print("manual enter")
        return self

    async def __aexit__(self, *exc):
        print("manual exit", exc[0].__name__ if exc[0] else None)


async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b"):
        raise KeyError("k")
    try:
        async with resource("c"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    async with AsyncExitStack() as stack:
        m = await stack.enter_async_context(Manual())
        x = await stack.enter_async_context(resource("d"))
        stack.callback(print, "sync callback")

        async def acb(tag):
            print("async callback", tag)
        stack.push_async_callback(acb, "t")
        print("stack body", type(m).__name__, x)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Manual())
            raise IndexError("i")
    except IndexError as e:
        print("IndexError", e)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(5)
    except TypeError as e:
        print(type(e).__name__, e)

    class Closer:
        async def aclose(self):
            print("aclosed")
    async with aclosing(Closer()) as c:
        print(type(c).__name__)
    return "done"


print(run(main()))
start = os.getcwd()
with chdir("/"):
    print(os.getcwd())
print(os.getcwd() == start)
