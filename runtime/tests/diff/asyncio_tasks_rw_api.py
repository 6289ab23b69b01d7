# Rewritten asyncio.tasks: Task API, wait/wait_for/as_completed/gather/shield/sleep.
import os as _os, sys as _sys


class _Scrub:
    """Replaces this file's absolute path in the output: the recording must not depend on
    where the checkout lives."""

    def __init__(self, out):
        self.out = out

    def write(self, s):
        return self.out.write(s.replace(_os.path.abspath(__file__), "FILE"))

    def flush(self):
        self.out.flush()

    def __getattr__(self, name):
        return getattr(self.out, name)


_sys.stdout = _Scrub(_sys.stdout)

import asyncio
import re


def r(obj):
    s = re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj))
    return re.sub(r'\S*?\w+\.py:\d+', 'FILE:N', s)


async def val(x, delay=0):
    await asyncio.sleep(delay)
    return x


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


async def forever():
    await asyncio.sleep(3600)


async def task_api():
    t = asyncio.create_task(val(1), name='first')
    print(t.get_name(), r(t))
    t.set_name(123)
    print(repr(t.get_name()), t.get_coro().__name__ if hasattr(t.get_coro(), '__name__') else '')
    for meth, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print(type(e).__name__, e)
    print(await t, r(t), t.done())
    u = asyncio.ensure_future(forever())
    await asyncio.sleep(0)
    print(u.cancelling(), u.cancel('stop'), u.cancelling(), u.cancel(), u.cancelling())
    print(r(u).replace("'stop'", 'MSG'))
    print(u.uncancel(), u.cancelling())
    try:
        await u
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    print(u.cancelled(), u.cancel(), r(u))
    cur = asyncio.current_task()
    print(cur.get_name() == 'main', cur in asyncio.all_tasks())
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Task(5)
    except TypeError as e:
        print(type(e).__name__, str(e)[:25])
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaitable'
    print(await asyncio.ensure_future(Aw()))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


async def waits():
    ts = [asyncio.ensure_future(val(i, i * 0.01)) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    e = [asyncio.ensure_future(fail(KeyError('k'), 0.01)), asyncio.ensure_future(val(9, 0.5))]
    done, pending = await asyncio.wait(e, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(e, timeout=0.01)
    print(len(done), len(pending))
    e[1].cancel()
    for bad, kw in (([], {}), (ts, {'return_when': 'bogus'}), (ts[0], {})):
        try:
            await asyncio.wait(bad, **kw)
        except (ValueError, TypeError) as ex:
            print(type(ex).__name__, ex)
    c = val(1)
    try:
        await asyncio.wait([c])
    except TypeError as ex:
        print(type(ex).__name__, ex)
    c.close()
    print(await asyncio.wait_for(val('wf'), 1))
    print(await asyncio.wait_for(val('none'), None))
    try:
        await asyncio.wait_for(forever(), 0.01)
    except asyncio.TimeoutError as ex:
        print('timeout', type(ex).__name__)
    try:
        await asyncio.wait_for(forever(), 0)
    except asyncio.TimeoutError as ex:
        print('timeout0', type(ex).__name__)
    print(await asyncio.wait_for(val('zero'), 0) if False else 'skip')
    t = asyncio.ensure_future(val('done'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(fail(OSError('x')), 1)
    except OSError as ex:
        print(type(ex).__name__, ex)
    out = []
    for fut in asyncio.as_completed([val(3, 0.03), val(1, 0.01), val(2, 0.02)]):
        out.append(await fut)
    print(out)
    try:
        for fut in asyncio.as_completed([val(1, 0.0), forever()], timeout=0.02):
            out.append(await fut)
    except asyncio.TimeoutError as ex:
        print('as_completed timeout', type(ex).__name__, out)
    try:
        asyncio.as_completed(ts[0])
        list(asyncio.as_completed(ts[0]))
    except TypeError as ex:
        print(type(ex).__name__, ex)


async def gathers():
    print(await asyncio.gather())
    print(await asyncio.gather(val(1), val(2, 0.01), val(3)))
    try:
        await asyncio.gather(val(1), fail(ValueError('bad')))
    except ValueError as ex:
        print(type(ex).__name__, ex)
    res = await asyncio.gather(val(1), fail(ValueError('bad')), return_exceptions=True)
    print([type(x).__name__ for x in res])
    t = asyncio.ensure_future(val(5))
    print(await asyncio.gather(t, t, val(6)))
    g = asyncio.gather(forever(), forever())
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError as ex:
        print('gather cancelled', ex.args)
    inner = asyncio.ensure_future(forever())
    g2 = asyncio.gather(inner, val(1), return_exceptions=True)
    await asyncio.sleep(0)
    inner.cancel()
    res = await g2
    print([type(x).__name__ for x in res])
    done = asyncio.get_running_loop().create_future()
    done.set_result('d')
    print(asyncio.shield(done) is done)
    inner = asyncio.ensure_future(val('shielded', 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0.02)
    print(outer.cancelled(), inner.result())
    inner = asyncio.ensure_future(fail(KeyError('s'), 0))
    try:
        await asyncio.shield(inner)
    except KeyError as ex:
        print('shield exc', repr(ex))
    print(await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.001, 'r1'))


async def main():
    asyncio.current_task().set_name('main')
    await task_api()
    await waits()
    await gathers()
    try:
        asyncio.create_task(val(1)).cancel()
        await asyncio.sleep(0)
    finally:
        pass

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
c = val(1)
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
