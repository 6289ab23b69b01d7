# Rewritten asyncio.events: handles, timer handles, the policy, running loop.
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
import contextvars
import re


def r(obj):
    s = re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj))
    s = re.sub(r'when=[0-9.e+-]+', 'when=T', s)
    return re.sub(r'\S*?\w+\.py:\d+', 'FILE:N', s)


def f(*a):
    print('f called', a)


def boom():
    raise ValueError('boom')


var = contextvars.ContextVar('var', default='dflt')


def show():
    print('var is', var.get())


def main():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(asyncio._get_running_loop())
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)
    h = loop.call_soon(f, 1, 2)
    print(r(h), h.cancelled())
    h2 = loop.call_soon(f, 3)
    h2.cancel()
    h2.cancel()
    print(r(h2), h2.cancelled())
    t1 = loop.call_later(10, f, 'late')
    t2 = loop.call_at(loop.time() + 5, f)
    print(r(t1), type(t1).__name__, isinstance(t1, asyncio.Handle))
    print(t2 < t1, t2 <= t1, t1 > t2, t1 >= t2, t1 == t1, t1 == t2, t1 != t2)
    print(t1.when() > t2.when(), t1.__lt__(3) is NotImplemented)
    print(hash(t1) == hash(t1.when()))
    t1.cancel()
    print(r(t1), t1.cancelled())
    t2.cancel()
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    h3 = loop.call_soon(show, context=ctx)
    loop.call_soon(show)
    loop.call_soon(boom)
    errors = []
    loop.set_exception_handler(lambda lp, c: errors.append(
        (c['message'].split(' at ')[0], type(c['exception']).__name__, type(c['handle']).__name__)))
    loop.run_until_complete(asyncio.sleep(0))
    print(errors)
    for bad in (3, None):
        try:
            loop.call_later(bad, f)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        loop.call_at(None, f)
    except TypeError as e:
        print(type(e).__name__, e)

    async def inside():
        print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
        print(asyncio._get_running_loop() is loop)
    loop.run_until_complete(inside())

    pol = asyncio.get_event_loop_policy()
    print(isinstance(pol, asyncio.AbstractEventLoopPolicy))
    for bad in (5, 'x'):
        try:
            asyncio.set_event_loop(bad)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            asyncio.set_event_loop_policy(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    asyncio.set_event_loop(None)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(' in thread')[0])
    loop.close()
    asyncio.set_event_loop_policy(None)
    l2 = asyncio.new_event_loop()
    print(type(l2).__name__, isinstance(l2, asyncio.AbstractEventLoop))
    print(issubclass(asyncio.TimerHandle, asyncio.Handle))
    for name in ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
                 'Handle', 'TimerHandle', 'get_event_loop_policy'):
        print(name, hasattr(asyncio, name))
    l2.close()


main()
