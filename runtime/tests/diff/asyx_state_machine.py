import asyncio
import enum


class State(enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    READY = "ready"
    BUSY = "busy"
    CLOSED = "closed"
    ERROR = "error"


TRANSITIONS = {
    (State.IDLE, "connect"): State.CONNECTING,
    (State.CONNECTING, "ok"): State.READY,
    (State.CONNECTING, "fail"): State.ERROR,
    (State.READY, "request"): State.BUSY,
    (State.BUSY, "response"): State.READY,
    (State.READY, "close"): State.CLOSED,
    (State.ERROR, "reset"): State.IDLE,
}


class EventSource:
    """An async iterator over scripted events, one per scheduler turn."""

    def __init__(self, script):
        self.script = list(script)
        self.pos = 0
        self.paused = asyncio.Event()
        self.paused.set()

    def __aiter__(self):
        return self

    async def __anext__(self):
        await self.paused.wait()
        await asyncio.sleep(0)
        if self.pos >= len(self.script):
            raise StopAsyncIteration
        event = self.script[self.pos]
        self.pos += 1
        return event


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state.name} on {event!r}")
        self.state = state
        self.event = event


class Machine:
    def __init__(self, name):
        self.name = name
        self.state = State.IDLE
        self.history = [State.IDLE]
        self.listeners = []
        self.entered = asyncio.Condition()

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    async def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, TRANSITIONS[key]
        self.history.append(self.state)
        for fn in self.listeners:
            await fn(self, old, self.state)
        async with self.entered:
            self.entered.notify_all()

    async def wait_for_state(self, target):
        async with self.entered:
            await self.entered.wait_for(lambda: self.state is target)
        return target

    async def drive(self, source, *, strict=True):
        skipped = []
        async for event in source:
            try:
                await self.fire(event)
            except InvalidTransition as e:
                if strict:
                    raise
                skipped.append(str(e))
        else:
            print(f"  {self.name}: source exhausted in {self.state.name}")
        return skipped


async def main():
    print("== happy path ==")
    m = Machine("m1")
    transitions = []

    @m.on_change
    async def record(machine, old, new):
        transitions.append(f"{old.value}->{new.value}")

    @m.on_change
    async def announce(machine, old, new):
        if new is State.READY:
            print(f"  {machine.name} is ready (after {old.name})")

    waiter = asyncio.create_task(m.wait_for_state(State.BUSY))
    src = EventSource(["connect", "ok", "request", "response", "request", "response", "close"])
    skipped = await m.drive(src)
    print("  waiter saw:", await waiter)
    print("  transitions:", transitions)
    print("  skipped:", skipped)

    print("== strict failure ==")
    m2 = Machine("m2")
    try:
        await m2.drive(EventSource(["connect", "request"]))
    except InvalidTransition as e:
        print("  error:", e, "| state:", e.state.name, "| event:", e.event)

    print("== lenient with recovery ==")
    m3 = Machine("m3")
    skipped = await m3.drive(EventSource(
        ["connect", "fail", "request", "reset", "connect", "ok", "bogus", "close", "connect"]),
        strict=False)
    print("  history:", [s.name for s in m3.history])
    for s in skipped:
        print("  skipped:", s)

    print("== pausing the source ==")
    src = EventSource(["connect", "ok", "close"])
    m4 = Machine("m4")
    src.paused.clear()
    runner = asyncio.create_task(m4.drive(src))
    for _ in range(3):
        await asyncio.sleep(0)
    print("  while paused:", m4.state.name, "pos", src.pos)
    src.paused.set()
    await runner
    print("  final:", m4.state.name)

    print("== anext / aiter builtins ==")
    src = EventSource(["a", "b"])
    it = aiter(src)
    print("  same object:", it is src)
    print("  first:", await anext(it))
    print("  second:", await anext(it))
    print("  default:", await anext(it, "<end>"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  StopAsyncIteration at end")

    print("== several machines at once ==")
    machines = [Machine(f"p{i}") for i in range(3)]
    scripts = [["connect", "ok", "close"], ["connect", "fail", "reset"], ["connect", "ok", "request"]]
    results = await asyncio.gather(*(mm.drive(EventSource(sc)) for mm, sc in zip(machines, scripts)))
    for mm, r in zip(machines, results):
        print(f"  {mm.name}: {mm.state.name} via {[s.value for s in mm.history]} skipped={r}")


asyncio.run(main())
