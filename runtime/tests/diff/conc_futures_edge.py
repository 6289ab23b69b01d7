"""concurrent.futures corners: initializers, nested submission, callbacks that
fail, cancellation, wait() with FIRST_COMPLETED, exceptions carrying causes."""
import concurrent.futures as cf
import concurrent.futures.process
import threading
import io
import contextlib
import traceback

init_calls = []


def init_worker(tag):
    init_calls.append(tag)
    threading.current_thread().tag = tag


def where(x):
    return x, getattr(threading.current_thread(), "tag", None)


with cf.ThreadPoolExecutor(max_workers=2, initializer=init_worker, initargs=("boot",)) as ex:
    out = sorted(ex.map(where, [3, 1, 2]))
print("map with initializer:", out)
print("initializer ran:", set(init_calls))


def bad_init():
    raise OSError("no config")


err = io.StringIO()
with contextlib.redirect_stderr(err):
    ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    f = ex.submit(pow, 2, 3)
    try:
        f.result()
    except cf.BrokenExecutor as e:
        print("broken:", type(e).__name__, "|", e)
    try:
        ex.submit(pow, 2, 4)
    except cf.BrokenExecutor as e:
        print("submit after broken:", type(e).__name__)
    ex.shutdown()
print("stderr mentions initializer:", "Exception in initializer" in err.getvalue())
print("BrokenThreadPool subclass:", issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor))


# Tasks that submit more tasks
def fib_task(pool, n):
    if n < 2:
        return n
    a = pool.submit(fib_task, pool, n - 1)
    b = pool.submit(fib_task, pool, n - 2)
    return a.result() + b.result()

with cf.ThreadPoolExecutor(max_workers=32) as pool:
    print("fib(6) via nested futures:", pool.submit(fib_task, pool, 6).result())


# Callback that raises is logged, not propagated
err = io.StringIO()
seen = []
with contextlib.redirect_stderr(err):
    fut = cf.Future()
    fut.add_done_callback(lambda f: seen.append("first"))
    fut.add_done_callback(lambda f: 1 / 0)
    fut.add_done_callback(lambda f: seen.append("third"))
    fut.set_result("value")
print("callbacks:", seen, "logged:", "exception calling callback" in err.getvalue(),
      "ZeroDivisionError" in err.getvalue())

# Cancelling before running; callbacks fire on cancel
f = cf.Future()
states = []
f.add_done_callback(lambda fut: states.append(("cb", fut.cancelled())))
print("cancel:", f.cancel(), "again:", f.cancel(), states)
print("set_running_or_notify_cancel:", f.set_running_or_notify_cancel())
try:
    f.exception()
except cf.CancelledError as e:
    print("exception() raised CancelledError", repr(e))
g = cf.Future()
g.set_result(None)
try:
    g.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

# wait with FIRST_COMPLETED over a mix of finished and pending futures
pending = cf.Future()
finished = cf.Future()
finished.set_result(1)
done, not_done = cf.wait([pending, finished], timeout=0.01, return_when=cf.FIRST_COMPLETED)
print("FIRST_COMPLETED:", len(done), len(not_done), finished in done, pending in not_done)
done, not_done = cf.wait([pending], timeout=0)
print("timeout 0:", len(done), len(not_done))
try:
    for f in cf.as_completed([finished, pending], timeout=0.01):
        print("completed result:", f.result())
except cf.TimeoutError as e:
    print("as_completed timeout:", e)
pending.cancel()
d, nd = cf.wait([pending, finished], timeout=0)
print("cancelled but not notified:", len(d), len(nd), pending.done())
print("notify:", pending.set_running_or_notify_cancel())
print("after notify:", sorted(f.cancelled() for f in cf.as_completed([pending, finished])))
try:
    pending.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
print(type(pending), cf.ThreadPoolExecutor, cf.process.BrokenProcessPool.__mro__[1])

# exceptions keep their cause chain and traceback
class ParseError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e

with cf.ThreadPoolExecutor() as pool:
    futs = [pool.submit(parse, t) for t in ["10", "x1", "30"]]
    for fu in futs:
        exc = fu.exception()
        if exc is None:
            print("parsed", fu.result())
        else:
            print("failed", exc, "| cause:", type(exc.__cause__).__name__, exc.__cause__)
            tb = traceback.extract_tb(exc.__traceback__)
            print("  innermost frame:", tb[-1].name)

# shutdown(cancel_futures=True) and submitting afterwards
pool = cf.ThreadPoolExecutor(max_workers=1)
first = pool.submit(sorted, [3, 1, 2])
pool.shutdown(wait=True, cancel_futures=True)
print("first result:", first.result(), first.done())
try:
    pool.submit(sorted, [])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
with cf.ThreadPoolExecutor(2) as pool:
    try:
        list(pool.map(abs, [1], chunksize=0))
    except ValueError as e:
        print("ValueError:", e)
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
