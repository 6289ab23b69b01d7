# The generic SEND (`yield from` and `await` without shadow code): values, sends,
# returns, errors and introspection through chains of delegating generators.
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf", n, got)


def middle(n):
    r = yield from leaf(n)
    yield ("middle saw", r)
    return r[1] * 10


def top(n):
    r = yield from middle(n)
    return ("top", r)


g = top(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    g.send("d")
except StopIteration as e:
    print("stop", e.value)


# yield from over iterators that are not generators.
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("counter done")
        self.i += 1
        return self.i


def over(it):
    r = yield from it
    yield ("returned", r)


print(list(over([1, 2, 3])))
print(list(over(range(4))))
print(list(over(iter("ab"))))
print(list(over(Counter(3))))
print(list(over({"k": 1, "j": 2})))

# send a non-None value into a list iterator through yield from: AttributeError.
g = over([1, 2])
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)


# An error inside the innermost generator comes out with every level on the traceback.
def bad(k):
    yield 1
    return 1 // k


def chain(depth, k):
    if depth == 0:
        r = yield from bad(k)
    else:
        r = yield from chain(depth - 1, k)
    return r


for k in (1, 0):
    try:
        print(list(chain(5, k)))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("ZeroDivisionError", e, names)


# gi_yieldfrom while suspended, and throw/close through the chain.
def catcher():
    try:
        yield "c1"
        yield "c2"
    except KeyError as e:
        yield ("caught", e.args)
    finally:
        print("catcher finally")


def outer():
    r = yield from catcher()
    yield ("after", r)


g = outer()
print(next(g))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame is not None)
print(g.throw(KeyError("x")))
print(next(g))
print(g.gi_yieldfrom)
g.close()
print(g.gi_frame)

g = outer()
next(g)
g.close()
print("closed", g.gi_frame)


# A generator that delegates to one already running.
def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


# Deep chains: past the recursion limit is a RecursionError, not a crash.
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)


print(list(deep(200)))
old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
try:
    list(deep(400))
    print("no error")
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
print(list(deep(50)))


# In-order walk of a tree by nested yield from, many values through each level.
class Node:
    __slots__ = ("l", "v", "r")

    def __init__(self, l, v, r):
        self.l, self.v, self.r = l, v, r


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(n):
    if n is None:
        return 0
    a = yield from walk(n.l)
    yield n.v
    b = yield from walk(n.r)
    return a + b + 1


def count(t):
    c = yield from walk(t)
    return c


vals = []
g = count(build(0, 300))
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        print("nodes", e.value)
        break
print(vals == list(range(300)), sum(vals))


# await on generator-based and native coroutines without an event loop.
class Ready:
    def __await__(self):
        x = yield "suspend"
        return ("ready got", x)


async def inner():
    r = await Ready()
    return r


async def outer_coro():
    a = await inner()
    b = await inner()
    return [a, b]


c = outer_coro()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("coro result", e.value)
