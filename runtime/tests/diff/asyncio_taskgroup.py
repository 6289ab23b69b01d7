# asyncio.TaskGroup and asyncio.timeout (3.11 semantics).
import asyncio


def describe(eg):
    return f"{type(eg).__name__}({eg.message!r}, {[type(e).__name__ + ':' + str(e) for e in eg.exceptions]})"


async def child(tag, d, log, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"{tag} failed")
        log.append(f"{tag} ok")
        return tag
    except asyncio.CancelledError:
        log.append(f"{tag} cancelled")
        raise


async def tg_success():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.02, log))
        t2 = tg.create_task(child("b", 0.01, log), name="named")
        print(repr(tg).startswith("<TaskGroup"), t2.get_name())
    print(t1.result(), t2.result(), log)


async def tg_failure():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 0.01, log, fail=True))
            tg.create_task(child("y", 1, log))
            tg.create_task(child("z", 1, log))
            await asyncio.sleep(1)
            log.append("body not reached")
    except ExceptionGroup as eg:
        print("caught", describe(eg))
    print(sorted(log))
    # two failures at the same time
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("p", 0.01, log, fail=True))
            tg.create_task(child("q", 0.01, log, fail=True))
    except ExceptionGroup as eg:
        print("caught", describe(eg))
    # the body raises
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("r", 1, log))
            raise KeyError("from body")
    except ExceptionGroup as eg:
        print("caught", describe(eg), log)
    # split with subgroup
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("s", 0, [], fail=True))
    except ExceptionGroup as eg:
        print("group of", len(eg.exceptions), isinstance(eg.exceptions[0], ValueError))
    print("cancelling count", asyncio.current_task().cancelling())


async def tg_errors():
    tg = asyncio.TaskGroup()
    c = child("never", 0, [])
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    c = child("late", 0, [])
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()


async def tg_outer_cancel():
    log = []
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("m", 1, log))
            tg.create_task(child("n", 1, log))
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled", sorted(log), t.cancelled())


async def timeouts():
    log = []
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).split(" when=")[0], cm.expired())
            await child("slow", 1, log)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, type(e.__context__).__name__, cm.expired())
    print(log, repr(cm))
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("no timeout", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.001)
        print(cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    # reschedule
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(e)
    # a deadline already passed
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fired")
    # inner exception is not converted
    try:
        async with asyncio.timeout(1):
            raise ValueError("inner")
    except ValueError as e:
        print("passed through", e)
    # nested: the inner one fires
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0)
            print("outer still fine")
    except TimeoutError:
        print("outer timeout (wrong)")


async def main():
    # each part in its own task, so a part's leftover cancel requests
    # (see tg_failure) do not affect the next one
    for part in (tg_success, tg_failure, tg_errors, tg_outer_cancel, timeouts):
        await asyncio.create_task(part())
    print(asyncio.current_task().cancelling())


asyncio.run(main())
try:
    asyncio.run(asyncio.wait_for(asyncio.sleep(1), 0.01))
except TimeoutError:
    print("wait_for in run: TimeoutError")
