"""An asyncio job pipeline: queue-based workers, rate limiting, retries, timeouts, cancellation."""
import asyncio


class JobFailed(Exception):
    def __init__(self, job, attempt):
        super().__init__(f"job {job} failed on attempt {attempt}")
        self.job, self.attempt = job, attempt


log = []


def note(msg):
    log.append(msg)
    print(msg)


async def tick(n=1):
    for _ in range(n):
        await asyncio.sleep(0)


async def run_job(job, attempt):
    await tick(job % 3 + 1)
    if job % 5 == 0 and attempt < 2:
        raise JobFailed(job, attempt)
    if job == 7:
        raise ValueError("seven is cursed")
    return job * job


async def with_retry(job, tries=3):
    for attempt in range(tries):
        try:
            return await run_job(job, attempt)
        except JobFailed as e:
            note(f"  retry: {e}")
    raise RuntimeError(f"gave up on {job}")


async def producer(queue, jobs, done_flag):
    for j in jobs:
        await queue.put(j)
        note(f"queued {j} (size {queue.qsize()})")
    await queue.join()
    done_flag.set()


async def consumer(name, queue, results, sem, lock):
    while True:
        job = await queue.get()
        try:
            async with sem:
                value = await with_retry(job)
            async with lock:
                results[job] = value
        except Exception as e:
            async with lock:
                results[job] = f"{type(e).__name__}: {e}"
        finally:
            queue.task_done()


async def pipeline():
    queue = asyncio.Queue(maxsize=3)
    results = {}
    sem = asyncio.Semaphore(2)
    lock = asyncio.Lock()
    done = asyncio.Event()
    workers = [asyncio.create_task(consumer(f"w{i}", queue, results, sem, lock), name=f"worker-{i}") for i in range(3)]
    await producer(queue, range(1, 11), done)
    print("event set:", done.is_set(), "queue empty:", queue.empty())
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(o).__name__ for o in outcome], [w.cancelled() for w in workers])
    for job in sorted(results):
        print(f"  job {job:2}: {results[job]}")


async def slow_count(n, label):
    try:
        for i in range(n):
            await asyncio.sleep(0)
        return f"{label} finished"
    except asyncio.CancelledError:
        note(f"{label} cancelled")
        raise
    finally:
        note(f"{label} cleanup")


async def timeouts():
    try:
        await asyncio.wait_for(slow_count(1000, "long"), timeout=0)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(slow_count(3, "short"), timeout=10))
    try:
        async with asyncio.timeout(0):
            await slow_count(50, "ctx")
    except TimeoutError as e:
        print("timeout context:", type(e).__name__)
    t = asyncio.create_task(slow_count(100, "victim"))
    await tick(3)
    print("cancel returns", t.cancel(), "done yet", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("victim cancelled:", t.cancelled())
    shielded = asyncio.create_task(slow_count(5, "shielded"))
    outer = asyncio.ensure_future(asyncio.shield(shielded))
    await tick()
    outer.cancel()
    await tick(10)
    print("shield:", outer.cancelled(), shielded.result())


async def ordering():
    async def delayed(v, n):
        await tick(n)
        return v
    order = []
    for fut in asyncio.as_completed([delayed("c", 6), delayed("a", 1), delayed("b", 3)]):
        order.append(await fut)
    print("as_completed:", order)
    tasks = [asyncio.create_task(delayed(i, 5 - i)) for i in range(5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", sorted(t.result() for t in done), len(pending))
    res = await asyncio.gather(delayed(1, 2), with_retry(7), with_retry(10), return_exceptions=True)
    print("gather:", [r if not isinstance(r, BaseException) else repr(r) for r in res])


async def agen_stats():
    async def numbers(limit):
        for i in range(limit):
            await tick()
            yield i
    async def squares(src):
        async for n in src:
            yield n * n
    total = 0
    async for sq in squares(numbers(6)):
        total += sq
    print("sum squares:", total, [s async for s in squares(numbers(4)) if s % 2 == 0])
    gen = numbers(10)
    print("first two:", await anext(gen), await anext(gen))
    await gen.aclose()
    print("after aclose:", await anext(gen, "exhausted"))


async def main():
    await pipeline()
    await timeouts()
    await ordering()
    await agen_stats()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut, asyncio.current_task().get_name())
    return len(log)


print("log entries:", asyncio.run(main()))
