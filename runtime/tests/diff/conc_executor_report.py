"""A ThreadPoolExecutor-based report builder with failures and callbacks."""
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_EXCEPTION
import concurrent.futures as cf
import threading
import math

DATA = {
    "north": [12, 15, 9, 30],
    "south": [7, 7, 8],
    "east": [],
    "west": [100, -5, 42, 8, 19],
    "central": "oops",
}


class EmptyRegion(ValueError):
    pass


def summarize(region):
    values = DATA[region]
    if not values:
        raise EmptyRegion(f"no data for {region}")
    total = sum(values)
    mean = total / len(values)
    var = sum((v - mean) ** 2 for v in values) / len(values)
    return {"region": region, "n": len(values), "total": total,
            "mean": round(mean, 3), "std": round(math.sqrt(var), 3)}


callback_log = []
cb_lock = threading.Lock()


def on_done(fut):
    with cb_lock:
        if fut.exception() is not None:
            callback_log.append(("error", type(fut.exception()).__name__))
        else:
            callback_log.append(("ok", fut.result()["region"]))


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="report") as pool:
    futures = {}
    for region in sorted(DATA):
        fut = pool.submit(summarize, region)
        fut.add_done_callback(on_done)
        futures[fut] = region
    good, bad = [], []
    for fut in as_completed(futures):
        region = futures[fut]
        try:
            good.append(fut.result())
        except EmptyRegion as e:
            bad.append((region, "EmptyRegion", str(e)))
        except TypeError as e:
            bad.append((region, "TypeError", str(e)))

for row in sorted(good, key=lambda r: r["region"]):
    print("{region:8s} n={n} total={total} mean={mean} std={std}".format(**row))
for item in sorted(bad):
    print("failed:", item)
print("callbacks:", sorted(callback_log))

# map preserves order and re-raises on iteration
with ThreadPoolExecutor(max_workers=2) as pool:
    print("squares:", list(pool.map(lambda x: x * x, range(8))))
    print("pairs:", list(pool.map(lambda a, b: f"{a}{b}", "abc", [1, 2, 3, 4])))
    it = pool.map(lambda x: 10 // x, [5, 2, 0, 1])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print("map stopped after", got, "with", repr(e))

# wait() partitions
with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(pow, 2, k) for k in range(6)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("done:", len(done), "not_done:", len(not_done))
    print("results:", sorted(f.result() for f in done))
    fs2 = [pool.submit(int, s) for s in ["1", "x", "3"]]
    done, not_done = wait(fs2, return_when=FIRST_EXCEPTION)
    errs = [f for f in done if f.exception()]
    print("errors after FIRST_EXCEPTION:", [str(f.exception()) for f in errs])

# submit after shutdown
pool = ThreadPoolExecutor(max_workers=1)
print(pool.submit(sum, [1, 2, 3]).result())
pool.shutdown()
try:
    pool.submit(sum, [1])
except RuntimeError as e:
    print("RuntimeError:", e)

# Future state machine
f = cf.Future()
print("pending:", f.done(), f.running(), f.cancelled())
print("cancel:", f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError:
    print("CancelledError raised")
g = cf.Future()
print("set running:", g.set_running_or_notify_cancel(), g.running())
print("cancel running:", g.cancel())
g.set_result(42)
print("result:", g.result(), "exception:", g.exception())
try:
    g.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
h = cf.Future()
h.set_exception(KeyError("k"))
print("exc:", repr(h.exception()))
try:
    h.result(timeout=0)
except KeyError as e:
    print("result raised KeyError", e)
try:
    cf.Future().result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError)
