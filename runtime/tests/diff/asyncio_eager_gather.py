# asyncio.gather of coroutines that finish at once, suspend, raise or are cancelled:
# results, exception propagation, ordering against other tasks and callbacks, task
# names, current_task(), contextvars.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")
log = []


def say(*a):
    log.append(" ".join(str(x) for x in a))


async def quick(tag, value):
    say("quick", tag)
    return value


async def slow(tag, value, sleeps=1):
    say("slow start", tag)
    for _ in range(sleeps):
        await asyncio.sleep(0)
    say("slow end", tag)
    return value


async def fail(tag, exc):
    say("fail", tag)
    raise exc


async def fail_later(tag, exc):
    await asyncio.sleep(0)
    say("fail later", tag)
    raise exc


async def background(tag, n):
    for i in range(n):
        say("bg", tag, i)
        await asyncio.sleep(0)


def flush(title):
    print(title)
    for line in log:
        print("   ", line)
    del log[:]


async def main():
    # All finish at once.
    r = await asyncio.gather(quick("a", 1), quick("b", 2), quick("c", 3))
    say("gathered", r)
    flush("all quick")

    # Mixed: some suspend.
    r = await asyncio.gather(quick("a", 1), slow("b", 2, 2), quick("c", 3), slow("d", 4))
    say("gathered", r)
    flush("mixed")

    # With a background task running: its steps interleave as in CPython.
    bg = asyncio.ensure_future(background("x", 4))
    await asyncio.sleep(0)
    r = await asyncio.gather(quick("a", 1), quick("b", 2))
    say("gathered", r)
    r = await asyncio.gather(quick("c", 3), slow("d", 4))
    say("gathered", r)
    await bg
    flush("with background")

    # Callbacks the children schedule run before the parent goes on.
    loop = asyncio.get_running_loop()

    async def schedules(tag):
        loop.call_soon(say, "callback from", tag)
        return tag

    r = await asyncio.gather(schedules("p"), schedules("q"))
    say("gathered", r)
    flush("callbacks")

    # Not awaited at once: the children start only when the parent yields.
    fut = asyncio.gather(quick("late1", 1), quick("late2", 2))
    say("gather called")
    r = await fut
    say("gathered", r)
    flush("not awaited at once")

    # Exceptions.
    try:
        await asyncio.gather(quick("a", 1), fail("b", ValueError("bad b")), quick("c", 3))
    except ValueError as e:
        say("caught", repr(e))
    flush("exception, quick")
    r = await asyncio.gather(quick("a", 1), fail("b", KeyError("kb")), fail("c", ValueError("vc")),
                             return_exceptions=True)
    say("gathered", [repr(x) for x in r])
    flush("return_exceptions")
    try:
        await asyncio.gather(slow("a", 1), fail_later("b", ZeroDivisionError("zd")), quick("c", 3))
    except ZeroDivisionError as e:
        say("caught", repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    flush("exception, later")
    r = await asyncio.gather(fail("a", asyncio.CancelledError("child cancelled")), quick("b", 2),
                             return_exceptions=True)
    say("gathered", [repr(x) for x in r])
    flush("cancelled child, return_exceptions")
    try:
        await asyncio.gather(quick("a", 1), fail("b", asyncio.CancelledError()))
    except asyncio.CancelledError as e:
        say("caught CancelledError", repr(e))
    flush("cancelled child")

    # Mixed awaitables: a future, a task, a coroutine twice.
    f = loop.create_future()
    loop.call_soon(f.set_result, "future value")
    t = asyncio.ensure_future(quick("task", "task value"))
    c = quick("twice", "coro value")
    r = await asyncio.gather(f, t, c, c, quick("plain", 5))
    say("gathered", r)
    flush("mixed awaitables")

    # Task names and current_task() inside the children.
    async def whoami(tag):
        task = asyncio.current_task()
        say(tag, "in", task.get_name(), task.done())
        inner = asyncio.ensure_future(quick(tag + "-inner", 0))
        say(tag, "made", inner.get_name())
        await inner
        return tag

    async def name_quick(tag):
        return tag

    r = await asyncio.gather(name_quick("n1"), whoami("w1"), name_quick("n2"), whoami("w2"))
    say("gathered", r)
    t = asyncio.ensure_future(quick("after", 0))
    say("next task", t.get_name())
    await t
    flush("task names")

    # all_tasks() from inside a child sees its siblings' tasks.
    async def count_tasks(tag):
        say(tag, "tasks", sorted(t.get_name() for t in asyncio.all_tasks()))
        return tag

    r = await asyncio.gather(count_tasks("c1"), quick("c2", 2), count_tasks("c3"))
    say("gathered", r)
    flush("all_tasks")

    # all_tasks() after an earlier child queued a callback; inside a nested
    # gather run from the last child.
    async def noisy(tag):
        loop.call_soon(say, "noisy cb", tag)
        return tag

    async def counting(tag):
        say(tag, sorted(t.get_name() for t in asyncio.all_tasks()))
        await asyncio.sleep(0)
        return tag

    async def nests(tag):
        return await asyncio.gather(counting(tag + "a"), quick(tag + "b", 0))

    r = await asyncio.gather(noisy("z1"), counting("z2"), quick("z3", 3), slow("z4", 4))
    say("gathered", r)
    r = await asyncio.gather(quick("y1", 1), nests("y2"))
    say("gathered", r)
    r = await asyncio.gather(noisy("x1"), nests("x2"))
    say("gathered", r)
    flush("all_tasks 2")

    # contextvars: each child runs in a copy of the parent's context.
    var.set("parent")

    async def setter(tag):
        say(tag, "sees", var.get())
        var.set(tag)
        say(tag, "set", var.get())
        return var.get()

    r = await asyncio.gather(setter("s1"), setter("s2"))
    say("gathered", r, "parent sees", var.get())
    flush("contextvars")

    # Nested gathers (a small tree).
    async def node(depth, tag):
        if depth == 0:
            say("leaf", tag)
            return 1
        rs = await asyncio.gather(*[node(depth - 1, tag + str(i)) for i in range(2)])
        say("node", tag, rs)
        return sum(rs)

    say("tree", await node(3, "t"))
    flush("tree")

    # An uneven tree: some leaves suspend, some schedule callbacks.
    async def unode(depth, tag):
        if depth == 0:
            if tag.endswith("1"):
                await asyncio.sleep(0)
            elif tag.endswith("2"):
                loop.call_soon(say, "cb", tag)
            say("uleaf", tag)
            return tag
        rs = await asyncio.gather(*[unode(depth - 1 - (i == 0 and depth > 1), tag + str(i))
                                    for i in range(3)])
        say("unode", tag, rs)
        return "+".join(rs)

    say("utree", await unode(3, "u"))
    flush("uneven tree")

    # Cancelling the parent while gather waits on a suspended child.
    async def parent():
        return await asyncio.gather(quick("pa", 1), slow("pb", 2, 5))

    p = asyncio.ensure_future(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        say("parent cancelled", p.cancelled())
    flush("cancel parent")

    # asyncio.timeout and TaskGroup inside an eagerly started child.
    async def timed(tag):
        async with asyncio.timeout(10):
            return await quick(tag, tag)

    async def grouped(tag):
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(quick(tag + "1", 1))
            t2 = tg.create_task(slow(tag + "2", 2))
        return t1.result() + t2.result()

    r = await asyncio.gather(timed("tm"), grouped("g"))
    say("gathered", r)
    flush("timeout and TaskGroup")

    # wait_for and shield of coroutines that finish at once.
    say("wait_for", await asyncio.wait_for(quick("wf", 7), 5))
    say("shield", await asyncio.shield(quick("sh", 8)))
    flush("wait_for/shield")
    return "main done"


print(asyncio.run(main()))
