# Async generators left suspended are closed by asyncio's shutdown_asyncgens, however many
# finished ones the loop saw (its weak set of them is pruned as it grows).
import asyncio
log = []
async def gen(i):
    try:
        yield i
        yield i + 1
    finally:
        log.append(i)
async def main():
    keep = []
    total = 0
    for i in range(300):
        g = gen(i)
        total += await g.__anext__()
        if i % 100 == 7:
            keep.append(g)       # left suspended: closed by shutdown_asyncgens
        else:
            async for v in g:
                total += v
    print(total, len(log))
    main.keep = keep
asyncio.run(main())
print(sorted(log)[-5:], len(log), [i for i in range(300) if i not in log])
