import asyncio
import gc
import sys

reports = []


def handler(loop, context):
    exc = context.get("exception")
    keys = sorted(k for k in context if k not in ("exception",))
    msg = context.get("message").split(" at ")[0]
    reports.append(msg)
    print(f"[handler] message={msg!r} exc={type(exc).__name__ if exc else None}:{exc} keys={keys}")


def bad_callback(x):
    print("bad_callback running with", x)
    return 1 / x


class Service:
    def __init__(self):
        self.state = "idle"

    async def crash(self):
        await asyncio.sleep(0)
        self.state = "crashed"
        raise ValueError("service crashed")


async def main():
    loop = asyncio.get_running_loop()
    print("default handler installed:", loop.get_exception_handler() is None)
    loop.set_exception_handler(handler)
    print("custom installed:", loop.get_exception_handler() is handler)

    print("-- exception in callback --")
    loop.call_soon(bad_callback, 0)
    loop.call_soon(bad_callback, 4)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    print("-- explicit call_exception_handler --")
    loop.call_exception_handler({"message": "custom report", "detail": 42})
    loop.call_exception_handler({"message": "with exc", "exception": KeyError("k")})

    print("-- task exception retrieved by awaiting --")
    svc = Service()
    t = asyncio.create_task(svc.crash(), name="crasher")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("task done:", t.done(), "state:", svc.state)
    try:
        await t
    except ValueError as e:
        print("awaited:", e)
    del t
    gc.collect()

    print("-- retrieved exception: no report --")
    t2 = asyncio.create_task(svc.crash())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("exception():", repr(t2.exception()))
    del t2
    gc.collect()

    print("-- handler that raises --")

    def broken_handler(loop, context):
        raise RuntimeError("handler is broken")

    loop.set_exception_handler(broken_handler)
    loop.call_soon(bad_callback, 0)
    await asyncio.sleep(0)
    print("survived broken handler")
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    print("reports:", reports)


asyncio.run(main())


async def fails_at_top():
    await asyncio.sleep(0)
    raise LookupError("top-level failure")


try:
    asyncio.run(fails_at_top())
except LookupError as e:
    print("asyncio.run propagated:", repr(e))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nested_run():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested:", e)
    finally:
        coro.close()

asyncio.run(nested_run())


async def final():
    await asyncio.sleep(0)
    raise SystemExit(3)

try:
    asyncio.run(final())
except SystemExit as e:
    print("SystemExit from a coroutine, code", e.code)


async def interrupted():
    async def bystander():
        try:
            await asyncio.sleep(5)
        finally:
            print("bystander cleaned up")

    asyncio.create_task(bystander())
    await asyncio.sleep(0)
    raise KeyboardInterrupt


try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print("KeyboardInterrupt propagated out of asyncio.run")
print("done")
