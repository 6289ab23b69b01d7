import asyncio
import collections
import inspect


class EventBus:
    def __init__(self):
        self.subscribers = collections.defaultdict(list)
        self.history = []
        self.failures = []

    def subscribe(self, topic, handler=None, *, priority=0):
        def register(fn):
            self.subscribers[topic].append((priority, len(self.subscribers[topic]), fn))
            self.subscribers[topic].sort(key=lambda e: (-e[0], e[1]))
            return fn
        return register(handler) if handler else register

    async def publish(self, topic, **payload):
        handlers = [fn for _, _, fn in self.subscribers.get(topic, [])]
        self.history.append((topic, tuple(sorted(payload))))
        if not handlers:
            print(f"[bus] no subscribers for {topic!r}")
            return []
        calls = []
        for fn in handlers:
            result = fn(topic, **payload)
            if inspect.isawaitable(result):
                calls.append(asyncio.ensure_future(result))
            else:
                fut = asyncio.get_running_loop().create_future()
                fut.set_result(result)
                calls.append(fut)
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
        for fn, out in zip(handlers, outcomes):
            if isinstance(out, Exception):
                self.failures.append((topic, fn.__name__, type(out).__name__, str(out)))
        return outcomes


bus = EventBus()
inventory = {"apple": 5, "pear": 1}
emails = []


@bus.subscribe("order.created", priority=10)
async def reserve_stock(topic, item, qty, **_):
    task = asyncio.current_task()
    await asyncio.sleep(0)
    if inventory.get(item, 0) < qty:
        raise LookupError(f"not enough {item}")
    inventory[item] -= qty
    return f"reserved {qty} {item} in {task.get_name()}"


@bus.subscribe("order.created")
async def send_email(topic, item, qty, customer):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    emails.append(f"to {customer}: {qty}x {item}")
    return "emailed"


@bus.subscribe("order.created", priority=5)
def audit(topic, **payload):
    return f"audit {topic} {sorted(payload.items())}"


@bus.subscribe("order.cancelled")
async def restock(topic, item, qty, **_):
    inventory[item] = inventory.get(item, 0) + qty
    await bus.publish("stock.changed", item=item, level=inventory[item])
    return "restocked"


@bus.subscribe("stock.changed")
async def on_stock(topic, item, level):
    print(f"  stock of {item} is now {level}")
    if level > 5:
        raise OverflowError(f"{item} overstocked")


async def named_workers():
    print("== task names ==")
    async def work(n):
        me = asyncio.current_task()
        before = me.get_name()
        me.set_name(f"{before}-running")
        await asyncio.sleep(0)
        return before, me.get_name(), n

    tasks = [asyncio.create_task(work(i), name=f"worker-{i}") for i in range(3)]
    tasks.append(asyncio.create_task(work(99)))
    results = await asyncio.gather(*tasks)
    for before, after, n in results:
        print(f"  {n}: {before} -> {after}" if n != 99 else f"  {n}: auto-named={before.startswith('Task-')} -> {after.endswith('-running')}")
    main_task = asyncio.current_task()
    print("  main task name:", main_task.get_name())
    others = [t for t in asyncio.all_tasks() if t is not main_task]
    print("  other live tasks:", len(others))
    t = asyncio.create_task(asyncio.sleep(0), name=123)
    print("  non-str name:", repr(t.get_name()))
    await t
    print("  current_task outside?", asyncio.current_task() is main_task)


async def main():
    print("== publishing ==")
    for customer, item, qty in [("ann", "apple", 2), ("bob", "pear", 3), ("cy", "apple", 3)]:
        outcomes = await bus.publish("order.created", item=item, qty=qty, customer=customer)
        for o in outcomes:
            print("  ->", o if not isinstance(o, Exception) else f"ERROR {type(o).__name__}: {o}")
    print("inventory:", inventory)
    print("cancel:", await bus.publish("order.cancelled", item="apple", qty=4, customer="ann"))
    await bus.publish("order.refunded", item="x")
    print("emails:", emails)
    print("failures:", bus.failures)
    print("history:", bus.history)
    await named_workers()


asyncio.run(main(), debug=False)
