import asyncio
import contextvars
import functools

request_id = contextvars.ContextVar("request_id", default="-")
order = []


def note(tag, *extra):
    entry = f"{tag}[{request_id.get()}]" + ("".join(f" {x}" for x in extra))
    order.append(entry)
    print(entry)


class Ticker:
    def __init__(self, loop, name, count):
        self.loop = loop
        self.name = name
        self.count = count
        self.fut = loop.create_future()
        self.handle = None

    def start(self):
        self.handle = self.loop.call_soon(self.tick, 0)

    def tick(self, n):
        note(f"{self.name}.tick", n)
        if n + 1 < self.count:
            self.handle = self.loop.call_soon(self.tick, n + 1)
        else:
            self.fut.set_result(f"{self.name} ticked {self.count}")


async def main():
    loop = asyncio.get_running_loop()

    print("-- call_soon FIFO and interleaving --")
    a = Ticker(loop, "A", 3)
    b = Ticker(loop, "B", 2)
    a.start()
    b.start()
    loop.call_soon(note, "one-shot")
    print(await asyncio.gather(a.fut, b.fut))

    print("-- call_later / call_at ordering --")
    done = loop.create_future()
    t0 = loop.time()
    loop.call_later(0.02, note, "later-0.02")
    loop.call_later(0.01, note, "later-0.01a")
    loop.call_later(0.01, note, "later-0.01b")
    h = loop.call_later(0.015, note, "cancelled-one")
    loop.call_at(t0 + 0.005, note, "at+0.005")
    loop.call_soon(note, "soon")
    loop.call_later(0, note, "later-0")
    loop.call_later(0.03, done.set_result, None)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await done

    print("-- context propagation --")
    request_id.set("main")

    async def handler(rid):
        request_id.set(rid)
        note("handler start")
        await asyncio.sleep(0)
        inner = asyncio.create_task(sub())
        await inner
        note("handler end")
        return request_id.get()

    async def sub():
        note("sub sees")
        request_id.set("changed-in-sub")
        note("sub after set")

    results = await asyncio.gather(handler("r1"), handler("r2"))
    note("after gather", results)

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "ctx-copy")
    fut = loop.create_future()
    loop.call_soon(lambda: (note("cb with ctx"), fut.set_result(1)), context=ctx)
    loop.call_soon(note, "cb default ctx")
    await fut
    t = asyncio.create_task(sub(), context=ctx)
    await t
    print("ctx value now:", ctx[request_id])

    print("-- futures resolved by callbacks --")

    def resolve(f, value):
        if not f.done():
            note("resolve", value)
            f.set_result(value)

    futs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        f.add_done_callback(functools.partial(lambda i, f: note("done-cb", i, f.result()), i))
    loop.call_later(0.002, resolve, futs[2], "c")
    loop.call_soon(resolve, futs[0], "a")
    loop.call_soon(resolve, futs[1], "b")
    loop.call_soon(resolve, futs[0], "a-again")
    print("values:", await asyncio.gather(*futs))

    f = loop.create_future()
    f.set_exception(ValueError("bad value"))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        await f
    except ValueError as e:
        print("await raised:", e)
    g = loop.create_future()
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print("result on pending:", e)
    print("remove_done_callback:", g.remove_done_callback(print))
    g.cancel()

    print("-- run_until_complete style nesting check --")
    pending = asyncio.sleep(0)
    try:
        loop.run_until_complete(pending)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        pending.close()
    loop.call_soon(request_id.set, "set-by-callback")
    await asyncio.sleep(0)
    print("is_running:", loop.is_running(), "is_closed:", loop.is_closed())
    print("total events:", len(order))


print("before run:", request_id.get())
asyncio.run(main())
print("after run:", request_id.get())
