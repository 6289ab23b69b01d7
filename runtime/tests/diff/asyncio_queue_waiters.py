# asyncio queues: waiting getters and putters, cancellation while waiting (the wake-up
# passes on), task_done/join, repr, priority and LIFO order.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full(), q.qsize())
    log = []

    async def getter(name):
        item = await q.get()
        log.append((name, item))
        q.task_done()

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    g3 = asyncio.create_task(getter("g3"))
    await asyncio.sleep(0)
    print(str(q))
    g2.cancel()
    await q.put(1)
    await q.put(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, g2.cancelled(), str(q))

    for i in range(2):
        q.put_nowait(10 + i)
    try:
        q.put_nowait(99)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))

    async def putter(v):
        await q.put(v)
        log.append(("put", v))

    p1 = asyncio.create_task(putter(20))
    p2 = asyncio.create_task(putter(21))
    await asyncio.sleep(0)
    print(str(q).replace(repr(q._queue), "Q"))
    p1.cancel()
    print(q.get_nowait(), q.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log[-2:], q.qsize(), p1.cancelled())
    while not q.empty():
        q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    for _ in range(q._unfinished_tasks):
        q.task_done()
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    pq = asyncio.PriorityQueue()
    lq = asyncio.LifoQueue()
    for v in [5, 1, 4, 2, 3]:
        pq.put_nowait(v)
        lq.put_nowait(v)
    print([pq.get_nowait() for _ in range(5)], [lq.get_nowait() for _ in range(5)])
    print(asyncio.Queue[int], str(asyncio.LifoQueue(3)), str(pq))

    # join() waits for task_done of every item.
    jq = asyncio.Queue()
    done = []

    async def worker():
        while True:
            v = await jq.get()
            done.append(v)
            jq.task_done()

    w = asyncio.create_task(worker())
    for v in range(5):
        await jq.put(v)
    await jq.join()
    w.cancel()
    print(done)


asyncio.run(main())
