import asyncio


async def service(name, turns, result=None, exc=None):
    try:
        for _ in range(turns):
            await asyncio.sleep(0)
        if exc:
            raise exc
        return result if result is not None else name.upper()
    except asyncio.CancelledError:
        print(f"  [{name} cancelled]")
        raise


async def slow(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return name
    except asyncio.CancelledError:
        print(f"  [{name} cancelled after timeout]")
        raise
    finally:
        print(f"  [{name} cleanup]")


async def with_wait_for():
    print("== wait_for ==")
    print("fast:", await asyncio.wait_for(service("fast", 2), timeout=1))
    try:
        await asyncio.wait_for(slow("hang", 5), timeout=0.001)
    except asyncio.TimeoutError as e:
        print("TimeoutError caught; is builtin TimeoutError:", type(e) is TimeoutError,
              "args:", e.args)
    try:
        await asyncio.wait_for(service("boom", 1, exc=KeyError("k")), timeout=1)
    except KeyError as e:
        print("inner error propagates:", repr(e))
    print("timeout None:", await asyncio.wait_for(service("none", 1), None))
    try:
        await asyncio.wait_for(slow("zero", 1), timeout=0)
    except TimeoutError:
        print("zero timeout -> TimeoutError")


async def with_timeout_cm():
    print("== asyncio.timeout ==")
    try:
        async with asyncio.timeout(0.001) as cm:
            print("  expired before?", cm.expired())
            await slow("cm", 5)
    except TimeoutError as e:
        print("caught", type(e).__name__, "expired:", cm.expired(),
              "cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)

    async with asyncio.timeout(None) as cm:
        print("  when() with None:", cm.when())
        await service("nolimit", 2)
    print("  no-limit expired:", cm.expired())

    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        print("  after reschedule(None):", cm.when())
        await asyncio.sleep(0)
    print("  rescheduled block finished, expired:", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("  unreachable")
    except TimeoutError:
        print("  timeout_at in past -> TimeoutError")

    # nested timeouts: inner fires first
    try:
        async with asyncio.timeout(10):
            try:
                async with asyncio.timeout(0.001):
                    await slow("nested-inner", 1)
            except TimeoutError:
                print("  inner timeout handled, outer continues")
            print("  outer body done")
    except TimeoutError:
        print("  outer timed out (unexpected)")

    # error inside timeout block is not converted
    try:
        async with asyncio.timeout(1):
            raise ZeroDivisionError("inside")
    except ZeroDivisionError as e:
        print("  plain error passes:", e)


async def with_fallback(fetchers, per_call):
    for name, coro_fn in fetchers:
        try:
            return name, await asyncio.wait_for(coro_fn(), per_call)
        except TimeoutError:
            print(f"  {name} timed out, trying next")
        except ConnectionError as e:
            print(f"  {name} failed: {e}")
    return None, None


async def main():
    await with_wait_for()
    await with_timeout_cm()
    print("== fallback chain ==")
    result = await with_fallback([
        ("primary", lambda: slow("primary", 3)),
        ("secondary", lambda: service("secondary", 1, exc=ConnectionError("refused"))),
        ("cache", lambda: service("cache", 2, result={"hit": True})),
    ], 0.3)
    print("fallback result:", result)


asyncio.run(main())
