import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="none")


async def stream(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0)
    finally:
        print(f"  stream {name} finalized")


async def partial_consume(name):
    agen = stream(name, 10)
    got = [await agen.__anext__(), await agen.__anext__()]
    print(f"  {name} consumed {got}, leaving it open")
    return agen


async def compute(x):
    await asyncio.sleep(0)
    return x * x


def callback_chain(loop, fut, steps):
    def step(i):
        print(f"  step {i} (tenant={tenant.get()})")
        if i < steps:
            loop.call_soon(step, i + 1)
        else:
            fut.set_result(f"chain of {steps}")
    loop.call_soon(step, 0)


print("== new_event_loop + run_until_complete ==")
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print("  square:", loop.run_until_complete(compute(7)))
    fut = loop.create_future()
    callback_chain(loop, fut, 3)
    print("  chain:", loop.run_until_complete(fut))
    task = loop.create_task(compute(3), name="sq3")
    print("  task:", task.get_name(), loop.run_until_complete(task))
    gen_holder = loop.run_until_complete(partial_consume("A"))
    print("  shutting down async generators")
    loop.run_until_complete(loop.shutdown_asyncgens())
    print("  gen running after shutdown:", gen_holder.ag_running)
finally:
    loop.close()
    asyncio.set_event_loop(None)
print("  closed:", loop.is_closed())
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print("  RuntimeError:", e)

print("== run_forever with stop ==")
loop = asyncio.new_event_loop()
ticks = []


def tick(n):
    ticks.append(n)
    if n == 4:
        loop.stop()
    else:
        loop.call_soon(tick, n + 1)


loop.call_soon(tick, 0)
loop.run_forever()
print("  ticks:", ticks, "running:", loop.is_running())
loop.call_soon(tick, 10)
loop.call_soon(loop.stop)
loop.run_forever()
print("  after second run:", ticks)
loop.close()

print("== Runner reusing one loop and context ==")


async def set_tenant(name):
    tenant.set(name)
    return tenant.get()


async def read_tenant():
    await asyncio.sleep(0)
    return tenant.get()


with asyncio.Runner() as runner:
    print("  set:", runner.run(set_tenant("acme")))
    print("  read in next run:", runner.run(read_tenant()))
    ctx = contextvars.Context()
    print("  read with fresh context:", runner.run(read_tenant(), context=ctx))
    fut = runner.get_loop().create_future()
    runner.get_loop().call_soon(fut.set_result, "from callback")
    print("  future:", runner.run(asyncio.wait_for(fut, 1)))
print("  outside tenant:", tenant.get())

print("== asyncio.run leaves open generators finalized ==")


async def leave_open():
    agen = await partial_consume("B")
    return agen


g = asyncio.run(leave_open())
print("  after run, finalized above; ag_frame is None:", g.ag_frame is None)

print("== run with a context var set outside ==")
tenant.set("outer")


async def child_sees():
    inner = await asyncio.create_task(read_tenant())
    tenant.set("inner-change")
    return inner, tenant.get()


print("  child:", asyncio.run(child_sees()))
print("  outer still:", tenant.get())
