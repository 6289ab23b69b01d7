# Rewritten asyncio.futures: Future state machine, callbacks, reprs, errors.
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
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj))


def cb_a(f):
    print('cb_a', f.done())


def cb_b(f):
    print('cb_b')


def main():
    loop = asyncio.new_event_loop()
    f = loop.create_future()
    print(r(f), f.done(), f.cancelled(), f.get_loop() is loop)
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.add_done_callback(cb_a)
    print(r(f))
    f.add_done_callback(cb_b)
    print(r(f))
    f.add_done_callback(cb_a)
    f.add_done_callback(cb_b)
    print(r(f))
    print(f.remove_done_callback(cb_a), r(f))
    f.set_result([1, 2, 3])
    print(r(f), f.result(), f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    print(f.cancel())
    loop.run_until_complete(asyncio.sleep(0))
    f.add_done_callback(cb_a)
    loop.run_until_complete(asyncio.sleep(0))

    g = asyncio.Future(loop=loop)
    g.set_exception(KeyError)
    print(r(g), repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print('raised', type(e).__name__)
    h = loop.create_future()
    for bad in (1, 'x', StopIteration()):
        try:
            h.set_exception(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    print(h.cancel('why'), h.cancel(), r(h), h.cancelled(), h.done())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print(type(e).__name__, e.args)
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print(type(e).__name__, e.args)
    long = loop.create_future()
    long.set_result('x' * 100)
    print(r(long))
    print(asyncio.isfuture(h), asyncio.isfuture(3), asyncio.isfuture(asyncio.Future))
    print(asyncio.Future[int].__origin__ is asyncio.Future, asyncio.Future[int].__args__)
    try:
        h._log_traceback = True
    except ValueError as e:
        print(type(e).__name__, e)
    h._log_traceback = False

    async def waiter(fut):
        return await fut

    k = loop.create_future()
    loop.call_soon(k.set_result, 42)
    print(loop.run_until_complete(waiter(k)))
    it = iter(loop.create_future())
    print(next(it) is not None)
    try:
        wrapped = asyncio.wrap_future(k)
        print(wrapped is k)
        asyncio.wrap_future(5)
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
    loop.close()
    try:
        asyncio.Future(loop=loop).get_loop()
        print('ok loop')
    except RuntimeError as e:
        print(type(e).__name__, e)


main()
