import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing

log = []


def say(msg):
    log.append(msg)
    print(msg)


async def ticker(name, n, step=1):
    say(f"{name}: start")
    try:
        for i in range(0, n * step, step):
            await asyncio.sleep(0)
            yield i
    except GeneratorExit:
        say(f"{name}: closed early")
        raise
    finally:
        say(f"{name}: finally")


async def amap(fn, agen):
    async for item in agen:
        yield fn(item)


async def afilter(pred, agen):
    async for item in agen:
        if pred(item):
            yield item


async def atake(n, agen):
    if n <= 0:
        return
    count = 0
    async for item in agen:
        yield item
        count += 1
        if count >= n:
            break


async def merge(*gens):
    """Round-robin merge of several async generators."""
    iters = [g.__aiter__() for g in gens]
    while iters:
        for it in list(iters):
            try:
                yield await it.__anext__()
            except StopAsyncIteration:
                iters.remove(it)


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            if value is None:
                continue
            if value == "boom":
                raise ValueError("echo got boom")
            received.append(value)
            say(f"echo stored {value!r}")
    finally:
        say(f"echo finally with {received}")


@asynccontextmanager
async def connection(name, fail_on_exit=False):
    say(f"connect {name}")
    await asyncio.sleep(0)
    try:
        yield {"name": name, "queries": []}
    except KeyError as e:
        say(f"{name} handled {e!r}")
    else:
        if fail_on_exit:
            raise ConnectionResetError(f"{name} reset")
    finally:
        say(f"disconnect {name}")


async def main():
    print("-- pipeline --")
    squares = [x async for x in amap(lambda v: v * v, afilter(lambda v: v % 3, ticker("T1", 10)))]
    print("squares:", squares)

    print("-- early exit with aclosing --")
    async with aclosing(ticker("T2", 100)) as gen:
        async for v in gen:
            if v == 3:
                break
    first = [x async for x in atake(2, ticker("T3", 5, 10))]
    print("take:", first)

    print("-- merge --")
    merged = [x async for x in merge(ticker("A", 3), ticker("B", 1, 100), ticker("C", 2, 1000))]
    print("merged:", merged)

    print("-- asend/athrow --")
    e = echo()
    print("prime:", await e.asend(None))
    print("asend x:", await e.asend("x"))
    print("asend y:", await e.asend("y"))
    try:
        await e.asend("boom")
    except ValueError as err:
        print("raised:", err)
    try:
        await e.asend("z")
    except StopAsyncIteration:
        print("exhausted after error")

    e2 = echo()
    await e2.asend(None)
    try:
        await e2.athrow(RuntimeError("injected"))
    except RuntimeError as err:
        print("athrow propagated:", err)
    e3 = echo()
    await e3.__anext__()
    await e3.aclose()
    print("aclose done; again:", await e3.aclose())

    print("-- comprehensions --")
    pairs = {k: v async for k, v in amap(lambda i: (f"k{i}", i * 2), ticker("D", 3))}
    print("dict:", pairs)
    total = sum([y for y in [await asyncio.sleep(0, r) for r in range(4)]])
    print("awaited in listcomp:", total)
    gen_sum = 0
    async for a in ticker("E", 3):
        gen_sum += sum([b async for b in ticker(f"E{a}", a + 1)])
    print("nested:", gen_sum)

    print("-- asynccontextmanager --")
    async with connection("db1") as c:
        c["queries"].append("select 1")
    async with connection("db2") as c:
        raise KeyError("missing row")
    print("after suppressed KeyError")
    try:
        async with connection("db3", fail_on_exit=True):
            pass
    except ConnectionResetError as err:
        print("exit error:", err)

    print("-- AsyncExitStack --")
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(f"pool{i}")) for i in range(3)]

        async def release(tag):
            say(f"release {tag}")

        stack.push_async_callback(release, "tokens")
        stack.callback(say, "sync callback")
        print("opened:", [c["name"] for c in conns])
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(connection("s1"))
            await stack.enter_async_context(connection("s2", fail_on_exit=True))
            moved = stack.pop_all()
        print("popped; now closing moved stack")
        await moved.aclose()
    except ConnectionResetError as err:
        print("moved stack error:", err)
    print("log lines:", len(log))


asyncio.run(main())
