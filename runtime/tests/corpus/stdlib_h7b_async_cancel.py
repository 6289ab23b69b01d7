import asyncio
log = []
async def tick(n):
    for _ in range(n):
        await asyncio.sleep(0)
async def worker(name, delay, fail=False):
    try:
        for i in range(3):
            await tick(int(delay * 1000))
            log.append((name, i))
        if fail:
            raise ValueError(name)
        return name
    except asyncio.CancelledError:
        log.append((name, 'cancelled'))
        raise
    finally:
        log.append((name, 'finally'))
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('a', 0.001))
            tg.create_task(worker('b', 0.002, fail=True))
            tg.create_task(worker('c', 0.01))
    except* ValueError as eg:
        print('eg', [str(e) for e in eg.exceptions])
    print(log); log.clear()
    tasks = [asyncio.create_task(worker(n, 0.001 * k, fail=(k == 2))) for k, n in enumerate('xyz', 1)]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print('gather err', e)
    await tick(100)
    print(sorted(log, key=str)); log.clear()
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    g = asyncio.gather(worker('p', 0.01), worker('q', 0.01))
    await tick(1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    await asyncio.sleep(0)
    print(sorted(log, key=str)); log.clear()
    async def nested():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0)
            return 'swallowed'
    t = asyncio.create_task(nested())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    async def raise_in_finally():
        try:
            raise KeyError('first')
        finally:
            await asyncio.sleep(0)
    try:
        await raise_in_finally()
    except KeyError as e:
        print('KeyError', e)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'woke'
    ws = [asyncio.create_task(waiter()) for _ in range(3)]
    loop = asyncio.get_running_loop()
    loop.call_later(0.001, ev.set)
    print(await asyncio.gather(*ws))
    r = await asyncio.wait_for(asyncio.gather(*[asyncio.sleep(0, i) for i in range(4)]), 1)
    print(r)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001 * i, i)) for i in range(5)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done) >= 1, len(pending) + len(done))
    for p in pending: p.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(worker('w', 0.001, fail=True)), asyncio.create_task(asyncio.sleep(0.5))], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    for p in pending: p.cancel()
    await asyncio.sleep(0)
    return 'ok'
print(asyncio.run(main()))
