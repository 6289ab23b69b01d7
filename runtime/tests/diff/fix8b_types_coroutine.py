# types.coroutine makes generator functions awaitable (CO_ITERABLE_COROUTINE via code.replace).
import asyncio
import inspect
import types


@types.coroutine
def yield_to_loop():
    """The classic bare-yield suspension point (what asyncio.sleep(0) does)."""
    yield


@types.coroutine
def legacy(value):
    got = yield f"legacy {value}"
    return (value, got)


async def uses_legacy():
    return await legacy(1)


c = uses_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("returned", e.value)

print(hex(legacy.__code__.co_flags & 0x1a0), inspect.isawaitable(legacy(2)), inspect.isgeneratorfunction(legacy))
print(types.coroutine(legacy) is legacy)


async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await yield_to_loop()
    return name


async def main():
    log = []
    names = await asyncio.gather(ticker("a", 3, log), ticker("b", 2, log))
    print(names, log)


asyncio.run(main())


class Countdown:
    """A generator-like class (not a plain generator): types.coroutine wraps its result."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

    def throw(self, *args):
        raise args[0]

    def close(self):
        self.n = 0


import collections.abc
collections.abc.Generator.register(Countdown)
make = types.coroutine(lambda n: Countdown(n))


async def waits():
    return await make(2)


w = waits()
print(w.send(None), w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print("await result", e.value)
print(type(make(1)).__name__, make.__name__)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)


def plain():
    yield 1


try:
    async def bad():
        await plain()
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

co = plain.__code__
r = co.replace(co_name="renamed", co_qualname="Q.renamed", co_filename="other.py")
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno == co.co_firstlineno, co.co_name)
moved = co.replace(co_firstlineno=co.co_firstlineno + 100)
print(moved.co_firstlineno - co.co_firstlineno, [p[0] - q[0] for p, q in zip(moved.co_positions(), co.co_positions()) if p[0] and q[0]][:2])
for args, kwargs in [((1,), {}), ((), {"x": 1}), ((), {"co_name": 1}), ((), {"co_flags": "a"})]:
    try:
        co.replace(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
