# asyncio odds and ends: Runner, exception handlers, executors, awaitables,
# async generators under the loop, Barrier, loop errors.
import asyncio
import functools


class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(fut.set_result, None)
        yield from fut
        return self.value


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def use_agen():
    out = [x async for x in agen(4)]
    total = 0
    async for x in agen(3):
        total += x
    return out, total


async def handlers():
    loop = asyncio.get_running_loop()
    seen = []

    def handler(lp, context):
        seen.append((lp is loop, context["message"].split(" at ")[0],
                     type(context.get("exception")).__name__))

    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    def bad():
        raise ZeroDivisionError("oops")

    loop.call_soon(bad)
    loop.call_soon(functools.partial(bad))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(seen)
    loop.call_exception_handler({"message": "custom"})
    print(seen[-1])
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)


async def executors():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, pow, 2, 10)
    print("executor", r)
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("executor error", e)
    print("to_thread", await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))


async def awaitables():
    print(await Awaitable(7))
    t = asyncio.ensure_future(Awaitable(8))
    print(type(t).__name__, await t)
    print(await asyncio.gather(Awaitable(1), Awaitable(2)))
    print(await asyncio.wait_for(Awaitable(3), 1))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    print(await use_agen())
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f, asyncio.isfuture(f), asyncio.isfuture(3))
    f.cancel()


async def barrier():
    b = asyncio.Barrier(3)
    order = []

    async def party(n):
        order.append(f"arrive {n}")
        idx = await b.wait()
        order.append(f"pass {n}")
        return idx

    print(sorted(await asyncio.gather(*(party(n) for n in range(3)))))
    print(order, b.n_waiting, b.broken, b.parties)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


async def tasks_info():
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name() == "main-task")

    async def sub():
        await asyncio.sleep(0.001)

    ts = [asyncio.create_task(sub()) for _ in range(3)]
    print(len(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(len(asyncio.all_tasks()), all(t.done() for t in ts))


async def main():
    await handlers()
    await executors()
    await awaitables()
    await barrier()
    await tasks_info()


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(loop.is_running())
    t = loop.create_task(main(), name="main-task")
    runner.run(asyncio.sleep(0))
    runner.run(t) if False else loop.run_until_complete(t)
    print(runner.run(asyncio.sleep(0.001, "second run")))
print(loop.is_closed())
try:
    runner.run(asyncio.sleep(0))
except RuntimeError as e:
    print(e)

try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(e)

loop1 = asyncio.new_event_loop()
loop2 = asyncio.new_event_loop()
f = loop1.create_future()
try:
    loop2.run_until_complete(f)
except ValueError as e:
    print(e)
done = loop1.create_future()
done.set_result("already")
print(loop1.run_until_complete(done))
loop1.close()
c = asyncio.sleep(0)
try:
    loop1.create_task(c)
except RuntimeError as e:
    print(e)
c.close()


async def stops_early():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.01)

try:
    loop2.run_until_complete(stops_early())
except RuntimeError as e:
    print(e)
loop2.close()
print(asyncio.iscoroutinefunction(stops_early), asyncio.iscoroutinefunction(lambda: 1),
      asyncio.iscoroutinefunction(functools.partial(stops_early)))


class Cls:
    async def m(self):
        return 1

print(asyncio.iscoroutinefunction(Cls.m), asyncio.iscoroutinefunction(Cls().m))
