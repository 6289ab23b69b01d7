"""Records the exact interleaving of asyncio tasks, callbacks and futures."""
import asyncio

trace = []


def log(msg):
    trace.append(msg)


async def ticker(name, n, delay=0):
    for i in range(n):
        log(f"{name}:{i}")
        await asyncio.sleep(delay)
    log(f"{name}:end")
    return name.upper()


async def nested(depth):
    log(f"nested enter {depth}")
    if depth:
        r = await nested(depth - 1)
    else:
        await asyncio.sleep(0)
        r = 0
    log(f"nested exit {depth}")
    return r + depth


async def fut_waiter(fut, tag):
    log(f"{tag} waiting")
    v = await fut
    log(f"{tag} got {v}")
    return v


async def stage_one():
    t1 = asyncio.create_task(ticker("a", 3))
    t2 = asyncio.create_task(ticker("b", 2))
    log("created")
    await asyncio.sleep(0)
    log("after first sleep")
    r = await asyncio.gather(t1, t2, ticker("c", 1))
    log(f"gathered {r}")


async def stage_two():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w1 = asyncio.create_task(fut_waiter(fut, "w1"))
    w2 = asyncio.create_task(fut_waiter(fut, "w2"))
    fut.add_done_callback(lambda f: log(f"callback sees {f.result()}"))
    loop.call_soon(log, "call_soon 1")
    await asyncio.sleep(0)
    loop.call_soon(fut.set_result, 42)
    loop.call_soon(log, "call_soon 2")
    log("before gather")
    await asyncio.gather(w1, w2)
    log(f"nested total {await nested(3)}")


async def stage_three():
    done_order = []

    async def job(i, hops):
        for _ in range(hops):
            await asyncio.sleep(0)
        done_order.append(i)
        return i

    tasks = [asyncio.create_task(job(i, h)) for i, h in enumerate([3, 0, 2, 1, 0])]
    for t in tasks:
        t.add_done_callback(lambda t: log(f"done cb {t.result()}"))
    res = await asyncio.gather(*tasks)
    log(f"results {res} order {done_order}")
    q = asyncio.Queue()

    async def prod():
        for i in range(4):
            log(f"put {i}")
            await q.put(i)
            if i % 2:
                await asyncio.sleep(0)
        await q.put(None)

    async def cons():
        while (item := await q.get()) is not None:
            log(f"get {item}")
        log("consumer stop")

    await asyncio.gather(cons(), prod())


async def stage_four():
    async def quick():
        await asyncio.sleep(0)
        return "quick"

    async def failing():
        await asyncio.sleep(0)
        raise LookupError("nope")

    log(await asyncio.wait_for(quick(), timeout=5))
    try:
        await asyncio.wait_for(failing(), timeout=5)
    except LookupError as e:
        log(f"wait_for raised {e!r}")
    t = asyncio.create_task(ticker("long", 100, 0.01))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log(f"long cancelled={t.cancelled()}")
    outcome = await asyncio.gather(quick(), failing(), return_exceptions=True)
    log(f"outcome {outcome!r}")

    async def agen():
        for i in range(3):
            log(f"agen yield {i}")
            yield i
            await asyncio.sleep(0)
        log("agen done")

    async for v in agen():
        log(f"agen got {v}")
    log(f"comp {[v * 2 async for v in agen() if v != 1]}")


for stage in (stage_one, stage_two, stage_three, stage_four):
    trace.clear()
    asyncio.run(stage())
    print(f"--- {stage.__name__} ({len(trace)} events)")
    for i, line in enumerate(trace):
        print(f"{i:3d} {line}")
