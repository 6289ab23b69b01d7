import asyncio
import gc

reports = []


def collect(loop, context):
    exc = context.get("exception")
    reports.append((context["message"], type(exc).__name__, str(exc)))
    print(f"    !! {context['message']}: {type(exc).__name__}({exc})")


def checkpoint(label):
    gc.collect()
    print(f"  [{label}] reports so far: {len(reports)}")


async def fail(tag, turns=0, exc_type=ValueError):
    for _ in range(turns):
        await asyncio.sleep(0)
    raise exc_type(tag)


async def ok(tag, turns=0):
    for _ in range(turns):
        await asyncio.sleep(0)
    return tag


async def scenario_gather():
    print("gather:")
    try:
        await asyncio.gather(fail("g1"), fail("g2", 1), ok("g3"))
    except ValueError as e:
        print("  caught", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    checkpoint("gather first-error")
    res = await asyncio.gather(fail("r1"), ok("r2"), return_exceptions=True)
    print("  return_exceptions:", [repr(r) for r in res])
    checkpoint("gather return_exceptions")


async def scenario_wait():
    print("wait:")
    tasks = [asyncio.create_task(fail(f"w{i}", i), name=f"w{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("  done", len(done), "pending", len(pending))
    first = min(done, key=lambda t: t.get_name())
    print("  looked at:", repr(first.exception()))
    await asyncio.wait(pending)
    del first, done, pending
    tasks.clear()
    checkpoint("wait, only one looked at")


async def scenario_fire_and_forget():
    print("fire and forget:")
    asyncio.create_task(fail("orphan", 1, KeyError))
    background = set()
    t = asyncio.create_task(fail("kept", 1, IndexError))
    background.add(t)
    t.add_done_callback(background.discard)
    del t
    for _ in range(4):
        await asyncio.sleep(0)
    checkpoint("orphans")


async def scenario_taskgroup_and_timeout():
    print("taskgroup / wait_for / shield:")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("tg1", 1))
            tg.create_task(fail("tg2", 1, TypeError))
    except* (ValueError, TypeError) as eg:
        print("  group:", sorted(repr(e) for e in eg.exceptions))
    checkpoint("taskgroup")
    try:
        await asyncio.wait_for(fail("wf", 1), 1)
    except ValueError as e:
        print("  wait_for raised", e)
    inner = asyncio.create_task(fail("shielded", 2))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("  shield outer cancelled")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("  inner done:", inner.done())
    del inner, outer
    checkpoint("shielded inner dropped")


async def scenario_futures():
    print("plain futures:")
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(ConnectionError("f1"))
    f2 = loop.create_future()
    f2.set_exception(ConnectionError("f2"))
    f2.exception()
    f3 = loop.create_future()
    f3.set_exception(ConnectionError("f3"))
    try:
        await f3
    except ConnectionError:
        pass
    f4 = loop.create_future()
    f4.set_exception(ConnectionError("f4"))
    f4._log_traceback = False
    del f1, f2, f3, f4
    checkpoint("futures")
    lst = [loop.create_future() for _ in range(2)]
    for i, f in enumerate(lst):
        f.set_exception(ArithmeticError(f"list{i}"))
    lst.pop()
    checkpoint("popped one")
    lst.clear()
    checkpoint("cleared")


async def main():
    asyncio.get_running_loop().set_exception_handler(collect)
    await scenario_gather()
    await scenario_wait()
    await scenario_fire_and_forget()
    await scenario_taskgroup_and_timeout()
    await scenario_futures()
    print("summary:")
    for r in reports:
        print("  ", r)


asyncio.run(main())
