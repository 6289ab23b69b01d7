import asyncio
from collections import Counter


async def producer(name, q, items):
    for i in items:
        await q.put((name, i))
        await asyncio.sleep(0)
    return f"{name} done ({len(items)})"


async def consumer(cid, q, results):
    handled = 0
    while True:
        item = await q.get()
        try:
            if item is None:
                return cid, handled
            name, val = item
            results.append((cid, name, val * val))
            handled += 1
            await asyncio.sleep(0)
        finally:
            q.task_done()


async def pipeline():
    q = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(c, q, results), name=f"cons-{c}") for c in range(3)]
    prods = await asyncio.gather(producer("a", q, range(5)), producer("b", q, range(10, 14)))
    print("producers:", prods)
    await q.join()
    for _ in consumers:
        await q.put(None)
    stats = await asyncio.gather(*consumers)
    print("consumer stats total:", sum(h for _, h in stats), sorted(c for c, _ in stats))
    print("results:", sorted(r[1:] for r in results))
    print("names:", sorted(t.get_name() for t in consumers), all(t.done() for t in consumers))


async def slow(x, delay):
    await asyncio.sleep(delay)
    return x * 10


async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def timeouts():
    r = await asyncio.wait_for(slow(4, 0), timeout=1)
    print("wait_for ok:", r)
    try:
        await asyncio.wait_for(slow(5, 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, isinstance(e, TimeoutError))
    res = await asyncio.gather(slow(1, 0), failing(2), slow(3, 0), return_exceptions=True)
    print("gather exc:", [repr(x) for x in res])
    try:
        await asyncio.gather(failing(7), slow(1, 0))
    except ValueError as e:
        print("gather raised:", e)
    squares = [x async for x in agen(6)]
    print("async comp:", squares)
    total = 0
    async for v in agen(4):
        total += v
    print("async for total:", total)


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append(f"open {self.name}")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {self.name} {et.__name__ if et else None}")
        return et is KeyError


async def ctx_demo():
    log = []
    async with Resource("db", log) as r:
        log.append(f"use {r.name}")
    async with Resource("cache", log):
        raise KeyError("missing")
    try:
        async with Resource("net", log):
            raise RuntimeError("boom")
    except RuntimeError as e:
        log.append(f"caught {e}")
    print("ctx log:", log)


async def cancel_demo():
    ev = asyncio.Event()
    order = []

    async def waiter(i):
        try:
            await ev.wait()
            order.append(f"woke {i}")
        except asyncio.CancelledError:
            order.append(f"cancelled {i}")
            raise

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    print("cancel:", order, [type(d).__name__ for d in done], tasks[1].cancelled())
    lock = asyncio.Lock()
    counter = Counter()

    async def worker(w):
        for _ in range(3):
            async with lock:
                v = counter["n"]
                await asyncio.sleep(0)
                counter["n"] = v + 1
                counter[w] += 1

    await asyncio.gather(*(worker(f"w{i}") for i in range(4)))
    print("lock counter:", sorted(counter.items()))
    sem = asyncio.Semaphore(2)
    active = []
    peak = 0

    async def limited(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0)
            active.remove(i)
        return i

    print("sem:", await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, 0)) for i in range(3)])
    print("wait:", sorted(t.result() for t in done), len(pending))
    results = []
    for coro in asyncio.as_completed([slow(2, 0.02), slow(1, 0.01), slow(0, 0)]):
        results.append(await coro)
    print("as_completed:", results)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from callback")
    print("future:", await fut, fut.done())
    t = asyncio.create_task(slow(9, 0))
    print("shield:", await asyncio.shield(t))


async def main():
    await pipeline()
    await timeouts()
    await ctx_demo()
    await cancel_demo()
    return "finished"


print(asyncio.run(main()))
