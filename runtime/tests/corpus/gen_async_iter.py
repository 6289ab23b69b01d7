# async for / async with / async generators driven manually without asyncio.
class Tick:
    def __await__(self):
        v = yield "tick"
        return v
class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1
class AsyncCM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        self.log.append(f"aenter {self.name}")
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"aexit {self.name} {et.__name__ if et else None}")
        await Tick()
        return et is KeyError
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
    yield "last"
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def main(log):
    items = []
    async for v in AsyncRange(3):
        items.append(v)
    log.append(f"async for got {items}")
    async with AsyncCM("res", log) as name:
        log.append(f"inside with {name}")
    async with AsyncCM("suppress", log):
        raise KeyError("suppressed")
    squares = [v async for v in agen(4)]
    log.append(f"async comprehension {squares}")
    evens = [v async for v in agen(6) if isinstance(v, int) and v % 2 == 0]
    log.append(f"filtered {evens}")
    try:
        async with AsyncCM("propagate", log):
            raise ValueError("escapes")
    except ValueError as e:
        log.append(f"caught {e}")
    return len(log)
log = []
result, ticks = run(main(log))
for line in log:
    print(line)
print("result", result, "ticks", ticks)
ag = agen(2)
print(type(ag).__name__)
c = ag.__anext__()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("first value", e.value)
async def collect(gen):
    out = []
    async for x in gen:
        out.append(x)
    return out
print(run(collect(agen(3))))
async def asend_demo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
def drive(aw, value=None):
    try:
        aw.send(value)
    except StopIteration as e:
        return e.value
    raise AssertionError("expected completion")
ad = asend_demo()
print(drive(ad.asend(None)), drive(ad.asend("a")), drive(ad.asend("b")), drive(ad.asend(None)))
try:
    drive(ad.asend(None))
except StopAsyncIteration:
    print("StopAsyncIteration at end")
async def agen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  async generator finally")
af = agen_finally()
print(drive(af.__anext__()))
drive(af.aclose())
print("aclosed")
try:
    for x in AsyncRange(2):
        pass
except TypeError as e:
    print("TypeError", e)
