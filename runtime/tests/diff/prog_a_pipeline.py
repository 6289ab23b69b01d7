"""Generators and context managers in a file-less ETL pipeline."""
import contextlib
import io
from contextlib import ExitStack, closing, contextmanager, nullcontext, redirect_stdout, suppress

trace = []


@contextmanager
def stage(name):
    trace.append(f"enter {name}")
    try:
        yield name.upper()
    except ValueError as e:
        trace.append(f"{name} handled {e}")
    finally:
        trace.append(f"exit {name}")


with stage("extract") as s:
    trace.append(f"inside {s}")
with stage("transform"):
    raise ValueError("bad row")
try:
    with stage("load"):
        raise KeyError("lost")
except KeyError as e:
    trace.append(f"outer {e!r}")
print(trace)


def read_rows(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield lineno, line.split(";")


def parse(rows):
    for lineno, fields in rows:
        try:
            name, qty, price = fields
            yield {"line": lineno, "name": name.strip(), "qty": int(qty), "price": float(price)}
        except ValueError as e:
            print(f"  skip line {lineno}: {e}")


def running_total(records):
    total = 0.0
    for r in records:
        total += r["qty"] * r["price"]
        r["running"] = round(total, 2)
        yield r


DATA = """\
# name; qty; price
apple; 3; 0.5
pear; x; 0.75
  banana ; 12; 0.2

cherry; 100; 0.05; extra
melon; 1; 3.99
"""
for r in running_total(parse(read_rows(DATA))):
    print(f"  {r['line']:>2} {r['name']:<8} {r['qty']:>4} x {r['price']:<5} -> {r['running']:>7.2f}")


def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            if value is None:
                break
            received.append(value)
    except GeneratorExit:
        print("  echo closed with", received)
        raise
    return received


g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g2 = echo()
next(g2)
g2.send(1)
try:
    g2.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def delegator():
    result = yield from echo()
    yield f"sub returned {result}"


d = delegator()
print(next(d), d.send("x"), d.send(None))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def gen_with_throw():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"recovered from {e}"


c = countdown(3)
print(list(c), list(c))
gt = gen_with_throw()
print(next(gt), gt.throw(ValueError("oops")), next(gt))
gt.close()
print(gt.gi_frame is None, c.gi_running, type(c).__name__, countdown.__name__)
try:
    gt.throw(RuntimeError, "after close")
except RuntimeError as e:
    print("throw after close:", e)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), list(x for x in "ab" if x != "a"))


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name
        Connection.opened += 1
        self.closed = False

    def close(self):
        self.closed = True
        print(f"  closing {self.name}")

    def query(self, q):
        return f"{self.name}:{q}"


with closing(Connection("db1")) as conn:
    print(conn.query("select 1"))
print(conn.closed)

with ExitStack() as stack:
    conns = [stack.enter_context(closing(Connection(f"pool{i}"))) for i in range(3)]
    stack.callback(print, "  callback ran last-in-first-out")
    print([c.query("ping") for c in conns])
print([c.closed for c in conns])
with ExitStack() as stack:
    stack.enter_context(stage("stacked"))
    moved = stack.pop_all()
print(trace[-1])
moved.close()
print(trace[-1])


def cleanup_order():
    out = []
    with ExitStack() as st:
        for n in "abc":
            st.callback(out.append, n)
        st.push(lambda *exc: out.append(("push", exc[0].__name__ if exc[0] else None)) or False)
    return out


print(cleanup_order())
with suppress(FileNotFoundError, KeyError):
    {}["x"]
    print("not reached")
print("suppressed ok")
with nullcontext(42) as v:
    print("nullcontext", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2, sep="-")
print(repr(buf.getvalue()))


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        trace.append("timer start")
        return self

    def __exit__(self, *exc):
        trace.append("timer stop")
        return False


@Timer()
def work(x):
    trace.append(f"work {x}")
    return x * 2


print(work(21), trace[-3:])


@contextmanager
def bad_cm():
    yield
    yield


try:
    with bad_cm():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib_gen(), 15)), next(x for x in fib_gen() if x > 1000))
gen = fib_gen()
print([next(gen) for _ in range(5)], gen.__next__(), iter(gen) is gen)
