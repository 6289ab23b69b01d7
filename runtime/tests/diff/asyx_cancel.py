import asyncio

trace = []


def t(msg):
    trace.append(msg)
    print(msg)


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        t(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        self.open = False
        t(f"close {self.name} exc={et.__name__ if et else None}")
        return False


async def long_job(name, steps):
    async with Resource(name) as r:
        try:
            for i in range(steps):
                t(f"{name} step {i}")
                await asyncio.sleep(0)
            return f"{name} finished"
        except asyncio.CancelledError as e:
            t(f"{name} cancelled args={e.args}")
            raise
        finally:
            t(f"{name} finally open={r.open}")


async def swallow(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        t(f"{name} swallowed cancel")
        return "swallowed"


async def critical(name, log):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(f"{name} committed")
    return f"{name} ok"


async def main():
    print("--- cancel with message ---")
    task = asyncio.create_task(long_job("A", 10), name="job-A")
    for _ in range(3):
        await asyncio.sleep(0)
    print("cancel() ->", task.cancel("shutting down"))
    print("cancelling() =", task.cancelling())
    try:
        await task
    except asyncio.CancelledError as e:
        print("awaiter sees args:", e.args)
    print("done:", task.done(), "cancelled:", task.cancelled())
    print("second cancel ->", task.cancel())

    print("--- cancel before start ---")
    task = asyncio.create_task(long_job("B", 2))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("B cancelled before start; trace tail:", trace[-1])

    print("--- swallowed cancel ---")
    task = asyncio.create_task(swallow("C"))
    await asyncio.sleep(0)
    task.cancel()
    print("result:", await task, "cancelled():", task.cancelled())

    print("--- shield ---")
    log = []
    inner = asyncio.create_task(critical("D", log))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 5))

    async def canceller():
        await asyncio.sleep(0)
        outer.cancel()

    await canceller()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result:", await inner, log)

    print("--- cancel a gather ---")
    g = asyncio.gather(long_job("E", 5), long_job("F", 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    print("--- uncancel ---")

    async def retrying():
        me = asyncio.current_task()
        attempts = 0
        while True:
            attempts += 1
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                n = me.uncancel()
                t(f"uncancel -> {n} attempt {attempts}")
                if attempts >= 3:
                    return attempts

    r = asyncio.create_task(retrying())
    for _ in range(3):
        await asyncio.sleep(0)
        r.cancel()
    print("retrying returned", await r)

    print("--- future cancel callbacks ---")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: t(f"cb1 cancelled={f.cancelled()}"))
    fut.add_done_callback(lambda f: t("cb2"))
    fut.cancel(msg="nope")
    t("after cancel call")
    await asyncio.sleep(0)
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError", e.args)
    try:
        fut.exception()
    except asyncio.CancelledError:
        print("exception() raised too")

    print("trace length", len(trace))


asyncio.run(main())
