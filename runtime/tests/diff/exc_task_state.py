# sys.exc_info() in interleaved asyncio tasks and generators suspended inside handlers.
import asyncio, sys
async def worker(name, delay):
    try:
        raise ValueError(name)
    except ValueError:
        print(name, "before", repr(sys.exc_info()[1]))
        for _ in range(delay):
            await asyncio.sleep(0)
        print(name, "after", repr(sys.exc_info()[1]))
        try:
            raise
        except ValueError as e:
            print(name, "reraise", repr(e))
    print(name, "outside", sys.exc_info())
async def plain(name):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(name, "plain sees", sys.exc_info())
async def main():
    await asyncio.gather(worker("a", 3), worker("b", 1), plain("c"))
    try:
        raise KeyError("main")
    except KeyError:
        t = asyncio.create_task(plain("d"))
        await t
        print("main sees", repr(sys.exc_info()[1]))
asyncio.run(main())
def gen():
    try:
        raise OSError("g")
    except OSError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
a = gen(); b = gen()
print(next(a), next(b))
try:
    raise TypeError("t")
except TypeError:
    print(next(a), next(b))
    print(next(a), next(b))
    print(repr(sys.exc_info()[1]))
