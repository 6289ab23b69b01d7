async def agen():
    for i in range(3):
        yield i
        await sleep(0)

async def comp():
    return [x async for x in agen()]
