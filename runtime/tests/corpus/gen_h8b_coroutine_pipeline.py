"""Generator-based coroutine pipelines with send/throw/close."""


def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start


@coroutine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print(f"  averager reset ({e})")
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


avg = averager()
for v in [10, 20, 30]:
    print("avg", avg.send(v))
print("thrown ->", avg.throw(ValueError("bad sensor")))
print("avg", avg.send(7))
try:
    avg.send(None)
except StopIteration as e:
    print("finished", e.value)
try:
    avg.send(1)
except StopIteration as e:
    print("again", e.value)


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print(f"  grep({pattern!r}) closing")
        target.close()
        raise


@coroutine
def upper(target):
    try:
        while True:
            target.send((yield).upper())
    finally:
        print("  upper finally")
        target.close()


@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    finally:
        print("  collector done with", len(out), "items")


out = []
pipe = grep("py", upper(collector(out)))
for line in ["python is fun", "rust is fast", "pypy too", "go", "numpy arrays"]:
    pipe.send(line)
pipe.close()
print(out)
pipe.close()
try:
    pipe.send("x")
except StopIteration:
    print("closed generator raises StopIteration")


def delegator(results):
    while True:
        r = yield from averager.__wrapped__() if hasattr(averager, "__wrapped__") else inner_avg()
        results.append(r)


def inner_avg():
    total = 0
    n = 0
    while True:
        x = yield
        if x is None:
            return (n, total)
        total += x
        n += 1


results = []
d = delegator(results)
next(d)
for batch in ([1, 2, 3], [10], [], [4, 4]):
    for x in batch:
        d.send(x)
    d.send(None)
print(results)


def chain_gen():
    x = yield from sub_gen("A")
    print("  sub A returned", x)
    y = yield from sub_gen("B")
    print("  sub B returned", y)
    return x + y


def sub_gen(tag):
    got = []
    try:
        while len(got) < 2:
            v = yield f"{tag}{len(got)}"
            got.append(v)
    except KeyError as e:
        print(f"  {tag} handled KeyError {e}")
        got.append("K")
    return "".join(map(str, got))


g = chain_gen()
print(next(g))
print(g.send(1))
print(g.throw(KeyError("k")))
print(g.send("p"))
try:
    g.send("q")
except StopIteration as e:
    print("result", e.value)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def gen_with_return():
    yield 1
    return "done"

gr = gen_with_return()
print(list(gr), list(gr))


def throws_inside():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        yield "caught zde"
    yield "after"

t = throws_inside()
print(next(t), t.throw(ZeroDivisionError), next(t))
try:
    t.throw(IndexError("boom"))
except IndexError as e:
    print("IndexError propagated:", e)
print(t.gi_frame is None, list(t))


def stopiter_inside():
    yield 1
    raise StopIteration("explicit")

try:
    list(stopiter_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


def running_state():
    g = yield
    print("  inside: running =", g.gi_running)
    yield

rs = running_state()
next(rs)
rs.send(rs)
print("outside: running =", rs.gi_running, rs.gi_suspended if hasattr(rs, "gi_suspended") else "")
try:
    def selfref():
        yield me.send(None)
    me = selfref()
    next(me)
except ValueError as e:
    print("ValueError:", e)


def tree_walk(node, depth=0):
    name, kids = node
    yield depth, name
    for k in kids:
        yield from tree_walk(k, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)

import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda n: n < 100, (x for x in fib() if x % 2))))
gen = (x * x for x in range(5))
print(gen.__name__, next(gen), sum(gen), list(gen))
