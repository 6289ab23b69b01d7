"""Error handling around a thread pool that validates records: failures inside
calls, failures in map(), initializers that wait for each other, a broken pool,
and done-callbacks that raise."""
import contextlib
import io
import threading
from concurrent.futures import (ThreadPoolExecutor, BrokenExecutor, wait, as_completed,
                                FIRST_EXCEPTION)
from concurrent.futures.thread import BrokenThreadPool


class ValidationError(Exception):
    def __init__(self, record, reason):
        super().__init__(f"record {record['id']}: {reason}")
        self.record = record


RECORDS = [
    {"id": 1, "name": "ada", "age": 36},
    {"id": 2, "name": "", "age": 40},
    {"id": 3, "name": "grace", "age": -1},
    {"id": 4, "name": "linus", "age": 28},
    {"id": 5, "name": "ken", "age": "old"},
    {"id": 6, "name": "barbara", "age": 71},
]


def validate(record):
    if not record["name"]:
        raise ValidationError(record, "empty name")
    try:
        age = int(record["age"])
    except ValueError as exc:
        raise ValidationError(record, "age is not a number") from exc
    if age < 0:
        raise ValidationError(record, "negative age")
    return record["name"].title(), age


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(validate, r) for r in RECORDS]
    wait(futures)
    for f in futures:
        exc = f.exception()
        if exc is None:
            print("valid:  ", f.result())
        else:
            cause = type(exc.__cause__).__name__ if exc.__cause__ else None
            print("invalid:", exc, "| cause:", cause, "| id:", exc.record["id"])
    # Re-raising from result() keeps the same exception object.
    try:
        futures[1].result()
    except ValidationError as exc:
        print("same object:", exc is futures[1].exception())

    # map() raises the first failure when iteration reaches it.
    got = []
    try:
        for item in pool.map(validate, RECORDS):
            got.append(item)
    except ValidationError as exc:
        print("map stopped at:", exc, "after", got)

# Initializers that meet at a barrier: three workers must all be started.
meeting = threading.Barrier(3)
local = threading.local()
setups = []


def setup(region):
    local.region = region
    local.slot = meeting.wait()
    setups.append(local.slot)


def tagged(n):
    return n, local.region


with ThreadPoolExecutor(max_workers=3, initializer=setup, initargs=("eu",)) as pool:
    results = sorted(pool.map(tagged, range(6)))
print("tagged:", results)
print("barrier slots:", sorted(setups))

# An initializer that fails breaks the pool: queued calls fail, new ones are refused.
def flaky_setup():
    raise ConnectionError("database unreachable")


log = io.StringIO()
with contextlib.redirect_stderr(log):
    pool = ThreadPoolExecutor(max_workers=2, initializer=flaky_setup)
    first = pool.submit(validate, RECORDS[0])
    try:
        first.result()
    except BrokenThreadPool as exc:
        print("broken:", exc)
    print("is BrokenExecutor:", isinstance(first.exception(), BrokenExecutor))
    try:
        pool.submit(validate, RECORDS[3])
    except BrokenThreadPool as exc:
        print("refused:", type(exc).__name__)
    pool.shutdown()
text = log.getvalue()
print("logged:", "Exception in initializer:" in text, "ConnectionError" in text)

# Done-callbacks: a raising callback is logged and the others still run.
order = []


def noisy(f):
    order.append("noisy")
    raise RuntimeError("callback bug")


log = io.StringIO()
with contextlib.redirect_stderr(log), ThreadPoolExecutor(max_workers=2) as pool:
    gate = threading.Event()
    f = pool.submit(gate.wait)
    f.add_done_callback(lambda f: order.append(("first", f.result())))
    f.add_done_callback(noisy)
    f.add_done_callback(lambda f: order.append("last"))
    gate.set()
    f.result()
    wait([f])
print("callbacks:", order)
print("callback error logged:", "exception calling callback for" in log.getvalue(),
      "callback bug" in log.getvalue())

# FIRST_EXCEPTION over a batch where one record fails late.
go = threading.Event()


def slow_validate(record):
    if record["id"] != 5:
        go.wait()
    return validate(record)


with ThreadPoolExecutor(max_workers=6) as pool:
    fs = [pool.submit(slow_validate, r) for r in RECORDS]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    print("first failure:", [str(f.exception()) for f in done], "pending:", len(pending))
    go.set()
    failures = sorted(str(f.exception()) for f in as_completed(fs) if f.exception())
print("all failures:", failures)
