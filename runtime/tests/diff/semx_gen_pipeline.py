"""Coroutine-style generator pipeline with send/throw/close and yield from."""
import inspect


class Reset(Exception):
    pass


def averager():
    total = count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except Reset:
                print("    averager reset at", count)
                total = count = 0
                avg = None
                continue
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        print("    averager finally, count =", count)
    return (count, avg)


def grouper(results, key):
    while True:
        stats = yield from averager()
        results[key] = stats
        print("    grouper stored", key, stats)
        key = key + "'"


def drive():
    results = {}
    g = grouper(results, "w")
    print("state", inspect.getgeneratorstate(g))
    print("prime", next(g))
    print("state", inspect.getgeneratorstate(g))
    for v in (10, 20, 30):
        print("send", v, "->", g.send(v))
    print("throw ->", g.throw(Reset))
    print("send 7 ->", g.send(7))
    print("send None ->", g.send(None))
    print("send 1 ->", g.send(1))
    g.close()
    print("state", inspect.getgeneratorstate(g))
    print("results", results)
    try:
        g.send(3)
    except StopIteration as e:
        print("after close StopIteration", e.value)


drive()


def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("    counter got", got)
    except GeneratorExit:
        print("    counter GeneratorExit")
        raise
    return "done"


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def delegating():
    r = yield from counter(3)
    print("    delegate result", r)
    r2 = yield from [100, 200]
    print("    list result", r2)
    return "outer"


g = delegating()
print(list(g))
g = delegating()
print(next(g), g.send("hi"), next(g))
g.close()

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

c = counter(5)
next(c)
try:
    c.throw(ValueError("bad value"))
except ValueError as e:
    print("propagated", e, inspect.getgeneratorstate(c))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


print(list(take(10, fib())))


def gen_with_return():
    yield 1
    return 42


def catcher():
    result = yield from gen_with_return()
    yield ("result", result)


print(list(catcher()))
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)


def bad():
    yield 1
    raise StopIteration("inner")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


def running_check():
    yield inspect.getgeneratorstate(me)

me = running_check()
print(next(me))
gx = (x * x for x in range(3))
print(gx.__name__, gx.__qualname__, inspect.getgeneratorstate(gx))
print(next(gx), list(gx), list(gx))


def reentrant():
    yield next(rg)

rg = reentrant()
try:
    next(rg)
except ValueError as e:
    print("ValueError", e)

g = counter(2)
print(g.send(None))
try:
    g.send(5)
    g.send(5)
except StopIteration as e:
    print("stopped with", e.value)
try:
    counter(2).send(5)
except TypeError as e:
    print("TypeError", e)
g = counter(3)
print(g.gi_frame is not None, g.gi_running, g.gi_code.co_name)
g.close()
print(g.gi_frame)
