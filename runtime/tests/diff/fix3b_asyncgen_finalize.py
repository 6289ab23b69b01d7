# Async generators left suspended: closed when freed (no event loop), or by asyncio (the
# loop's sys.set_asyncgen_hooks finalizer, and shutdown_asyncgens at the end of run()).
import asyncio
import sys


async def numbers(tag, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("finally", tag)


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


async def plain(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


g = plain("no loop")
print("first", drive(g.__anext__()))
del g
print("after del")

print(sys.get_asyncgen_hooks())
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks()[1])
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError:", e)
seen = []
sys.set_asyncgen_hooks(firstiter=lambda ag: seen.append(ag.__name__), finalizer=None)
h = plain("hooked")
print(drive(h.__anext__()), seen)
sys.set_asyncgen_hooks(firstiter=None)
del h
print(sys.get_asyncgen_hooks())


async def main():
    async for v in numbers("broken out of", 5):
        if v == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    it = numbers("explicit aclose", 3)
    print(await it.__anext__())
    await it.aclose()
    global kept
    kept = numbers("left for shutdown", 3)
    print(await kept.__anext__())
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)
    print("main done")


asyncio.run(main())
print("after run", sys.get_asyncgen_hooks())
