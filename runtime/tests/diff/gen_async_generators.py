async def agen(n):
    for i in range(n):
        yield i
    yield "end"

async def consume():
    out = []
    async for x in agen(3):
        out.append(x)
    return out

c = consume()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

async def ag2():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

async def main2():
    g = ag2()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
m = main2()
try:
    m.send(None)
except StopIteration:
    print("done")
