import sys, types
def g():
    print("running inside", gen.gi_running, gen.gi_frame is not None)
    yield 1
    yield from sub()
def sub():
    yield 2
gen = g()
print(gen.gi_running, type(gen.gi_frame).__name__, gen.gi_yieldfrom, gen.gi_code is g.__code__, gen.gi_code.co_name)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_code is g.__code__)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_yieldfrom)
next(gen)
print(type(gen.gi_yieldfrom).__name__, gen.gi_yieldfrom.gi_code.co_name, gen.gi_frame.f_lineno)
for _ in gen: pass
print(gen.gi_frame, gen.gi_running, gen.gi_yieldfrom, gen.gi_code.co_name)
gen.close()
print(gen.gi_suspended if hasattr(gen, "gi_suspended") else "nosusp")

async def inner():
    await asyncio.sleep(0)
async def co():
    await inner()
    return 5
import asyncio
c = co()
print(c.cr_running, type(c.cr_frame).__name__, c.cr_await, c.cr_code is co.__code__, c.cr_code.co_name, c.cr_origin)
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(c.cr_frame, c.cr_await, c.cr_running)
c2 = co(); c2.close(); print(c2.cr_frame)
async def ag():
    yield 1
a = ag()
print(a.ag_running, type(a.ag_frame).__name__, a.ag_await, a.ag_code.co_name)
print(g.__code__.co_flags & 0x20, co.__code__.co_flags & 0x80)
def gen_locals(x):
    y = x + 1
    yield y
gl = gen_locals(3); next(gl)
print(gl.gi_frame.f_locals)
print(gen.__name__, gen.__qualname__, c.__name__, c.__qualname__)

# Inside the running generator: gi_running, gi_frame is a frame, f_lineno is current.
def selfie():
    me = yield
    print("inside", me.gi_running, me.gi_frame.f_lineno, me.gi_frame.f_code.co_name,
          me.gi_suspended, me.gi_yieldfrom)
    yield
s = selfie(); next(s); s.send(s)
print("suspended", s.gi_suspended, s.gi_frame.f_lineno, s.gi_frame.f_back)
s.close()
print("closed", s.gi_suspended, s.gi_frame, s.gi_running)

# A generator that ended by raising.
def boom():
    yield
    raise ValueError("b")
b = boom(); next(b)
try:
    next(b)
except ValueError:
    print("after raise", b.gi_frame, b.gi_running, b.gi_yieldfrom)

# cr_await under asyncio: the awaited future/coroutine while suspended.
async def waiter(fut):
    return await fut
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = waiter(fut)
    t = asyncio.ensure_future(w)
    await asyncio.sleep(0)
    print("cr_await is fut", w.cr_await is fut, w.cr_suspended, w.cr_running,
          w.cr_frame.f_code.co_name)
    fut.set_result(7)
    print("result", await t, w.cr_frame, w.cr_await, w.cr_suspended)
    me = asyncio.current_task().get_coro()
    print("main running", me.cr_running, me.cr_await, me.cr_frame.f_code.co_name)
asyncio.run(main())

# Async generator frames and awaits.
async def agen2():
    await asyncio.sleep(0)
    yield 1
async def main2():
    a = agen2()
    print(a.ag_frame.f_lineno, a.ag_running, a.ag_await)
    async for v in a:
        print("got", v, a.ag_frame.f_lineno, a.ag_await)
    print("end", a.ag_frame, a.ag_await, a.ag_running)
asyncio.run(main2())

# f_locals of a frame from sys._getframe, and of suspended generators (cells too).
def locs(a, b=2):
    c = a + b
    def inner():
        return c
    return sorted(sys._getframe().f_locals)
print(locs(1))
def cellgen(x):
    y = [x]
    def use():
        return y
    yield use
cg = cellgen(5); next(cg)
print(cg.gi_frame.f_locals["x"], cg.gi_frame.f_locals["y"], sorted(cg.gi_frame.f_locals))
print(sys._getframe().f_locals is globals())
