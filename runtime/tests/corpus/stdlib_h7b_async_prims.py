import asyncio
async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.02, order.append, 'later2')
    loop.call_later(0.01, order.append, 'later1')
    loop.call_soon(order.append, 'soon')
    h = loop.call_later(0.005, order.append, 'cancelled')
    h.cancel()
    await asyncio.sleep(0.03)
    print(order, h.cancelled())
    r = await asyncio.sleep(0, result='res')
    print(r)
    cond = asyncio.Condition()
    items = []
    async def cons(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return (i, items.pop())
    cs = [asyncio.create_task(cons(i)) for i in range(3)]
    await asyncio.sleep(0)
    for k in range(3):
        async with cond:
            items.append(k * 10)
            cond.notify()
        await asyncio.sleep(0)
    print(sorted(await asyncio.gather(*cs)))
    async def inner():
        await asyncio.sleep(0.05)
        return 'inner done'
    t = asyncio.create_task(inner())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except asyncio.TimeoutError:
        print('timeout; shielded task cancelled?', t.cancelled())
    print(await t)
    async def raiser():
        raise KeyError('k')
    t2 = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print(t2.done(), type(t2.exception()).__name__, repr(t2.exception()))
    f = loop.create_future()
    f.add_done_callback(lambda fut: order.append(('cb', fut.result())))
    f.set_result(5)
    await asyncio.sleep(0)
    print(order[-1], f.result())
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    f2.cancel()
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print('CancelledError', repr(e))
    async def cancel_me():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('cleanup on cancel')
            raise
    t3 = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    t3.cancel('reason!')
    try:
        await t3
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    pq = asyncio.PriorityQueue()
    for v in [5, 1, 3]:
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue(2)
    lq.put_nowait(1); lq.put_nowait(2)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull', lq.get_nowait())
    async def gen_tasks():
        for i in range(3):
            yield asyncio.create_task(asyncio.sleep(0, result=i))
    print([await t async for t in gen_tasks()])
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(inner()) if False else '', asyncio.current_task().get_name() != '', len(asyncio.all_tasks()))
    async with asyncio.timeout(1) if hasattr(asyncio, 'timeout') else asyncio.Lock():
        pass
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout ctx')
    return 'end'
print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'rc')))
loop.close()
print(loop.is_closed())
async def bad():
    raise ValueError('top')
try:
    asyncio.run(bad())
except ValueError as e:
    print('ValueError', e)
