import asyncio

log = []


def L(msg):
    log.append(msg)
    print(" ", msg)


async def lock_user(lock, name, hold_turns):
    L(f"{name} wants lock")
    try:
        async with lock:
            L(f"{name} has lock")
            for _ in range(hold_turns):
                await asyncio.sleep(0)
        L(f"{name} released")
    except asyncio.CancelledError:
        L(f"{name} cancelled (locked={lock.locked()})")
        raise


async def lock_scenarios():
    print("== lock handoff with cancelled waiter ==")
    lock = asyncio.Lock()
    a = asyncio.create_task(lock_user(lock, "a", 2))
    b = asyncio.create_task(lock_user(lock, "b", 1))
    c = asyncio.create_task(lock_user(lock, "c", 1))
    await asyncio.sleep(0)
    b.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print("  results:", [type(r).__name__ for r in results])
    print("  locked at end:", lock.locked())

    print("== woken waiter cancelled before it runs ==")
    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(lock_user(lock, "w1", 0))
    w2 = asyncio.create_task(lock_user(lock, "w2", 0))
    await asyncio.sleep(0)
    lock.release()
    w1.cancel()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("  w1 cancelled:", w1.cancelled(), "w2 done:", w2.done(), "locked:", lock.locked())


async def sem_scenarios():
    print("== semaphore order ==")
    sem = asyncio.Semaphore(2)
    order = []

    async def user(i, turns):
        async with sem:
            order.append(f"+{i}")
            for _ in range(turns):
                await asyncio.sleep(0)
            order.append(f"-{i}")

    await asyncio.gather(*(user(i, t) for i, t in enumerate([3, 1, 2, 1, 0, 1])))
    print("  ", " ".join(order))

    print("== semaphore with cancelled waiters ==")
    sem = asyncio.Semaphore(1)
    got = []

    async def taker(name):
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            L(f"{name} cancelled while waiting")
            raise
        got.append(name)
        L(f"{name} acquired (value now locked={sem.locked()})")

    await sem.acquire()
    ts = {n: asyncio.create_task(taker(n)) for n in ["t1", "t2", "t3", "t4"]}
    await asyncio.sleep(0)
    ts["t2"].cancel()
    sem.release()
    ts["t1"].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for n in ["t3", "t4"]:
        if not ts[n].done():
            sem.release()
            await asyncio.sleep(0)
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print("  got:", got, "locked:", sem.locked())


async def queue_scenarios():
    print("== queue getter cancelled after wakeup ==")
    q = asyncio.Queue()

    async def getter(name):
        try:
            item = await q.get()
        except asyncio.CancelledError:
            L(f"{name} cancelled, qsize={q.qsize()}")
            raise
        L(f"{name} got {item}")
        return item

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    await asyncio.sleep(0)
    q.put_nowait("only")
    g1.cancel()
    res = await asyncio.gather(g1, g2, return_exceptions=True)
    print("  results:", [r if isinstance(r, str) else type(r).__name__ for r in res])

    print("== putter blocked on full queue, cancelled ==")
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")

    async def putter(name, item):
        try:
            await q.put(item)
            L(f"{name} put {item}")
        except asyncio.CancelledError:
            L(f"{name} cancelled, full={q.full()}")
            raise

    p1 = asyncio.create_task(putter("p1", "x"))
    p2 = asyncio.create_task(putter("p2", "y"))
    await asyncio.sleep(0)
    print("  got", q.get_nowait())
    p1.cancel()
    await asyncio.gather(p1, p2, return_exceptions=True)
    print("  queue now:", [q.get_nowait() for _ in range(q.qsize())])

    print("== join with unfinished tasks ==")
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)

    async def slow_worker():
        while not q.empty():
            item = q.get_nowait()
            await asyncio.sleep(0)
            L(f"processed {item}")
            q.task_done()

    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("  join done before work:", joiner.done())
    await slow_worker()
    await joiner
    print("  join finished")
    try:
        q.task_done()
    except ValueError as e:
        print("  ValueError:", e)


async def event_scenarios():
    print("== event wait with timeout ==")
    ev = asyncio.Event()

    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
        L("event set")

    try:
        await asyncio.wait_for(ev.wait(), 0.001)
    except TimeoutError:
        L("first wait timed out")
    t = asyncio.create_task(setter())
    print("  second wait:", await asyncio.wait_for(ev.wait(), 1))
    await t


async def main():
    await lock_scenarios()
    await sem_scenarios()
    await queue_scenarios()
    await event_scenarios()
    print("log size:", len(log))


asyncio.run(main())
