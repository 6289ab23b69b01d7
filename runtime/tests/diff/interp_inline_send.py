"""yield from and await resumed inline by SEND_GEN: sent values, return values, non-generator\nreceivers, throw/close delegation, PEP 479, a fresh generator sent a value, a generator\nrunning itself, asyncio chains that suspend, deep delegation and the recursion limit."""
import sys
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total * 10
def outer(n):
    r = yield from inner(n)
    yield ("inner returned", r)
    r2 = yield from [7, 8]
    yield ("list returned", r2)
    r3 = yield from iter(range(2))
    return r3
def drive():
    out = []
    for k in range(60):
        g = outer(3)
        out = [next(g), g.send(5), g.send(6)]
        out += list(g)
    return out
print(drive())
def thrower():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield ("caught", str(e))
    return "done"
def deleg():
    r = yield from thrower()
    yield r
for k in range(60):
    g = deleg()
    a = next(g)
    b = g.throw(KeyError("boom"))
    c = list(g)
print(a, b, c)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally", end=" ")
def deleg2():
    try:
        yield from closing()
    finally:
        print("outer finally", end=" ")
for k in range(55):
    g = deleg2()
    next(g)
    g.close()
print()
def raiser():
    yield 1
    raise ValueError("inside")
def deleg3():
    try:
        yield from raiser()
    except ValueError as e:
        yield "outer caught " + str(e)
for k in range(60):
    r = list(deleg3())
print(r)
def stopper():
    yield 1
    raise StopIteration("x")
def deleg4():
    yield from stopper()
for k in range(60):
    try:
        list(deleg4())
    except RuntimeError as e:
        m = str(e)
print(m)
def fresh():
    x = yield 1
    yield x
def deleg5(g):
    return (yield from g)
for k in range(60):
    g = fresh()
    d = deleg5(g)
    try:
        d.send("hi")
    except TypeError as e:
        m = str(e)
print(m)
def self_ref():
    yield from gen_holder[0]
gen_holder = [None]
gen_holder[0] = self_ref()
try:
    next(gen_holder[0])
except ValueError as e:
    print("ValueError:", e)
import asyncio
async def leaf(i):
    if i % 3 == 0:
        await asyncio.sleep(0)
    return i
async def mid(i):
    a = await leaf(i)
    b = await leaf(i + 1)
    return a + b
async def top():
    t = 0
    for i in range(80):
        t += await mid(i)
    rs = await asyncio.gather(*(mid(i) for i in range(10)))
    return t, rs
print(asyncio.run(top()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(99)
        return self.n
def deleg6():
    r = yield from It()
    yield r
for k in range(60):
    r = list(deleg6())
print(r)
def depth(n):
    if n == 0:
        yield "bottom"
        return "r0"
    r = yield from depth(n - 1)
    return r + str(n)
def run_depth(n):
    g = depth(n)
    vals = []
    try:
        while True:
            vals.append(next(g))
    except StopIteration as e:
        return vals, e.value
for k in range(60):
    r = run_depth(20)
print(r)
sys.setrecursionlimit(100)
try:
    for k in range(60):
        run_depth(200)
except RecursionError as e:
    print("RecursionError")
