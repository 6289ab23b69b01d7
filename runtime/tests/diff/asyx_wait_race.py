import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return f"{name}@{delay}"


def summary(tasks):
    return sorted((t.get_name(), "cancelled" if t.cancelled() else
                   ("exc" if t.exception() else t.result()) if t.done() else "pending")
                  for t in tasks)


async def first_completed():
    print("== FIRST_COMPLETED ==")
    tasks = {asyncio.create_task(job(n, d), name=n)
             for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]}
    pending = tasks
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print(f" round {rounds}: done={sorted(t.get_name() for t in done)} pending={len(pending)}")
    print(" summary:", summary(tasks))


async def first_exception():
    print("== FIRST_EXCEPTION ==")
    tasks = [asyncio.create_task(job(n, d, f), name=n)
             for n, d, f in [("ok1", 0.001, False), ("bad", 0.01, True), ("slow", 5, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(" done:", sorted(t.get_name() for t in done))
    print(" pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print(" summary:", summary(tasks))
    for t in tasks:
        if t.done() and not t.cancelled() and t.exception():
            print(" exception of", t.get_name(), "->", repr(t.exception()))


async def all_completed_timeout():
    print("== ALL_COMPLETED with timeout ==")
    tasks = [asyncio.create_task(job(n, d), name=n)
             for n, d in [("x", 0.001), ("y", 5)]]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print(" done:", [t.get_name() for t in done], "pending:", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(" gathered:", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])


async def as_completed_demo():
    print("== as_completed ==")
    specs = [("p", 0.03), ("q", 0.001), ("r", 0.015), ("s", 0.02, True)]
    coros = [job(*s) for s in specs]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        try:
            print(f" #{i}:", await fut)
        except RuntimeError as e:
            print(f" #{i}: error {e}")
    print("== as_completed timeout ==")
    try:
        for fut in asyncio.as_completed([job("fast", 0), job("never", 1)], timeout=0.02):
            print(" got", await fut)
    except TimeoutError:
        print(" as_completed timed out")


async def gather_variants():
    print("== gather ==")
    res = await asyncio.gather(job("g1", 0.002), job("g2", 0.001, True), job("g3", 0),
                               return_exceptions=True)
    for r in res:
        print(" ", type(r).__name__, r)
    try:
        await asyncio.gather(job("h1", 0), job("h2", 0, True))
    except RuntimeError as e:
        print(" first error propagates:", e)
    print(" empty gather:", await asyncio.gather())
    same = asyncio.ensure_future(job("dup", 0))
    print(" duplicate awaitable:", await asyncio.gather(same, same))


async def race(*coros):
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        winner = done.pop()
        return winner.result()
    finally:
        for t in tasks:
            if not t.done():
                t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    await first_completed()
    await first_exception()
    await all_completed_timeout()
    await as_completed_demo()
    await gather_variants()
    print("== race ==")
    print(" winner:", await race(job("tortoise", 5), job("hare", 0.001)))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(" wait([]):", e)
    try:
        await asyncio.wait([asyncio.create_task(job("z", 0))], return_when="SOMETIMES")
    except ValueError as e:
        print(" bad return_when:", e)
    await asyncio.sleep(0.001)


asyncio.run(main())
