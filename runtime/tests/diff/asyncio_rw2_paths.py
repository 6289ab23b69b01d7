# Paths touched in the rewrite: wait_for (None, expired, timer), gather (dups,
# late results, cancel), shield, TaskGroup refusals, Handle error context,
# run_until_complete failures, partial callback reprs, Lock/Event/Barrier.
import asyncio
import functools


def show(label, fn):
    try:
        print(label, fn())
    except BaseException as e:
        print(label, type(e).__name__, e)


async def quick(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def boom(delay=0):
    await asyncio.sleep(delay)
    raise ValueError('boom')


async def main():
    print('wf none', await asyncio.wait_for(quick(1), None))
    for t in (0, -1):
        try:
            await asyncio.wait_for(quick(2, 0.01), t)
        except BaseException as e:
            print('wf expired', t, type(e).__name__)
    done = asyncio.get_running_loop().create_future()
    done.set_result('ready')
    print('wf done-at-zero', await asyncio.wait_for(done, 0))
    print('wf timer ok', await asyncio.wait_for(quick(3), 1))
    try:
        await asyncio.wait_for(quick(4, 1), 0.01)
    except BaseException as e:
        print('wf timer out', type(e).__name__)
    try:
        await asyncio.wait_for(boom(), 1)
    except BaseException as e:
        print('wf error', type(e).__name__, e)

    c = quick(5)
    print('gather dup', await asyncio.gather(c, c, quick(6)))
    print('gather exc', await asyncio.gather(quick(1), boom(), return_exceptions=True))
    try:
        await asyncio.gather(boom(), quick(7, 0.01))
    except BaseException as e:
        print('gather raise', type(e).__name__, e)
    await asyncio.sleep(0.02)
    g = asyncio.gather(quick(8, 1), quick(9, 1))
    await asyncio.sleep(0)
    print('gather cancel', g.cancel(), g.cancel())
    try:
        await g
    except BaseException as e:
        print('gather cancelled', type(e).__name__)
    print('gather empty', await asyncio.gather())
    try:
        asyncio.gather(42)
    except BaseException as e:
        print('gather bad', type(e).__name__, e)

    inner = asyncio.ensure_future(quick('kept', 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print('shield', outer.cancelled(), await inner)
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print('shield done', asyncio.shield(f) is f)

    tg = asyncio.TaskGroup()
    co = quick(1)
    show('tg not entered', lambda: tg.create_task(co))
    co.close()
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(quick(10), name='named')
    print('tg result', t.result(), t.get_name())
    co = quick(1)
    show('tg finished', lambda: tg.create_task(co))
    co.close()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            await asyncio.sleep(0.01)
            co = quick(1)
            show('tg aborting', lambda: tg.create_task(co))
            co.close()
    except BaseException as e:
        print('tg group', type(e).__name__, [type(x).__name__ for x in e.exceptions])

    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append(sorted(ctx)))

    def bad_cb(a, b=2):
        raise KeyError(a)
    loop.call_soon(functools.partial(bad_cb, 1, b=3))
    await asyncio.sleep(0)
    print('handler ctx', seen)
    h = loop.call_soon(functools.partial(functools.partial(bad_cb, 1), b=5), )
    print('handle repr', repr(h).split(' at ')[0])
    h.cancel()
    loop.set_exception_handler(None)

    lock = asyncio.Lock()
    async with lock:
        print('lock in', lock.locked())
    print('lock out', lock.locked())
    ev = asyncio.Event()
    waiter = asyncio.ensure_future(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    print('event', await waiter, ev.is_set())
    b = asyncio.Barrier(2)

    async def arrive():
        async with b as pos:
            return pos
    print('barrier', sorted(await asyncio.gather(arrive(), arrive())))
    t = asyncio.ensure_future(quick(1, 1))
    await asyncio.sleep(0)
    print('task cancel', t.cancel('why'), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('task cancelled', e.args)


asyncio.run(main())

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(boom())
except ValueError as e:
    print('ruc error', e)
show('ruc value', lambda: loop.run_until_complete(quick('v')))
loop.set_debug(True)
print('debug', loop.get_debug())
loop.close()
