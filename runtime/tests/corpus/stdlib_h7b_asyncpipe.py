import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0)
    return f"{name} produced {n}"

async def consumer(q, out, cid):
    handled = 0
    while True:
        item = await q.get()
        try:
            if item is None:
                return (cid, handled)
            out.append((cid, item))
            handled += 1
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    prods = [asyncio.create_task(producer(q, f"p{k}", 5 + k)) for k in range(3)]
    cons = [asyncio.create_task(consumer(q, out, c)) for c in range(2)]
    res = await asyncio.gather(*prods)
    print(res)
    await q.join()
    for _ in cons:
        await q.put(None)
    done = await asyncio.gather(*cons)
    print(sum(h for _, h in done), len(out))
    print(sorted(item for _, item in out)[:6])
    print(q.empty(), q.qsize(), q.full(), q.maxsize)

    async def slow(x, d):
        await asyncio.sleep(d)
        return x * 10
    try:
        await asyncio.wait_for(slow(1, 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(slow(2, 0), timeout=1))
    t = asyncio.create_task(slow(3, 10), name='sleeper')
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled(), t.done(), t.get_name())
    async def boom(x):
        await asyncio.sleep(0)
        raise ValueError(f"boom {x}")
    r = await asyncio.gather(slow(1, 0), boom(2), slow(3, 0), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r], str(r[1]))
    try:
        await asyncio.gather(slow(1, 0), boom(5))
    except ValueError as e:
        print('gather raised', e)
    tasks = [asyncio.create_task(slow(i, 0.001 * (5 - i))) for i in range(5)]
    order = []
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print(sorted(order))
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, 0)) for i in range(3)])
    print(len(done), len(pending), sorted(t.result() for t in done))
    ev = asyncio.Event()
    lock = asyncio.Lock()
    shared = []
    async def waiter(i):
        await ev.wait()
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    print('before set', shared, ev.is_set(), lock.locked())
    ev.set()
    await asyncio.gather(*ws)
    print(shared)
    sem = asyncio.Semaphore(2)
    active = [0]; peak = [0]
    async def limited(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0)
            active[0] -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(8))), peak[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'fut-result')
    print(await fut, fut.done())
    return 'main-done'

print(asyncio.run(main()))
async def counter(n):
    s = 0
    for i in range(n):
        s += i
        if i % 50 == 0:
            await asyncio.sleep(0)
    return s
print(asyncio.run(counter(1000)))
try:
    asyncio.run(asyncio.sleep(0) if False else None)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
