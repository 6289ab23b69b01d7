# asyncio cancellation, gather, wait_for, wait, as_completed, shield.
import asyncio


async def sleeper(tag, d, log, result=None):
    try:
        await asyncio.sleep(d)
        log.append(f"{tag} finished")
        return result if result is not None else tag
    except asyncio.CancelledError as e:
        log.append(f"{tag} cancelled {e.args}")
        raise
    finally:
        log.append(f"{tag} finally")


async def boom(d, msg="boom"):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def cancel_basics():
    log = []
    t = asyncio.create_task(sleeper("t", 1, log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling(), t.done())
    print(t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel(), log)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError", e.args)
    # cancel before the first step: the coroutine body never runs
    log2 = []
    t2 = asyncio.create_task(sleeper("t2", 1, log2))
    t2.cancel("early")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("early:", e.args, log2)
    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn ignores cancel")
        await asyncio.sleep(0)
        return "survived"
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled(), t3.cancelling(), t3.uncancel(), t3.cancelling())
    # cancel message
    t4 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t4.cancel(msg="with message")
    try:
        await t4
    except asyncio.CancelledError as e:
        print("message:", e.args)
    # CancelledError is not an Exception
    t5 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t5.cancel()
    try:
        try:
            await t5
        except Exception:
            print("not reached")
    except asyncio.CancelledError:
        print("CancelledError passed through except Exception")
    # done callbacks on tasks
    order = []
    t6 = asyncio.create_task(asyncio.sleep(0, "x"))
    t6.add_done_callback(lambda t: order.append(("done", t.result())))
    await t6
    await asyncio.sleep(0)
    print(order)


async def gather_tests():
    log = []
    print(await asyncio.gather())
    print(await asyncio.gather(sleeper("a", 0.02, log), sleeper("b", 0.01, log), asyncio.sleep(0, "c")))
    print(log)
    try:
        await asyncio.gather(boom(0.01, "first"), sleeper("slow", 0.03, log))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.04)
    print(log[-2:])
    res = await asyncio.gather(boom(0, "x"), asyncio.sleep(0, 1), boom(0.01, "y"),
                               return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])
    # same coroutine object twice is awaited once
    c = asyncio.sleep(0, "dup")
    print(await asyncio.gather(c, c))
    # cancelling the gather cancels the children
    log = []
    g = asyncio.gather(sleeper("g1", 1, log), sleeper("g2", 1, log))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    print(sorted(log), g.cancelled())
    # a child cancelled on its own: gather raises CancelledError
    log = []
    t = asyncio.create_task(sleeper("c1", 1, log))
    g = asyncio.gather(t, sleeper("c2", 0.01, log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("child cancel propagated, gather cancelled:", g.cancelled())
    await asyncio.sleep(0.02)
    print(log)
    # return_exceptions with a cancelled child
    t = asyncio.create_task(sleeper("c3", 1, []))
    g = asyncio.gather(t, asyncio.sleep(0.01, "ok"), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("bye")
    r = await g
    print([type(x).__name__ for x in r], r[0].args, r[1])
    # the task awaiting gather is cancelled
    log = []
    async def waiter():
        return await asyncio.gather(sleeper("w1", 1, log), sleeper("w2", 1, log))
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled", sorted(log))


async def wait_for_tests():
    log = []
    print(await asyncio.wait_for(sleeper("wf1", 0.01, log), 1))
    try:
        await asyncio.wait_for(sleeper("wf2", 1, log), 0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, type(e.__cause__).__name__, e.args)
    print(log)
    try:
        await asyncio.wait_for(sleeper("wf3", 1, log), 0)
    except TimeoutError:
        print("timeout 0 raised TimeoutError")
    print(await asyncio.wait_for(asyncio.sleep(0, "none timeout"), None))
    t = asyncio.create_task(asyncio.sleep(0, "done already"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(boom(0), 1)
    except ValueError as e:
        print("inner error", e)
    # ignoring cancellation inside wait_for
    async def ignore():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored cancel"
    print(await asyncio.wait_for(ignore(), 0.01))


async def wait_tests():
    log = []
    a = asyncio.create_task(sleeper("A", 0.01, log))
    b = asyncio.create_task(sleeper("B", 0.05, log))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print(done == {a}, pending == {b})
    done, pending = await asyncio.wait([a, b])
    print(done == {a, b}, pending)
    c = asyncio.create_task(sleeper("C", 1, log))
    done, pending = await asyncio.wait([c], timeout=0.01)
    print(done, pending == {c})
    c.cancel()
    d = asyncio.create_task(boom(0.01))
    e = asyncio.create_task(sleeper("E", 1, log))
    done, pending = await asyncio.wait([d, e], return_when=asyncio.FIRST_EXCEPTION)
    print(done == {d}, pending == {e}, type(d.exception()).__name__)
    e.cancel()
    for bad in ([], a):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    try:
        await asyncio.wait([a], return_when="SOMETIMES")
    except ValueError as err:
        print(err)
    co = asyncio.sleep(0)
    try:
        await asyncio.wait([co])
    except TypeError as err:
        print(err)
    co.close()
    await asyncio.sleep(0)


async def as_completed_tests():
    tasks = [asyncio.create_task(asyncio.sleep(d, r)) for d, r in
             [(0.03, "slow"), (0.01, "fast"), (0.02, "mid")]]
    for f in asyncio.as_completed(tasks):
        print("as_completed", await f)
    tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.01, 1)]
    got = []
    try:
        for f in asyncio.as_completed(tasks, timeout=0.03):
            got.append(await f)
    except asyncio.TimeoutError:
        print("as_completed timeout after", got)
    tasks[1].cancel()
    try:
        asyncio.as_completed(tasks[0])
    except TypeError as e:
        print(e)


async def shield_tests():
    log = []
    inner = asyncio.create_task(sleeper("inner", 0.1, log, "inner result"))
    async def outer():
        return await asyncio.shield(inner)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled, inner done?", inner.done())
    print(await inner, log)
    f = asyncio.shield(asyncio.sleep(0, "direct"))
    print(await f)
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print(asyncio.shield(done) is done)


async def main():
    await cancel_basics()
    await gather_tests()
    await wait_for_tests()
    await wait_tests()
    await as_completed_tests()
    await shield_tests()


asyncio.run(main())
# a cancelled main task
async def cancels_itself():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
try:
    asyncio.run(cancels_itself())
except asyncio.CancelledError:
    print("run raised CancelledError")
# an exception escaping asyncio.run
try:
    asyncio.run(boom(0, "escaped"))
except ValueError as e:
    print("run raised", e)
# tasks left pending are cancelled when run() ends
log = []
async def leaves_task():
    asyncio.create_task(sleeper("orphan", 1, log))
    await asyncio.sleep(0)
asyncio.run(leaves_task())
print(log)
