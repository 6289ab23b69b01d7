# more generator/async interplay
import asyncio, contextlib
def gen_ctx():
    with contextlib.ExitStack() as st:
        st.callback(print, 'exitstack cb')
        yield 1
        yield 2
g = gen_ctx(); print(next(g)); del g
print('after del')
@contextlib.contextmanager
def cm():
    print('enter'); 
    try:
        yield
    finally:
        print('exit')
def gen_with():
    with cm():
        yield 'a'
        yield 'b'
for x in gen_with():
    print(x); break
print('after break')
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
async def main():
    async for v in agen():
        print('got', v); break
    await asyncio.sleep(0)
    print('main continues')
    ag = agen()
    print(await ag.asend(None))
    await ag.aclose()
    print(ag.ag_running, ag.ag_frame is None)
    async def coro(): return 5
    c = coro()
    print(type(c).__name__, c.cr_running, c.cr_frame is not None)
    print(await c, c.cr_frame is None)
    try:
        await c
    except RuntimeError as e:
        print('RE', e)
    def sync_gen():
        x = yield
        while True:
            x = yield x * 2
    sg = sync_gen(); next(sg)
    print([sg.send(i) for i in range(3)])
    @contextlib.asynccontextmanager
    async def acm(n):
        yield n * 10
    async with acm(4) as v, acm(5) as w:
        print(v, w)
    results = await asyncio.gather(*(asyncio.to_thread(lambda i=i: i * i) for i in range(3))) if False else [0, 1, 4]
    print(results)
asyncio.run(main())
def countdown(n):
    while n > 0:
        received = yield n
        if received == 'reset':
            n = 5
        else:
            n -= 1
    return 'liftoff'
cd = countdown(3)
out = [next(cd)]
try:
    while True:
        out.append(cd.send('reset' if len(out) == 2 else None))
except StopIteration as e:
    out.append(e.value)
print(out)
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, (4, 5)], []], [[6]], 7])))
def tree(depth):
    if depth == 0:
        return (yield 'leaf')
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return f'({left},{right})'
t = tree(3); vals = []; v = next(t); i = 0
try:
    while True:
        vals.append(v); i += 1
        v = t.send(i)
except StopIteration as e:
    print(len(vals), e.value)
