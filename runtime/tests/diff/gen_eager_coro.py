# Awaited calls of async-def functions: completing at once, suspending, raising;
# driven by hand (send/throw/close), no event loop.
import sys
import traceback

log = []


class Suspend:
    """An awaitable that yields once and returns what it was sent."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        log.append("suspend " + self.tag)
        got = yield self.tag
        log.append("resumed %s with %r" % (self.tag, got))
        return got


async def leaf(n):
    log.append("leaf %d" % n)
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n * 10


async def maybe(n):
    log.append("maybe %d" % n)
    if n % 3 == 0:
        got = await Suspend("m%d" % n)
        return ("suspended", n, got)
    if n % 3 == 1:
        return ("eager", n, await leaf(n))
    return ("nested", n, await maybe(n - 1))


async def deep(n):
    if n == 0:
        return await Suspend("bottom")
    return 1 + await deep(n - 1)


async def stopper():
    raise StopIteration(42)


async def raiser_after_suspend():
    await Suspend("before-raise")
    raise KeyError("after")


async def catcher():
    try:
        await leaf(-5)
    except ValueError as e:
        log.append("caught in catcher: %s" % e)
        return "handled"


async def exc_info_probe():
    try:
        raise LookupError("inner")
    except LookupError:
        return sys.exc_info()[0]


async def ctx_probe():
    try:
        raise OSError("outer")
    except OSError:
        inner = await exc_info_probe()
        return inner, sys.exc_info()[0]


def drive(coro, answers=("a", "b", "c", "d", "e", "f")):
    """Runs coro by hand, printing every yield; returns its result or the error."""
    it = iter(answers)
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as s:
            return ("returned", s.value)
        except BaseException as e:
            return ("raised", type(e).__name__, str(e))
        log.append("yielded %r" % (y,))
        value = next(it)


def show(title, result):
    print(title, result)
    for line in log:
        print("   ", line)
    del log[:]


async def main_mixed():
    out = []
    for i in range(7):
        out.append(await maybe(i))
    return out


show("mixed", drive(main_mixed()))
show("deep", drive(deep(5)))
show("stopper", drive(stopper()))


async def await_stopper():
    try:
        await stopper()
    except RuntimeError as e:
        return "RuntimeError: %s; cause %r" % (e, e.__cause__)


show("await stopper", drive(await_stopper()))
show("raise after suspend", drive(raiser_after_suspend()))


async def await_raiser():
    try:
        await raiser_after_suspend()
    except KeyError as e:
        return "caught %r" % e


show("await raiser", drive(await_raiser()))
show("catcher", drive(catcher()))
show("ctx probe", drive(ctx_probe()))


async def bad_args():
    try:
        await leaf()
    except TypeError as e:
        return str(e)


show("bad args", drive(bad_args()))


async def not_awaitable():
    def plain():
        return 5
    try:
        await plain()
    except TypeError as e:
        return str(e)


show("not awaitable", drive(not_awaitable()))


# Tracebacks of errors from eagerly run coroutines: only this file's frames.
async def tb_outer():
    await tb_middle()


async def tb_middle():
    x = 1
    await leaf(-x)


def user_frames(e):
    return [(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)]


c = tb_outer()
try:
    c.send(None)
except ValueError as e:
    print("traceback", user_frames(e))
del log[:]


async def tb_after_suspend():
    await raiser_after_suspend()


c = tb_after_suspend()
print("first yield", c.send(None))
try:
    c.send("x")
except KeyError as e:
    print("traceback 2", user_frames(e))
del log[:]


# throw() and close() into a coroutine suspended inside an eagerly started callee.
async def thrower_target():
    try:
        await Suspend("t1")
    except ZeroDivisionError as e:
        log.append("target caught %r" % e)
        got = await Suspend("t2")
        return "target done %r" % got
    finally:
        log.append("target finally")


async def thrower_outer():
    r = await thrower_target()
    return "outer got " + r


c = thrower_outer()
print("yield", c.send(None))
print("throw ->", c.throw(ZeroDivisionError("boom")))
try:
    c.send("last")
except StopIteration as s:
    print("finished", s.value)
show("throw", None)

c = thrower_outer()
print("yield", c.send(None))
c.close()
show("close", None)

# The coroutine object made for a suspended eager call is a normal coroutine.
async def show_self():
    await Suspend("self")
    return "ok"


async def holder():
    return await show_self()


c = holder()
print(c.send(None))
print(type(c).__name__)
try:
    c.send(1)
except StopIteration as s:
    print("holder", s.value)
show("holder", None)

# Reusing an awaited coroutine still fails as in CPython.
async def reuse():
    co = leaf(1)
    first = await co
    try:
        await co
    except RuntimeError as e:
        return first, str(e)


show("reuse", drive(reuse()))

# Recursion: deep eager chains.
async def countdown(n):
    if n == 0:
        return 0
    return 1 + await countdown(n - 1)


show("countdown", drive(countdown(200)))


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


show("fib", drive(fib(15)))


# Past the recursion limit, eagerly or not: RecursionError, and the coroutine is done.
def gdown(n):
    if n == 0:
        return 0
        yield
    r = yield from gdown(n - 1)
    return r + 1


for make in (countdown, gdown):
    c = make(5000)
    try:
        c.send(None)
    except RecursionError as e:
        print(make.__name__, "RecursionError:", e)
    try:
        c.send(None)
    except (StopIteration, RuntimeError) as e:
        print(make.__name__, "again:", type(e).__name__, e)
