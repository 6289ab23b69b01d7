async def fetch(url):
    r = await get(url)
    async with session() as s:
        await s.close()
    async for item in stream():
        print(item)
    return r
