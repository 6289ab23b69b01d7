import asyncio
import collections


class TokenBucket:
    """Refilled explicitly by a 'clock' task instead of wall time."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.tokens = capacity
        self.cond = asyncio.Condition()
        self.granted = []

    async def acquire(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.tokens > 0)
            self.tokens -= 1
            self.granted.append(who)
            return self.tokens

    async def refill(self, n):
        async with self.cond:
            before = self.tokens
            self.tokens = min(self.capacity, self.tokens + n)
            added = self.tokens - before
            if added == 1:
                self.cond.notify()
            elif added > 1:
                self.cond.notify(added)
            return added


class Gate:
    def __init__(self):
        self.open_event = asyncio.Event()
        self.passed = []

    async def pass_through(self, name):
        print(f"{name} waiting at gate (is_set={self.open_event.is_set()})")
        await self.open_event.wait()
        self.passed.append(name)
        print(f"{name} passed")


class SerialWriter:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.lines = []

    async def write_block(self, who, n):
        async with self.lock:
            for i in range(n):
                self.lines.append(f"{who}:{i}")
                await asyncio.sleep(0)


async def bucket_demo():
    print("== token bucket ==")
    bucket = TokenBucket(2)

    async def client(i):
        left = await bucket.acquire(f"c{i}")
        print(f"c{i} got token, {left} left")

    clients = [asyncio.create_task(client(i)) for i in range(6)]
    await asyncio.sleep(0)
    for n in (1, 3, 0, 2):
        added = await bucket.refill(n)
        print(f"refill({n}) added {added}")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.gather(*clients)
    print("grant order:", bucket.granted)


async def gate_demo():
    print("== event gate ==")
    gate = Gate()
    tasks = [asyncio.create_task(gate.pass_through(n)) for n in "xyz"]
    await asyncio.sleep(0)
    print("opening")
    gate.open_event.set()
    await asyncio.gather(*tasks)
    await gate.pass_through("late")
    gate.open_event.clear()
    t = asyncio.create_task(gate.pass_through("after-clear"))
    await asyncio.sleep(0)
    print("after-clear done?", t.done())
    gate.open_event.set()
    await t
    print("passed:", gate.passed)


async def lock_demo():
    print("== lock ==")
    w = SerialWriter()
    await asyncio.gather(w.write_block("a", 3), w.write_block("b", 2), w.write_block("c", 1))
    print("lines:", w.lines)
    lock = asyncio.Lock()
    print("locked initially:", lock.locked())
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("cancelled waiter; lock still held:", lock.locked())
    lock.release()
    print("released:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def condition_broadcast():
    print("== condition broadcast ==")
    cond = asyncio.Condition()
    state = {"version": 0}
    seen = collections.defaultdict(list)

    async def watcher(name, until):
        async with cond:
            while state["version"] < until:
                await cond.wait()
                seen[name].append(state["version"])
        return name

    ws = [asyncio.create_task(watcher(f"w{u}", u)) for u in (1, 2, 3)]
    await asyncio.sleep(0)
    for v in range(1, 4):
        async with cond:
            state["version"] = v
            cond.notify_all()
        await asyncio.sleep(0)
    print("finished:", await asyncio.gather(*ws))
    print("seen:", dict(sorted(seen.items())))
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify without lock:", e)


async def main():
    await bucket_demo()
    await gate_demo()
    await lock_demo()
    await condition_broadcast()


asyncio.run(main())
