"""asyncio worker pool with queues, events, locks, cancellation and timeouts."""
import asyncio


async def producer(queue, items, log):
    for it in items:
        await queue.put(it)
        log.append(f"put {it}")
        await asyncio.sleep(0)
    for _ in range(3):
        await queue.put(None)


async def worker(name, queue, results, lock, log):
    handled = 0
    while True:
        item = await queue.get()
        try:
            if item is None:
                log.append(f"{name} stop")
                return handled
            await asyncio.sleep(0)
            async with lock:
                results.append((item, name, item * item))
            handled += 1
        finally:
            queue.task_done()


async def pool_demo():
    queue = asyncio.Queue(maxsize=2)
    results, log = [], []
    lock = asyncio.Lock()
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, lock, log), name=f"w{i}")
               for i in range(3)]
    await producer(queue, list(range(1, 10)), log)
    await queue.join()
    counts = await asyncio.gather(*workers)
    print("handled total", sum(counts), "by", len(counts), "workers")
    print(sorted(r[0] for r in results), sum(r[2] for r in results))
    print(len([l for l in log if l.startswith("put")]), sorted(l for l in log if "stop" in l))
    print(queue.empty(), queue.qsize(), [t.get_name() for t in workers], all(t.done() for t in workers))


async def slow(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def gather_demo():
    print(await asyncio.gather(slow(3), slow(1), slow(2)))
    res = await asyncio.gather(slow(1), fails("bad"), slow(2), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(slow(1), fails("first"), fails("second"))
    except ValueError as e:
        print("gather raised", e)


async def cancel_demo():
    started = asyncio.Event()
    cleanup = []

    async def long_task():
        started.set()
        try:
            while True:
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            cleanup.append("cancelled")
            raise
        finally:
            cleanup.append("finally")

    t = asyncio.create_task(long_task())
    await started.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), cleanup)

    try:
        await asyncio.wait_for(slow(1000), timeout=0.0)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(slow(2), timeout=5))

    try:
        async with asyncio.timeout(0):
            await slow(10)
    except TimeoutError:
        print("timeout context fired")


async def taskgroup_demo():
    out = []
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(slow(i)).add_done_callback(lambda t: out.append(t.result()))
    print(sorted(out))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(5))
            tg.create_task(fails("in group"))
            tg.create_task(fails("also"))
    except* ValueError as eg:
        print("taskgroup errors:", sorted(str(e) for e in eg.exceptions))


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            active.remove(i)
            return i * 10

    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak[0])


async def async_gen_demo():
    async def ticker(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i

    print([x async for x in ticker(5)])
    total = 0
    async for x in ticker(4):
        total += x
    print("total", total)

    class AsyncRange:
        def __init__(self, n):
            self.n = n
            self.i = 0

        def __aiter__(self):
            return self

        async def __anext__(self):
            if self.i >= self.n:
                raise StopAsyncIteration
            self.i += 1
            await asyncio.sleep(0)
            return self.i

    print([v async for v in AsyncRange(3)])


async def main():
    await pool_demo()
    await gather_demo()
    await cancel_demo()
    await taskgroup_demo()
    await semaphore_demo()
    await async_gen_demo()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    return "main done"


print(asyncio.run(main()))
