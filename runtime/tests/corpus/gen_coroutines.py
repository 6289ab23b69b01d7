# async def coroutines driven by hand with send(), custom awaitables, no asyncio.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received
async def add(a, b):
    x = await Yield(("need", a))
    y = await Yield(("need", b))
    return x + y
async def compute():
    s = await add(1, 2)
    t = await add(10, 20)
    return s * t
coro = compute()
print(type(coro).__name__)
request = coro.send(None)
step = 0
try:
    while True:
        step += 1
        print("step", step, "request", request)
        kind, value = request
        request = coro.send(value * 100)
except StopIteration as e:
    print("result", e.value)
async def simple():
    return "simple result"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def raises():
    await Yield("pause")
    raise ValueError("inside coroutine")
c = raises()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
async def catches():
    try:
        await Yield("waiting")
    except KeyError as e:
        return f"caught {e!r}"
c = catches()
print(c.send(None))
try:
    c.throw(KeyError("thrown in"))
except StopIteration as e:
    print(e.value)
c = catches()
c.send(None)
c.close()
print("closed coroutine")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def never_awaited():
    return 1
nc = never_awaited()
nc.close()
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield f"sleep {i + 1}/{self.n}"
        return self.n
async def worker(name, n):
    got = await Sleep(n)
    return f"{name} slept {got}"
w = worker("w1", 3)
try:
    while True:
        print(w.send(None))
except StopIteration as e:
    print(e.value)
class BadAwait:
    def __await__(self):
        return 5
async def uses_bad():
    await BadAwait()
try:
    uses_bad().send(None)
except TypeError as e:
    print("TypeError", e)
async def awaits_int():
    await 5
try:
    awaits_int().send(None)
except TypeError as e:
    print("TypeError", e)
import sys
async def nested(depth):
    if depth == 0:
        return await Yield("bottom")
    return 1 + await nested(depth - 1)
n = nested(5)
print(n.send(None))
try:
    n.send(100)
except StopIteration as e:
    print("nested result", e.value)
