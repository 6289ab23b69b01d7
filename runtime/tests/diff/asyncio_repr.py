# Reprs of asyncio objects: futures with callbacks, handles, tasks, queues.
import asyncio


class Obj:
    def meth(self, x):
        pass


# A bound method: reprs show no source location for it (a plain function's
# would include the script's path).
cb = Obj().meth


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def w():
        await f

    t = asyncio.create_task(w(), name="waiter")
    await asyncio.sleep(0)
    print(repr(f))
    f.add_done_callback(cb)
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    print(repr(t).split(" coro=")[0])
    t.cancel()
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(f), f.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print(repr(t).split(" coro=")[0])
    h = loop.call_soon(cb, 1)
    print(repr(h))
    h.cancel()
    print(repr(h))
    h2 = loop.call_soon(print, "x" * 40, [1, 2])
    print(repr(h2))
    h2.cancel()
    th = loop.call_later(10, cb, "x")
    print(repr(th).split("when=")[0], th.when() > loop.time())
    th.cancel()
    q = asyncio.Queue()
    print(repr(q).split(" at ")[0], str(q))
    g = asyncio.gather(asyncio.sleep(0))
    print(repr(g))
    await g
    print(repr(g))
    ok = loop.create_future()
    ok.set_result("a" * 50)
    print(repr(ok))
    bad = loop.create_future()
    bad.set_exception(ValueError("v"))
    print(repr(bad))
    bad.exception()
    lock = asyncio.Lock()
    print(repr(lock).split(" at ")[0], repr(lock)[-11:])
    print(repr(asyncio.Event())[-8:], repr(asyncio.Semaphore(3))[-20:])
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
    print(repr(tg))
    async with asyncio.timeout(5) as to:
        print(repr(to)[:22])
    print(repr(to))
    done = asyncio.create_task(asyncio.sleep(0, 5), name="five")
    await done
    print(repr(done).split(" coro=")[0], repr(done).endswith("result=5>"))
    print(type(loop).__name__, repr(loop))


asyncio.run(main())
