# concurrent.futures: executors, futures, map, wait and as_completed (results compared
# in an order-independent way where CPython's threads may finish in any order).
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, Future

def square(x):
    return x * x

def boom(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in fs], all(f.done() for f in fs))
    print(list(ex.map(square, range(4))), list(ex.map(pow, [2, 3], [5, 2])))
    bad = ex.submit(boom, 1)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result raised", e)
    it = ex.map(boom, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print("map raised", e)
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done), sorted(f.result() for f in cf.as_completed(fs)))
    seen = []
    f = ex.submit(square, 7)
    r = f.result()
    # Added once done, the callback runs at once (no thread timing involved).
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(r, seen, f.cancel(), f.cancelled(), f.running(), f.done())
    kw = ex.submit(dict, a=1, b=2)
    print(kw.result())

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

f = Future()
print(f.done(), f.cancelled())
f.set_result(42)
print(f.result(), f.exception())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError")
g = Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
h = Future()
h.set_exception(KeyError("k"))
print(repr(h.exception()))

with ProcessPoolExecutor() as pex:
    print(list(pex.map(square, [1, 2, 3])))

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, Exception), cf.ALL_COMPLETED)
print(sorted(n for n in cf.__all__ if not n.startswith("_"))[:6])

def bad_init():
    raise OSError("no")

import contextlib, io
err = io.StringIO()
with contextlib.redirect_stderr(err):
    tp = ThreadPoolExecutor(initializer=bad_init)
    try:
        tp.submit(square, 1).result()
    except cf.BrokenExecutor as e:
        print(type(e).__name__, e)
    tp.shutdown()
print(err.getvalue().splitlines()[0], err.getvalue().strip().splitlines()[-1])
