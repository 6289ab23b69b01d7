# asyncio scheduling order: interleavings of tasks, callbacks, timers and
# cancellations, printed as event logs (must match CPython step for step).
import asyncio

log = []


def note(*parts):
    log.append(" ".join(str(p) for p in parts))


async def chatter(name, n, delay=0):
    for i in range(n):
        note(name, i)
        await asyncio.sleep(delay)
    return name


async def mixed_callbacks():
    loop = asyncio.get_running_loop()
    loop.call_soon(note, "soon A")
    t = asyncio.create_task(chatter("T", 3))
    loop.call_soon(note, "soon B")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: note("fut cb", f.result()))
    loop.call_soon(fut.set_result, "R")
    t.add_done_callback(lambda f: note("task cb", f.result()))
    note("main before await")
    await asyncio.sleep(0)
    note("main after one sleep(0)")
    await t
    note("main after await t")
    await asyncio.sleep(0)


async def timers():
    loop = asyncio.get_running_loop()
    base = loop.time()
    for d in (0.03, 0.01, 0.02, 0.01):
        loop.call_at(base + d, note, "timer", d)
    loop.call_later(0.015, note, "later 0.015")
    h = loop.call_later(0.012, note, "cancelled timer")
    h.cancel()
    await asyncio.sleep(0.05)


async def cancel_chain():
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            note("inner got cancel")
            await asyncio.sleep(0)
            note("inner cleanup done")
            raise

    async def middle():
        try:
            await inner()
        finally:
            note("middle finally")

    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    t.cancel()
    note("cancel requested")
    try:
        await t
    except asyncio.CancelledError:
        note("outer saw cancel", t.cancelled())


async def queue_cancel():
    q = asyncio.Queue()

    async def getter(n):
        try:
            v = await q.get()
            note("getter", n, "got", v)
        except asyncio.CancelledError:
            note("getter", n, "cancelled")
            raise

    ts = [asyncio.create_task(getter(n)) for n in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.gather(*ts, return_exceptions=True)
    note("queue left", q.qsize())


async def lock_fairness():
    lock = asyncio.Lock()

    async def worker(n):
        async with lock:
            note("worker", n, "has lock")
            await asyncio.sleep(0)
        note("worker", n, "released")

    await lock.acquire()
    ts = [asyncio.create_task(worker(n)) for n in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    note("lock free", not lock.locked())


async def semaphore_order():
    sem = asyncio.Semaphore(1)

    async def user(n):
        async with sem:
            note("sem", n, "in")
            await asyncio.sleep(0.001)
        note("sem", n, "out")

    await asyncio.gather(*(user(n) for n in range(3)))


async def timeout_gather():
    try:
        async with asyncio.timeout(0.075):
            await asyncio.gather(chatter("g1", 5, 0.05), chatter("g2", 5, 0.05))
    except TimeoutError:
        note("timeout around gather")
    await asyncio.sleep(0.06)


async def wait_for_in_taskgroup():
    async def slow():
        await asyncio.sleep(1)

    async def quick(n):
        await asyncio.sleep(0.001 * n)
        note("quick", n)
        return n

    async def guarded():
        try:
            await asyncio.wait_for(slow(), 0.005)
        except TimeoutError:
            note("wait_for timed out inside group")
            return "timed out"

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quick(1))
        b = tg.create_task(guarded())
        c = tg.create_task(quick(2))
    note("group done", a.result(), b.result(), c.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.wait_for(slow(), 0.005))
            tg.create_task(quick(50))
    except ExceptionGroup as eg:
        note("group failed with", [type(e).__name__ for e in eg.exceptions])


async def shield_cancelled_inner():
    inner = asyncio.create_task(asyncio.sleep(1))
    s = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await s
    except asyncio.CancelledError:
        note("shield propagated inner cancel", s.cancelled())


async def event_chain():
    ev1, ev2 = asyncio.Event(), asyncio.Event()

    async def a():
        await ev1.wait()
        note("a woke")
        ev2.set()

    async def b():
        await ev2.wait()
        note("b woke")

    tasks = [asyncio.create_task(b()), asyncio.create_task(a())]
    await asyncio.sleep(0)
    note("setting ev1")
    ev1.set()
    await asyncio.gather(*tasks)


async def main():
    for part in (mixed_callbacks, timers, cancel_chain, queue_cancel,
                 lock_fairness, semaphore_order, timeout_gather,
                 wait_for_in_taskgroup, shield_cancelled_inner, event_chain):
        log.clear()
        await part()
        print(part.__name__)
        for line in log:
            print("   ", line)


asyncio.run(main())
