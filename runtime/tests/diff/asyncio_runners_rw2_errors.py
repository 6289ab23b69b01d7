import asyncio

async def value(x):
    await asyncio.sleep(0)
    return x * 2

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(asyncio.run(value(4)))
show("not coro", lambda: asyncio.run(5))
async def nested():
    c = value(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested", e)
    c.close()
    r = asyncio.Runner()
    c2 = value(2)
    try:
        r.run(c2)
    except RuntimeError as e:
        print("nested runner", e)
    c2.close()
    r.close()
asyncio.run(nested())
with asyncio.Runner(debug=True) as r:
    print(r.run(value(5)), r.run(value(6)), r.get_loop().get_debug())
    show("runner not coro", lambda: r.run([1]))
c = value(1)
show("closed", lambda: r.run(c))
c.close()
show("closed loop", r.get_loop)
r2 = asyncio.Runner(loop_factory=asyncio.new_event_loop)
print(r2._loop, r2._context, r2._debug)
print(r2.run(value(7)))
r2.close()
r2.close()
async def leftover():
    async def forever():
        try:
            await asyncio.sleep(100)
        finally:
            print("cancelled leftover")
    asyncio.get_running_loop().create_task(forever())
    await asyncio.sleep(0)
    return "done"
print(asyncio.run(leftover()))
