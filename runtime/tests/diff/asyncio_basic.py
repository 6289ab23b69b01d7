# asyncio basics: run, tasks, futures, sleep ordering, loop callbacks.
import asyncio


def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def sleep0_order():
    log = []
    a = asyncio.create_task(ticker("a", 3, log))
    b = asyncio.create_task(ticker("b", 2, log))
    log.append("main")
    await asyncio.sleep(0)
    log.append("main2")
    print(await a, await b)
    print(log)


async def task_api():
    async def value(x):
        await asyncio.sleep(0)
        return x * 2

    async def fail():
        await asyncio.sleep(0)
        raise ValueError("bad value")

    t = asyncio.create_task(value(21), name="doubler")
    print(t.get_name(), t.done(), t.cancelled())
    show("result early", t.result)
    show("exception early", t.exception)
    print(await t, t.done(), t.result(), t.exception())
    t.set_name("renamed")
    print(t.get_name())
    t2 = asyncio.create_task(fail())
    try:
        await t2
    except ValueError as e:
        print("caught", e)
    print(t2.done(), type(t2.exception()).__name__, t2.cancelled())
    show("result of failed", t2.result)
    show("set_result on task", lambda: t.set_result(1))
    show("set_exception on task", lambda: t.set_exception(ValueError()))
    # unnamed tasks get Task-N names
    t3 = asyncio.create_task(value(1))
    print(t3.get_name().startswith("Task-"))
    await t3
    print(t3.get_coro() is not None)
    print(asyncio.current_task() is not None, asyncio.current_task() is t3)


async def callbacks():
    loop = asyncio.get_running_loop()
    order = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append(("cb1", f.result())))
    fut.add_done_callback(lambda f: order.append(("cb2", f.result())))
    fut.set_result(5)
    order.append("after set_result")
    print(order)
    await asyncio.sleep(0)
    print(order)
    fut.add_done_callback(lambda f: order.append("late"))
    print(order[-1])
    await asyncio.sleep(0)
    print(order[-1])
    show("set again", lambda: fut.set_result(6))
    f2 = loop.create_future()
    print(repr(f2))
    show("result pending", f2.result)
    show("exception pending", f2.exception)
    f2.set_exception(KeyError("k"))
    print(repr(f2))
    show("result", f2.result)
    print(type(f2.exception()).__name__)
    f3 = loop.create_future()
    print(f3.cancel(), f3.cancel(), f3.cancelled(), f3.done())
    print(repr(f3))
    show("cancelled result", f3.result)
    show("cancelled exception", f3.exception)
    f4 = loop.create_future()
    f4.set_result([1, 2])
    print(repr(f4))
    f5 = loop.create_future()
    show("StopIteration", lambda: f5.set_exception(StopIteration()))
    f5.set_exception(ValueError)
    print(repr(f5.exception()))
    f6 = loop.create_future()
    cb = lambda f: order.append("removed")
    f6.add_done_callback(cb)
    f6.add_done_callback(cb)
    print(f6.remove_done_callback(cb), f6.remove_done_callback(cb))
    f6.set_result(None)
    await asyncio.sleep(0)
    print("removed" in order)
    f7 = loop.create_future()
    loop.call_soon(f7.set_result, "from call_soon")
    print(await f7)
    f8 = loop.create_future()
    f8.cancel("why")
    try:
        await f8
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)


async def sleeps():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.sleep(0.01, result="slept")
    print(r, loop.time() - t0 >= 0.009)
    print(await asyncio.sleep(0, "zero"))
    order = []

    async def s(d, tag):
        await asyncio.sleep(d)
        order.append(tag)

    await asyncio.gather(s(0.03, "c"), s(0.01, "a"), s(0.02, "b"), s(0, "z"))
    print(order)


def loop_methods():
    loop = asyncio.new_event_loop()
    out = []
    loop.call_soon(out.append, "soon1")
    h = loop.call_soon(out.append, "cancelled")
    loop.call_later(0.02, out.append, "later2")
    loop.call_later(0.01, out.append, "later1")
    loop.call_at(loop.time() + 0.015, out.append, "at15")
    loop.call_soon(out.append, "soon2")
    h.cancel()
    print(h.cancelled())
    loop.call_later(0.03, loop.stop)
    print(loop.is_running(), loop.is_closed())
    loop.run_forever()
    print(out)

    async def coro(x):
        await asyncio.sleep(0.001)
        return x + 1

    print(loop.run_until_complete(coro(41)))
    t = loop.create_task(coro(1))
    print(loop.run_until_complete(t), t.done())
    f = loop.create_future()
    loop.call_later(0.001, f.set_result, "fut result")
    print(loop.run_until_complete(f))
    seq = []
    for i in range(5):
        loop.call_at(loop.time() + 0.005, seq.append, i)
    loop.run_until_complete(asyncio.sleep(0.01))
    print(seq)
    loop.call_soon(print, "pending at close never runs")
    loop.close()
    print(loop.is_closed())
    loop.close()
    show("call_soon closed", lambda: loop.call_soon(print))
    show("run closed", lambda: loop.run_forever())
    print(repr(loop).split(" ", 1)[1])


def event_loop_functions():
    show("get_running_loop outside", asyncio.get_running_loop)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)

    async def inner():
        print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
        show("nested run", lambda: loop.run_until_complete(asyncio.sleep(0)))
        c = asyncio.sleep(0)
        show("asyncio.run inside", lambda: asyncio.run(c))
        c.close()
        return "inner done"

    print(loop.run_until_complete(inner()))
    asyncio.set_event_loop(None)
    show("get_event_loop after None", asyncio.get_event_loop)
    show("set_event_loop bad", lambda: asyncio.set_event_loop(42))
    loop.close()
    show("run non-coroutine", lambda: asyncio.run(42))


async def main():
    await sleep0_order()
    await task_api()
    await callbacks()
    await sleeps()
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(show))
    c = main.__call__
    co = ticker("x", 0, [])
    print(asyncio.iscoroutine(co), asyncio.iscoroutine(show))
    co.close()
    return "main done"


print(asyncio.run(main()))
loop_methods()
event_loop_functions()
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print(issubclass(asyncio.InvalidStateError, Exception))
