import asyncio
import contextlib

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        Resource.opened.append(self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print(f'  close {self.name}', et.__name__ if et else None)
        return et is KeyError

async def ticker(n, step=1):
    try:
        for i in range(0, n, step):
            await asyncio.sleep(0)
            yield i
    finally:
        print('  ticker finally', n)

async def squares(agen):
    async for x in agen:
        yield x * x

class ARange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

@contextlib.asynccontextmanager
async def managed(tag, log):
    log.append('enter ' + tag)
    try:
        yield tag.upper()
    except ZeroDivisionError:
        log.append('swallowed')
    finally:
        log.append('exit ' + tag)

async def main():
    async with Resource('a') as ra, Resource('b') as rb:
        print(ra.name, rb.name, Resource.opened)
    async with Resource('c'):
        raise KeyError('suppressed')
    try:
        async with Resource('d'):
            raise ValueError('propagates')
    except ValueError as e:
        print('ValueError', e)
    print([x async for x in squares(ticker(10, 2))])
    agen = ticker(100)
    got = []
    async for v in agen:
        got.append(v)
        if v == 3:
            break
    await agen.aclose()
    print(got)
    print([i async for i in ARange(5) if i % 2], sum([i async for i in ARange(100)]))
    log = []
    async with managed('x', log) as val:
        log.append(val)
    async with managed('y', log):
        1 / 0
    print(log)
    ag = ticker(3)
    print(await ag.__anext__(), await anext(ag), await anext(ag), await anext(ag, 'end'))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    async def echo():
        v = None
        while True:
            v = yield (v or 0) * 2
    e = echo()
    print(await e.asend(None), await e.asend(5), await e.asend(21))
    try:
        await e.athrow(RuntimeError('stop echo'))
    except RuntimeError as ex:
        print('RuntimeError', ex)
    print(type(e).__name__, e.__name__, type(ticker).__name__)
    async with contextlib.AsyncExitStack() as stack:
        for n in 'pq':
            await stack.enter_async_context(Resource(n))
        stack.callback(print, '  plain callback')
        print(Resource.opened)
    total = 0
    for i in range(200):
        async for x in ARange(3):
            total += x
    print(total)
    return Resource.opened

print(asyncio.run(main()))
