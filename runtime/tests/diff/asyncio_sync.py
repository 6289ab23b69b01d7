# asyncio queues, locks, events, conditions, semaphores and contextvars.
import asyncio
import contextvars


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    log = []
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))

    async def producer():
        for i in range(5):
            await q.put(i)
            log.append(f"put {i}")
        await q.put(None)

    async def consumer(name):
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                log.append(f"{name} stop")
                return
            log.append(f"{name} got {item}")
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer("c"))
    print(log)
    print(q.empty(), str(q))
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q2.full(), str(q2))
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print(e)
    # join waits for task_done
    q3 = asyncio.Queue()
    for i in range(3):
        q3.put_nowait(i)
    done = []

    async def worker():
        while True:
            item = await q3.get()
            await asyncio.sleep(0.001)
            done.append(item)
            q3.task_done()

    w = asyncio.create_task(worker())
    await q3.join()
    print("joined", done)
    w.cancel()
    # get with timeout
    try:
        await asyncio.wait_for(q3.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out", q3.qsize(), str(q3))
    # priority and lifo
    pq = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "xyz":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    # several getters are served in order
    q4 = asyncio.Queue()
    got = []

    async def getter(n):
        got.append((n, await q4.get()))

    ts = [asyncio.create_task(getter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(str(q4))
    for v in "abc":
        q4.put_nowait(v)
    await asyncio.gather(*ts)
    print(got)


async def locks():
    lock = asyncio.Lock()
    log = []
    print(lock.locked(), repr(lock).endswith("[unlocked]>"))

    async def user(n):
        async with lock:
            log.append(f"{n} in")
            await asyncio.sleep(0.001)
            log.append(f"{n} out")

    await asyncio.gather(user(1), user(2), user(3))
    print(log)
    await lock.acquire()
    print(lock.locked(), repr(lock).endswith("[locked]>"))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # a cancelled waiter does not get the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:1]>"))
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked(), t.cancelled())

    ev = asyncio.Event()
    order = []

    async def waiter(n):
        order.append(f"wait {n}")
        r = await ev.wait()
        order.append(f"woke {n} {r}")

    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), repr(ev).endswith("[unset, waiters:3]>"))
    ev.set()
    order.append("set")
    await asyncio.gather(*ts)
    print(order, await ev.wait())
    ev.clear()
    print(ev.is_set(), repr(ev).endswith("[unset]>"))

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(n)
        return n

    print(await asyncio.gather(*(limited(n) for n in range(5))), peak[0])
    print(sem.locked(), repr(sem).endswith("[unlocked, value:2]>"))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    s0.release()
    print(await s0.acquire(), s0.locked())

    cond = asyncio.Condition()
    items = []
    clog = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            clog.append((n, items.pop(0)))

    cs = [asyncio.create_task(consumer(n)) for n in range(3)]
    await asyncio.sleep(0)
    for v in "pq":
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0.001)
    async with cond:
        items.append("r")
        cond.notify_all()
    await asyncio.gather(*cs)
    print(clog)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)


var = contextvars.ContextVar("var", default="default")
req = contextvars.ContextVar("req")


async def ctx_tasks():
    var.set("main")

    async def child(n):
        before = var.get()
        var.set(f"child {n}")
        await asyncio.sleep(0)
        return before, var.get()

    print(await asyncio.gather(child(1), child(2)))
    print(var.get())
    ctx = contextvars.copy_context()
    t = asyncio.create_task(child(3), context=ctx)
    print(await t, ctx[var], var.get())
    loop = asyncio.get_running_loop()
    got = []
    ctx2 = contextvars.copy_context()
    ctx2.run(var.set, "in ctx2")
    loop.call_soon(lambda: got.append(var.get()), context=ctx2)
    await asyncio.sleep(0)
    print(got)


def ctx_basics():
    print(var.get(), var.get("other"), var.name)
    try:
        req.get()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    print(req.get(None))
    tok = var.set("one")
    print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
    tok2 = var.set("two")
    var.reset(tok2)
    print(var.get())
    try:
        var.reset(tok2)
    except RuntimeError:
        print("token reused: RuntimeError")
    var.reset(tok)
    print(var.get())
    try:
        req.reset(var.set("x"))
    except ValueError:
        print("wrong var: ValueError")
    ctx = contextvars.copy_context()

    def inside():
        var.set("inside")
        return var.get()

    print(ctx.run(inside), var.get(), ctx[var], var in ctx, ctx.get(req, "nope"))
    print(len(ctx) >= 1, type(ctx).__name__)
    try:
        ctx.run(ctx.run, inside)
    except RuntimeError:
        print("re-enter: RuntimeError")


async def main():
    await producer_consumer()
    await locks()
    await ctx_tasks()


asyncio.run(main())
ctx_basics()
