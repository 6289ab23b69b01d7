"""Calls of generator, coroutine and async generator functions specialised to CALL_PY_GEN:\nnames, defaults, methods, cells, missing arguments, frames."""
import asyncio
def gen(a, b=10):
    yield a
    yield b
async def co(x, y=1):
    await asyncio.sleep(0)
    return x + y
async def agen(n):
    for i in range(n):
        yield i
def mk():
    out = []
    for i in range(70):
        g = gen(i)
        out.append((type(g).__name__, g.__name__, g.__qualname__, list(g), list(gen(i, 5))))
    return out[-1]
print(mk())
async def main():
    t = 0
    for i in range(70):
        c = co(i)
        t += await c
        async for v in agen(3):
            t += v
    return t
print(asyncio.run(main()))
def bad():
    for i in range(70):
        try:
            gen()
        except TypeError as e:
            m = str(e)
    return m
print(bad())
class K:
    def items(self, n):
        for i in range(n):
            yield i * 2
k = K()
for i in range(70):
    r = list(k.items(3))
print(r)
def cellgen(a):
    def inner():
        return a
    yield inner()
for i in range(70):
    r = list(cellgen(i))
print(r)
import sys
def frames():
    yield sys._getframe().f_code.co_name
for i in range(70):
    r = list(frames())
print(r)
