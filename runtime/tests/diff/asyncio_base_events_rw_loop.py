# Rewritten asyncio.base_events: loop lifecycle, timers, errors, executors.
import asyncio
import re


def r(obj):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj))


def main():
    loop = asyncio.new_event_loop()
    print(r(loop), loop.is_running(), loop.is_closed(), loop.get_debug())
    loop.set_debug(True)
    print(loop.get_debug())
    loop.set_debug(False)
    order = []
    loop.call_later(0.02, order.append, 'late')
    loop.call_later(0.01, order.append, 'early')
    loop.call_soon(order.append, 'soon')
    t = loop.call_later(0.015, order.append, 'cancelled')
    t.cancel()
    loop.call_at(loop.time() + 0.01, order.append, 'same-time-2')
    loop.run_until_complete(asyncio.sleep(0.05))
    print(order)
    # Many cancelled timers get purged without trouble.
    hs = [loop.call_later(100 + i, order.append, i) for i in range(300)]
    for h in hs[:250]:
        h.cancel()
    loop.run_until_complete(asyncio.sleep(0))
    for h in hs[250:]:
        h.cancel()

    async def coro():
        print('running', loop.is_running(), r(loop))
        return 'value'
    print(loop.run_until_complete(coro()))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'futval')
    print(loop.run_until_complete(fut))

    async def bad():
        raise ZeroDivisionError('zero')
    try:
        loop.run_until_complete(bad())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

    async def nested():
        try:
            loop.run_until_complete(asyncio.sleep(0))
        except RuntimeError as e:
            print(type(e).__name__, e)
        try:
            loop.run_forever()
        except RuntimeError as e:
            print(type(e).__name__, e)
        try:
            loop.close()
        except RuntimeError as e:
            print(type(e).__name__, e)
    loop.run_until_complete(nested())

    async def stopper():
        loop.stop()
        await asyncio.sleep(1)
    try:
        loop.run_until_complete(stopper())
    except RuntimeError as e:
        print(type(e).__name__, e)
    loop.call_soon(loop.stop)
    loop.run_forever()
    loop.stop()
    loop.call_soon(print, 'one turn even when stopped first')
    loop.run_forever()
    print('after run_forever')

    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(type(e).__name__, e)
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(sorted(ctx)))
    loop.call_exception_handler({'message': 'hello'})
    loop.call_soon(lambda: 1 / 0)
    loop.run_until_complete(asyncio.sleep(0))
    print(seen)
    def broken_handler(lp, ctx):
        raise RuntimeError('handler broke')
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({'message': 'x'})
    loop.set_exception_handler(None)

    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print(type(e).__name__, e)
    made = []
    def factory(lp, coro, **kw):
        made.append(kw)
        return asyncio.Task(coro, loop=lp, **kw)
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = loop.create_task(coro(), name='nm')
    print(t.get_name(), loop.run_until_complete(t), made)
    loop.set_task_factory(None)

    def work(a, b):
        return a * b
    print(loop.run_until_complete(loop.run_in_executor(None, work, 6, 7)))
    def err():
        raise KeyError('ex')
    try:
        loop.run_until_complete(loop.run_in_executor(None, err))
    except KeyError as e:
        print(type(e).__name__, e)

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print('agen closed')
    async def use_agen():
        g = agen()
        print(await g.__anext__())
        return g
    g = loop.run_until_complete(use_agen())
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
    loop.close()
    print(r(loop))
    for call in (lambda: loop.call_soon(print), lambda: loop.call_later(1, print),
                 lambda: loop.run_forever(), lambda: loop.create_task(coro())):
        try:
            call()
        except RuntimeError as e:
            print(type(e).__name__, e)
    c = coro()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()


main()
