import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    async with t as cm:
        print(cm is t, repr(t), t.expired())
        t.reschedule(loop.time() + 1000)
        print(repr(t).startswith('<Timeout [active] when='), t.when() > loop.time())
        t.reschedule(None)
        print(repr(t), t.when())
    print(repr(t), t.expired())
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(type(e).__name__, e)

    # expiry turns the cancellation into TimeoutError
    t2 = asyncio.timeout(0.01)
    try:
        async with t2:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print('timeout', type(e).__name__, type(e.__context__).__name__, t2.expired(), repr(t2))
    try:
        t2.reschedule(None)
    except RuntimeError as e:
        print(type(e).__name__, e)

    # deadline in the past fires at once
    try:
        async with asyncio.timeout_at(loop.time() - 5) as t3:
            await asyncio.sleep(1)
    except TimeoutError:
        print('past deadline', t3.expired())

    # zero delay
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print('zero')

    # body finishes first
    async with asyncio.timeout(5) as t4:
        await asyncio.sleep(0)
    print(repr(t4), t4.expired())

    # exception from the body passes through
    try:
        async with asyncio.timeout(5):
            raise KeyError('k')
    except KeyError as e:
        print('keyerror', e)

    # rescheduling into the past makes it fire
    try:
        async with asyncio.timeout(100) as t5:
            t5.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled', t5.expired())

    # nested: inner expires, outer not
    async with asyncio.timeout(100) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner', inner.expired(), outer.expired())

    # an outside cancel during the block stays a CancelledError
    async def victim():
        async with asyncio.timeout(100):
            await asyncio.sleep(10)
    task = asyncio.create_task(victim())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled stays cancelled')

    # entering twice
    t6 = asyncio.timeout(1)
    async with t6:
        pass
    try:
        async with t6:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)

    # timeout raised TimeoutError from wait_for style use
    print(asyncio.Timeout is type(t6), asyncio.timeouts.__all__)

asyncio.run(main())

# outside a task
async def outside():
    pass
t = asyncio.timeouts.Timeout(None)
try:
    t.__aenter__().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
import asyncio
async def main2():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
    class MyCancel(asyncio.CancelledError): pass
    try:
        async with asyncio.timeout(0.01) as t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise MyCancel
    except BaseException as e:
        print(type(e).__name__)
    t = asyncio.current_task()
    t.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("got cancel, cancelling=", t.cancelling())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout")
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main2())
try:
    asyncio.timeout(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(asyncio.timeout_at(None)))
