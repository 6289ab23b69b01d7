# Rewritten asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
import asyncio
import re


def r(obj):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj))


async def lock_demo():
    lock = asyncio.Lock()
    print(r(lock), lock.locked())
    log = []

    async def worker(i):
        async with lock as x:
            log.append(('in', i, x))
            await asyncio.sleep(0)
            log.append(('out', i))

    await asyncio.gather(*(worker(i) for i in range(3)))
    print(log)
    await lock.acquire()
    t = asyncio.ensure_future(lock.acquire())
    await asyncio.sleep(0)
    print(r(lock))
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), r(lock))
    lock.release()
    print(r(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    # A cancelled waiter that was already woken passes the lock on.
    await lock.acquire()
    a = asyncio.ensure_future(lock.acquire())
    b = asyncio.ensure_future(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(a.cancelled(), b.done(), lock.locked())
    lock.release()


async def event_demo():
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    waiters = [asyncio.ensure_future(ev.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    ev.set()
    print([await w for w in waiters], r(ev))
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    w = asyncio.ensure_future(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print(w.cancelled(), r(ev))


async def cond_demo():
    cond = asyncio.Condition()
    print(r(cond))
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    got = []
    state = {'n': 0}

    async def waiter(i):
        async with cond:
            res = await cond.wait_for(lambda: state['n'] > i)
            got.append((i, res))

    ts = [asyncio.ensure_future(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        print(r(cond))
        state['n'] = 2
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        state['n'] = 5
        cond.notify_all()
    await asyncio.gather(*ts)
    print(got)
    # Condition sharing a lock; wait() cancelled still re-acquires.
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async def w2():
        async with c2:
            try:
                await c2.wait()
            except asyncio.CancelledError:
                print('cancelled, locked:', c2.locked())
                raise
    t = asyncio.ensure_future(w2())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled', lock.locked())
    async with c2:
        r1 = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'x')), 1)
        print(r1, c2.locked())


async def sem_demo():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    order = []

    async def job(i):
        async with sem:
            order.append(('start', i))
            await asyncio.sleep(0)
            order.append(('end', i))

    await asyncio.gather(*(job(i) for i in range(5)))
    print(order)
    await sem.acquire()
    await sem.acquire()
    print(r(sem), sem.locked())
    t = asyncio.ensure_future(sem.acquire())
    await asyncio.sleep(0)
    print(r(sem))
    sem.release()
    await asyncio.sleep(0)
    print(t.result(), r(sem))
    sem.release()
    sem.release()
    sem.release()
    print(r(sem))
    bs = asyncio.BoundedSemaphore(1)
    print(r(bs))
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, e)
    await bs.acquire()
    bs.release()
    print(r(bs))


async def barrier_demo():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(type(e).__name__, e)
    b = asyncio.Barrier(3)
    print(r(b), b.parties, b.n_waiting, b.broken)
    res = []

    async def party(i):
        idx = await b.wait()
        res.append((i, idx))

    ts = [asyncio.ensure_future(party(i)) for i in range(3)]
    await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(sorted(res), r(b))
    b1 = asyncio.Barrier(1)
    async with b1 as what:
        print('barrier1 index', what)
    t = asyncio.ensure_future(b.wait())
    await asyncio.sleep(0)
    print(r(b), b.n_waiting)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e)
    print(r(b), b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e)
    await b.reset()
    print(r(b))
    t = asyncio.ensure_future(b.wait())
    await asyncio.sleep(0)
    await b.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e)
    print(r(b))


async def main():
    await lock_demo()
    await event_demo()
    await cond_demo()
    await sem_demo()
    await barrier_demo()

asyncio.run(main())
