"""Futures as promises between plain threads and a pool: a future filled in by
another thread, continuations chained with done-callbacks that submit more
work, a gather() helper, and the rules about setting a future twice."""
import threading
from concurrent.futures import (Future, ThreadPoolExecutor, InvalidStateError,
                                CancelledError, TimeoutError, as_completed, wait)


def resolve_later(fut, gate, value=None, error=None):
    gate.wait()
    if error is not None:
        fut.set_exception(error)
    else:
        fut.set_result(value)


# A future completed by a plain thread, awaited with timeouts.
gate = threading.Event()
promise = Future()
worker = threading.Thread(target=resolve_later, args=(promise, gate, {"rows": 3}))
worker.start()
try:
    promise.result(timeout=0.02)
except TimeoutError:
    print("not yet:", promise.done(), promise.running())
gate.set()
print("resolved:", promise.result(timeout=5))
worker.join()
try:
    promise.set_result("again")
except InvalidStateError as exc:
    print("second set_result:", str(exc).split(":")[0])

# Failures travel the same way.
gate = threading.Event()
failing = Future()
threading.Thread(target=resolve_later, args=(failing, gate),
                 kwargs={"error": PermissionError("denied")}).start()
gate.set()
print("exception():", repr(failing.exception(timeout=5)))
try:
    failing.result()
except PermissionError as exc:
    print("result() raised:", exc)


# Continuations: each stage's callback submits the next stage to the pool.
def then(pool, fut, fn):
    nxt = Future()

    def on_done(prev):
        if prev.exception() is not None:
            nxt.set_exception(prev.exception())
            return
        inner = pool.submit(fn, prev.result())
        inner.add_done_callback(lambda f: nxt.set_exception(f.exception())
                                if f.exception() else nxt.set_result(f.result()))

    fut.add_done_callback(on_done)
    return nxt


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="chain") as pool:
    start = threading.Event()
    head = pool.submit(lambda: (start.wait(), 5)[1])
    tail = then(pool, then(pool, then(pool, head, lambda x: x * 2), lambda x: x + 1), str)
    print("tail pending before start:", not tail.done())
    start.set()
    print("chained result:", repr(tail.result(timeout=5)))

    broken_head = pool.submit(int, "not a number")
    broken_tail = then(pool, then(pool, broken_head, abs), float)
    print("error propagates:", type(broken_tail.exception(timeout=5)).__name__)


def gather(futures):
    # Every result in order, or the first exception in completion order.
    for fut in as_completed(futures):
        if fut.exception() is not None:
            for other in futures:
                other.cancel()
            raise fut.exception()
    return [f.result() for f in futures]


hold = threading.Event()
holding = threading.Event()


def square_or_wait(n):
    if n == 4:
        holding.set()
        hold.wait()
    return n * n


with ThreadPoolExecutor(max_workers=1) as pool:
    print("gather ok:", gather([pool.submit(square_or_wait, n) for n in range(3)]))
    futures = [pool.submit(square_or_wait, n) for n in (4, 5, 6)]
    holding.wait()
    # A failure reported by another thread, while 4 runs and 5, 6 are queued.
    failed = Future()
    reporter = threading.Thread(target=failed.set_exception,
                                args=(ArithmeticError("upstream is down"),))
    reporter.start()
    try:
        gather(futures + [failed])
    except ArithmeticError as exc:
        print("gather failed:", exc)
    reporter.join()
    hold.set()
    wait(futures[:1])
    print("after failure:", ["cancelled" if f.cancelled() else
                             ("error" if f.exception() else f.result()) for f in futures])

# A future cancelled before any thread picks it up.
orphan = Future()
print("cancel:", orphan.cancel(), "cancelled:", orphan.cancelled())
try:
    orphan.result(timeout=0)
except CancelledError:
    print("result() of cancelled raises CancelledError")
print("notify:", orphan.set_running_or_notify_cancel(),
      "done in wait:", len(wait([orphan], timeout=0).done))
