import asyncio


class ValidationError(Exception):
    pass


class StorageError(Exception):
    pass


events = []


def ev(msg):
    events.append(msg)
    print(msg)


async def validate(record, delay_turns):
    for _ in range(delay_turns):
        await asyncio.sleep(0)
    if not record.get("id"):
        raise ValidationError(f"missing id in {record}")
    if record.get("size", 0) > 100:
        raise ValueError(f"record {record['id']} too large")
    ev(f"validated {record['id']}")
    return record["id"]


async def store(rid, fail=False):
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        if fail:
            raise StorageError(f"disk full writing {rid}")
        ev(f"stored {rid}")
    except asyncio.CancelledError:
        ev(f"store {rid} cancelled")
        raise


async def batch(records, fail_store=None):
    async with asyncio.TaskGroup() as tg:
        tasks = []
        for i, rec in enumerate(records):
            tasks.append(tg.create_task(validate(rec, i), name=f"validate-{i}"))
        if fail_store:
            tg.create_task(store(fail_store, fail=True))
    ids = [tk.result() for tk in tasks]
    async with asyncio.TaskGroup() as tg:
        for rid in ids:
            tg.create_task(store(rid))
    return ids


def describe(eg, indent=0):
    pad = "  " * indent
    print(f"{pad}{type(eg).__name__}: {eg.args[0] if isinstance(eg, BaseExceptionGroup) else eg}")
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            describe(sub, indent + 1)


async def run_case(label, records, fail_store=None):
    print(f"=== {label} ===")
    try:
        ids = await batch(records, fail_store)
        print("ok:", ids)
    except* ValidationError as eg:
        print("validation problems:", sorted(str(e) for e in eg.exceptions))
    except* (ValueError, StorageError) as eg:
        print("other problems:")
        describe(eg, 1)


async def nested():
    print("=== nested groups ===")

    async def inner_group(tag, bad):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(validate({"id": f"{tag}1"}, 0))
            if bad:
                tg.create_task(validate({"id": f"{tag}2", "size": 500}, 1))

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("x", True))
            outer.create_task(inner_group("y", False))
    except ExceptionGroup as eg:
        describe(eg)
        match, rest = eg.split(ValueError)
        print("split match leaves:", [str(e) for e in _leaves(match)])
        print("split rest:", rest)
        print("subgroup:", eg.subgroup(lambda e: isinstance(e, KeyError)))


def _leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from _leaves(e)
        else:
            yield e


async def body_error():
    print("=== error in body ===")
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(store("slow1"))
            await asyncio.sleep(0)
            raise KeyError("body failed")
    except* KeyError as eg:
        print("caught", repr(eg.exceptions[0]))
        print("t1 cancelled:", t1.cancelled())


async def after_exit():
    print("=== create_task after exit ===")
    async with asyncio.TaskGroup() as tg:
        pass
    coro = store("late")
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()


async def main():
    await run_case("all good", [{"id": "a"}, {"id": "b"}, {"id": "c"}])
    await run_case("one invalid", [{"id": "a"}, {}, {"id": "c"}])
    await run_case("mixed", [{"id": "a", "size": 200}, {"name": "q"}, {"id": "c"}])
    await run_case("storage", [{"id": "a"}, {"id": "b"}], fail_store="zz")
    await nested()
    await body_error()
    await after_exit()
    print("events:", len(events))


asyncio.run(main())
