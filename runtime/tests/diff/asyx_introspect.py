import asyncio
import io
import os


def stack_names(task, limit=None):
    return [(f.f_code.co_name, f.f_lineno) for f in task.get_stack(limit=limit)]


async def leaf(ev):
    await ev.wait()
    return "leaf done"


async def middle(ev):
    return await leaf(ev)


async def failing(depth):
    if depth == 0:
        raise ValueError("bottom reached")
    await asyncio.sleep(0)
    return await failing(depth - 1)


class Sink:
    def __init__(self):
        self.items = []

    def accept(self, fut):
        self.items.append(fut.result())


def clean(text):
    # Keep the report independent of where the file lives.
    return text.replace(os.path.abspath(__file__), "<file>").replace(__file__, "<file>")


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(middle(ev), name="stacked")
    print("before start:", stack_names(t))
    await asyncio.sleep(0)
    print("suspended:", stack_names(t))
    print("limit=1:", stack_names(t, 1), "limit=0:", stack_names(t, 0))
    print("coro name:", t.get_coro().__qualname__)
    ev.set()
    print("result:", await t, "| stack after:", stack_names(t))

    f = asyncio.create_task(failing(3), name="failer")
    await asyncio.wait([f])
    print("failed task stack:", stack_names(f))
    print("first two:", stack_names(f, 2))
    print("exception:", repr(f.exception()))

    buf = io.StringIO()
    f.print_stack(file=buf)
    lines = clean(buf.getvalue()).splitlines()
    print("print_stack header:", lines[0].split(" for ")[0])
    print("print_stack frames:", sum(1 for ln in lines if ln.strip().startswith("File")))
    print("print_stack last:", lines[-1])

    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    buf = io.StringIO()
    c.print_stack(file=buf)
    print("cancelled:", buf.getvalue().split(" for ")[0], "| stack:", c.get_stack())

    print("-- future reprs --")
    loop = asyncio.get_running_loop()
    sink = Sink()
    futs = []
    for value in [42, "x" * 50, list(range(25)), {"k": "v" * 40}, None]:
        fut = loop.create_future()
        fut.add_done_callback(sink.accept)
        print(" ", repr(fut).split(" cb=")[0])
        fut.set_result(value)
        print(" ", repr(fut))
        futs.append(fut)
    await asyncio.sleep(0)
    print("  sink got", len(sink.items), "items")
    bad = loop.create_future()
    bad.set_exception(KeyError("missing"))
    print(" ", repr(bad))
    bad.exception()
    cancelled = loop.create_future()
    cancelled.cancel()
    print(" ", repr(cancelled))

    print("-- tasks --")
    async def idle():
        await asyncio.sleep(1)

    bg = [asyncio.create_task(idle(), name=f"bg{i}") for i in range(3)]
    await asyncio.sleep(0)
    names = sorted(task.get_name() for task in asyncio.all_tasks())
    print("  all tasks:", names)
    print("  current:", asyncio.current_task().get_name())
    for task in bg:
        task.cancel()
    await asyncio.gather(*bg, return_exceptions=True)
    print("  after cancel:", sorted(task.get_name() for task in asyncio.all_tasks()))
    print("  done states:", [(task.get_name(), task.cancelled()) for task in bg])


asyncio.run(main(), )
