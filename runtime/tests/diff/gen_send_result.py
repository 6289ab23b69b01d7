# Generators and coroutines resumed without StopIteration inside the runtime: every way
# Python can still see StopIteration must behave as in CPython.
import asyncio


def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  counter got", got)
    return "counter done %d" % n


def delegator():
    r = yield from counter(3)
    print("  delegator: yield from returned", r)
    r2 = yield from [10, 20]
    print("  delegator: list returned", r2)
    return "delegator done"


print("for:", [x for x in counter(4)])
print("list:", list(delegator()))
print("sum:", sum(counter(5)))

g = counter(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", repr(e.value), e.args)
print("next default", next(g, "dflt"))
try:
    next(g)
except StopIteration as e:
    print("exhausted again", repr(e.value))

g = delegator()
print(g.send(None), g.send("a"), g.send("b"))
try:
    print("  send ->", g.send("x"))
    while True:
        print("  send ->", g.send(None))
except StopIteration as e:
    print("send StopIteration", e.value)
g = delegator()
next(g)
try:
    next(g)
    next(g)
    next(g)
    g.send("to list")
except AttributeError as e:
    print("AttributeError:", e)


# PEP 479: StopIteration inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leak")


def leaky_next():
    yield 1
    next(iter([]))


for f in (leaky, leaky_next):
    try:
        print(list(f()))
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def outer_of_leaky():
    try:
        yield from leaky()
    except RuntimeError as e:
        yield "outer caught " + str(e)


print(list(outer_of_leaky()))


# throw / close
def guarded():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        print("  guarded caught", repr(e))
        yield "recovered"
    finally:
        print("  guarded finally")


def wrapper():
    r = yield from guarded()
    return r


g = wrapper()
print(next(g))
print("throw ->", g.throw(KeyError("k")))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)

g = wrapper()
print(next(g))
g.close()
print("closed; next ->", next(g, "nothing"))

g = wrapper()
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e)

# throw into an unstarted generator
g = counter(3)
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("unstarted throw", repr(e))
print("after:", list(g))


# A generator running itself
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


# An iterator class with its own __next__ inside yield from.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown finished")
        self.n -= 1
        return self.n


def over_class():
    r = yield from Countdown(3)
    yield r


print(list(over_class()))


# Coroutines driven by hand, and through coroutine.__await__().
class Yielder:
    def __await__(self):
        return (yield "from Yielder")


async def add(a, b):
    x = await Yielder()
    return a + b + x


async def caller():
    return await add(1, 2)


c = caller()
print(c.send(None))
try:
    c.send(100)
except StopIteration as e:
    print("coroutine returned", e.value)

w = add(3, 4).__await__()
print(type(w).__name__, next(w))
try:
    w.send(1)
except StopIteration as e:
    print("wrapper returned", e.value)


class ViaWrapper:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def through_wrapper():
    return await ViaWrapper(add(10, 20))


c = through_wrapper()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("through wrapper", e.value)


# Async generators: async for, asend, athrow, aclose, comprehensions.
async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("  agen got", got)
            await asyncio.sleep(0)
    finally:
        print("  agen finally")


async def agen_main():
    out = [x async for x in agen(4)]
    print("async comprehension", out)
    async for x in agen(2):
        print("async for", x)
    a = agen(5)
    print("anext", await a.__anext__())
    print("asend", await a.asend("hello"))
    try:
        await a.athrow(KeyError("thrown"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after athrow")
    b = agen(3)
    print("b first", await b.__anext__())
    await b.aclose()
    print("aclosed")
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    return "agen main done"


print(asyncio.run(agen_main()))


async def task_results():
    async def ret(v):
        await asyncio.sleep(0)
        return v

    async def boom():
        await asyncio.sleep(0)
        raise ValueError("boom")

    t1 = asyncio.ensure_future(ret(1))
    t2 = asyncio.ensure_future(boom())
    print("t1", await t1)
    try:
        await t2
    except ValueError as e:
        print("t2 raised", e)

    async def leaky_coro():
        raise StopIteration("in coro")

    t3 = asyncio.ensure_future(leaky_coro())
    try:
        await t3
    except RuntimeError as e:
        print("t3", type(e).__name__, e)
    t4 = asyncio.ensure_future(ret(4))
    await asyncio.sleep(0)
    t4.cancel()
    try:
        print("t4", await t4)
    except asyncio.CancelledError:
        print("t4 cancelled")

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("  sleeper saw cancel")
            raise

    t5 = asyncio.ensure_future(sleeper())
    await asyncio.sleep(0)
    t5.cancel()
    try:
        await t5
    except asyncio.CancelledError:
        print("t5 cancelled", t5.cancelled())
    return "tasks done"


print(asyncio.run(task_results()))
