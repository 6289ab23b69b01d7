"""An async ETL pipeline: async generators, async context managers, AsyncExitStack."""
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

events = []


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name
        self.closed = False

    async def __aenter__(self):
        Connection.opened += 1
        await asyncio.sleep(0)
        events.append(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.closed = True
        events.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

    async def fetch(self, n):
        for i in range(n):
            await asyncio.sleep(0)
            yield {"id": i, "src": self.name, "value": (i * 37) % 11}


@asynccontextmanager
async def transaction(label):
    events.append(f"begin {label}")
    try:
        yield label.upper()
    except ValueError as e:
        events.append(f"rollback {label}: {e}")
    else:
        events.append(f"commit {label}")


async def transform(rows):
    async for row in rows:
        if row["value"] == 0:
            continue
        yield {**row, "value": row["value"] * 10}


async def batch(rows, size):
    buf = []
    async for row in rows:
        buf.append(row)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


async def run_pipeline(source, n, size):
    written = []
    async with Connection(source) as conn:
        async with transaction(source) as tx:
            async for chunk in batch(transform(conn.fetch(n)), size):
                written.append([r["value"] for r in chunk])
                if sum(r["value"] for r in chunk) > 250:
                    raise ValueError(f"chunk too large in {tx}")
    return written


async def echo_server():
    received = []
    try:
        while True:
            msg = yield len(received)
            if msg == "boom":
                raise RuntimeError("server crashed")
            received.append(msg)
    finally:
        events.append(f"server stopped after {received}")


async def main():
    print(await run_pipeline("alpha", 8, 3))
    print(await run_pipeline("beta", 12, 4))
    results = await asyncio.gather(run_pipeline("g1", 5, 2), run_pipeline("g2", 3, 5))
    print(results)
    for e in events:
        print(" ", e)
    events.clear()

    srv = echo_server()
    print(await srv.asend(None), await srv.asend("a"), await srv.asend("b"))
    await srv.aclose()
    try:
        await srv.asend("c")
    except StopAsyncIteration:
        print("server closed")
    srv2 = echo_server()
    await srv2.asend(None)
    try:
        await srv2.asend("boom")
    except RuntimeError as e:
        print("RuntimeError:", e)
    srv3 = echo_server()
    await srv3.asend(None)
    try:
        await srv3.athrow(KeyError("injected"))
    except KeyError as e:
        print("KeyError:", e)
    print(events)
    events.clear()

    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(f"c{i}")) for i in range(3)]
        stack.push_async_callback(lambda: asyncio.sleep(0, result=events.append("async callback")))
        stack.callback(events.append, "sync callback")
        print([c.name for c in conns], [c.closed for c in conns])
    print([c.closed for c in conns])
    print(events)
    events.clear()

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Connection("x"))
            await stack.enter_async_context(transaction("inner"))
            raise KeyError("escapes")
    except KeyError as e:
        print("KeyError:", e)
    print(events)
    print("connections opened:", Connection.opened)

    async def numbers():
        for i in range(5):
            yield i

    agen = numbers()
    print(type(agen).__name__, agen.__name__, await agen.__anext__(), await anext(agen), await anext(agen, "d"))
    rest = [x async for x in agen]
    print(rest, await anext(agen, "default"))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    squares = {x: x * x async for x in numbers() if x % 2}
    print(squares)


asyncio.run(main())
