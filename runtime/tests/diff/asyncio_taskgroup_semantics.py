# asyncio.TaskGroup: results, the first failure cancelling siblings and the body, a body
# error, misuse errors, the owner cancelled while waiting.
import asyncio

async def ok(n, d=0):
    for _ in range(d):
        await asyncio.sleep(0)
    return n

async def fail(msg, d=0):
    for _ in range(d):
        await asyncio.sleep(0)
    raise ValueError(msg)

async def slow(log, n):
    try:
        for _ in range(100):
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"cancelled {n}")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1, 2)); b = tg.create_task(ok(2), name="bee")
        print(repr(tg))
    print(a.result(), b.result(), b.get_name(), repr(tg))
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log, 1)); tg.create_task(fail("boom", 1)); tg.create_task(fail("bang", 1))
            await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0)
            log.append("body not cancelled?")
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions], log, asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log, 2))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions, log[-1])
    tg = asyncio.TaskGroup()
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    async with tg:
        pass
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    coro = ok(3)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    coro.close()
    # The outer task cancelled while the group waits.
    async def outer():
        async with asyncio.TaskGroup() as g:
            g.create_task(slow(log, 3))
            await asyncio.sleep(10)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0); await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", log[-1])


asyncio.run(main())
