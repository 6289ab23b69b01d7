import asyncio
from dataclasses import dataclass, field

SENTINEL = object()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: list = field(compare=False, default_factory=list)


log = []


def emit(msg):
    log.append(msg)
    print(msg)


async def producer(name, q, items):
    for i, item in enumerate(items):
        emit(f"{name}: put {item!r} (qsize before={q.qsize()}, full={q.full()})")
        await q.put(item)
        if i % 2 == 1:
            await asyncio.sleep(0)
    emit(f"{name}: done")


async def transformer(inq, outq):
    count = 0
    while True:
        item = await inq.get()
        try:
            if item is SENTINEL:
                emit("transformer: got sentinel")
                await outq.put(SENTINEL)
                return count
            count += 1
            result = item.upper() if isinstance(item, str) else item * 10
            emit(f"transformer: {item!r} -> {result!r}")
            await outq.put(result)
        finally:
            inq.task_done()


async def consumer(name, q, sink):
    while True:
        item = await q.get()
        if item is SENTINEL:
            q.task_done()
            emit(f"{name}: stop")
            break
        sink.append(item)
        emit(f"{name}: consumed {item!r}")
        q.task_done()


async def stage_pipeline():
    print("== bounded pipeline ==")
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue(maxsize=1)
    sink = []
    p = asyncio.create_task(producer("P", q1, ["a", 1, "b", 2, "c"]))
    t = asyncio.create_task(transformer(q1, q2))
    c = asyncio.create_task(consumer("C", q2, sink))
    await p
    await q1.put(SENTINEL)
    n = await t
    await c
    await q1.join()
    await q2.join()
    print("transformed count:", n)
    print("sink:", sink)
    print("q1 empty:", q1.empty(), "q2 empty:", q2.empty())


async def worker(wid, q, results):
    while True:
        job = await q.get()
        try:
            emit(f"worker{wid}: start {job.name} prio={job.priority}")
            await asyncio.sleep(0)
            results.append((wid, job.name, sum(job.payload)))
            emit(f"worker{wid}: end {job.name}")
        finally:
            q.task_done()


async def stage_priority():
    print("== priority workers ==")
    q = asyncio.PriorityQueue()
    for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2"), (5, "idle")]:
        q.put_nowait(Job(prio, name, list(range(prio * 2))))
    results = []
    workers = [asyncio.create_task(worker(i, q, results), name=f"w{i}") for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print("worker outcomes:", [type(r).__name__ for r in res])
    print("results:", results)


async def stage_lifo_nowait():
    print("== lifo / nowait ==")
    q = asyncio.LifoQueue(maxsize=3)
    for x in range(3):
        q.put_nowait(x)
    try:
        q.put_nowait(99)
    except asyncio.QueueFull:
        print("QueueFull raised, maxsize", q.maxsize)
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print("lifo order:", out)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")


async def stage_blocked_get():
    print("== blocked getters ==")
    q = asyncio.Queue()

    async def getter(tag):
        emit(f"{tag} waiting")
        v = await q.get()
        emit(f"{tag} got {v}")
        return v

    tasks = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for v in ["x", "y", "z"]:
        q.put_nowait(v)
        emit(f"main put {v}")
    print("gathered:", await asyncio.gather(*tasks))


async def main():
    await stage_pipeline()
    await stage_priority()
    await stage_lifo_nowait()
    await stage_blocked_get()
    print("total log lines:", len(log))


asyncio.run(main())
