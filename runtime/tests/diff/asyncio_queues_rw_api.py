import asyncio, re

def clean(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)

async def main():
    q = asyncio.Queue()
    print(str(q), clean(repr(q)), q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize(), q.empty(), q.full())
    print([q.get_nowait() for _ in range(3)])
    print(str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e), isinstance(e, Exception))
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)

    b = asyncio.Queue(maxsize=2)
    await b.put('a'); await b.put('b')
    print(b.full(), str(b))
    try:
        b.put_nowait('c')
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e))
    log = []
    async def producer():
        await b.put('c')
        log.append('put c')
    t = asyncio.create_task(producer())
    await asyncio.sleep(0)
    print(str(b))
    print(await b.get(), log)
    await asyncio.sleep(0)
    print(log, str(b))
    await t

    # negative maxsize: unbounded
    n = asyncio.Queue(-1)
    for i in range(10):
        n.put_nowait(i)
    print(n.full(), n.qsize(), n.maxsize)

    # getters waiting
    e = asyncio.Queue()
    results = []
    async def getter(tag):
        results.append((tag, await e.get()))
    ts = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(e))
    for v in 'xyz':
        e.put_nowait(v)
    await asyncio.gather(*ts)
    print(results, str(e))

    # cancelled getter does not eat an item
    c = asyncio.Queue()
    g1 = asyncio.create_task(c.get())
    g2 = asyncio.create_task(c.get())
    await asyncio.sleep(0)
    g1.cancel()
    c.put_nowait('only')
    try:
        await g1
    except asyncio.CancelledError:
        print('g1 cancelled')
    print(await g2)

    # join / task_done
    j = asyncio.Queue()
    done = []
    async def worker():
        while True:
            item = await j.get()
            done.append(item)
            j.task_done()
    w = asyncio.create_task(worker())
    for i in range(5):
        j.put_nowait(i)
    print('tasks' in str(j), str(j))
    await j.join()
    print(done, str(j))
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    await asyncio.Queue().join()

    # priority and lifo
    p = asyncio.PriorityQueue()
    for v in [5, 1, 4, 2, 3]:
        p.put_nowait(v)
    print(str(p), [p.get_nowait() for _ in range(5)])
    l = asyncio.LifoQueue()
    for v in 'abc':
        await l.put(v)
    print(str(l), [await l.get() for _ in range(3)])
    print(asyncio.Queue[int], asyncio.PriorityQueue[str])
    print([c.__name__ for c in asyncio.LifoQueue.__mro__])
    print(sorted(asyncio.queues.__all__))

    # repr of subclasses and getters/putters count
    s = asyncio.Queue(1)
    s.put_nowait(1)
    ps = [asyncio.create_task(s.put(k)) for k in range(2)]
    await asyncio.sleep(0)
    print(str(s))
    s.get_nowait(); await asyncio.sleep(0)
    s.get_nowait(); await asyncio.sleep(0)
    s.get_nowait()
    print(str(s))
    await asyncio.gather(*ps)

asyncio.run(main())
q = asyncio.Queue()
q.put_nowait(1)
print(q.get_nowait())
