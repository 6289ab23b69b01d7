"""Controlling completion order in a thread pool with events: each job is held
at a gate, and the done-callback of one job opens the gate of the next, so
as_completed() and wait() see a known order."""
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError)

JOBS = ["alpha", "bravo", "charlie", "delta", "echo"]
FINISH_ORDER = ["charlie", "alpha", "echo", "delta", "bravo"]

gates = {name: threading.Event() for name in JOBS}


def job(name):
    gates[name].wait()
    if name == "delta":
        raise ValueError(f"{name} failed")
    return name.upper()


def open_next(name):
    def callback(fut):
        i = FINISH_ORDER.index(name)
        if i + 1 < len(FINISH_ORDER):
            gates[FINISH_ORDER[i + 1]].set()
    return callback


with ThreadPoolExecutor(max_workers=len(JOBS) + 1) as pool:
    futures = {}
    for name in JOBS:
        f = pool.submit(job, name)
        f.add_done_callback(open_next(name))
        futures[f] = name
    print("none done before the first gate:", not any(f.done() for f in futures))
    # A finished future comes out first: only then is the first gate opened.
    kickoff = pool.submit(str, "go")
    kickoff.result()
    futures[kickoff] = "kickoff"
    for f in as_completed(futures):
        name = futures[f]
        if name == "kickoff":
            print("kickoff ->", f.result())
            gates[FINISH_ORDER[0]].set()
            continue
        if f.exception() is not None:
            print(f"{name:8} raised {f.exception()!r}")
        else:
            print(f"{name:8} -> {f.result()}")

# as_completed with a timeout: two jobs finish, the third never does in time.
hold = threading.Event()
first = threading.Event()


def staged(tag):
    if tag == "late":
        hold.wait()
    elif tag == "second":
        first.wait()
    else:
        first.set()
    return tag


with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(staged, t) for t in ("late", "second", "first")]
    seen = []
    try:
        for f in as_completed(fs, timeout=0.1):
            seen.append(f.result())
    except TimeoutError as e:
        print("as_completed timed out:", e)
    print("seen before timeout:", sorted(seen))
    hold.set()
    print("late result:", fs[0].result())

# wait() with FIRST_EXCEPTION returns as soon as one job fails.
release = threading.Event()
failing_started = threading.Event()


def maybe_fail(n):
    if n == 2:
        failing_started.set()
        raise KeyError(n)
    release.wait()
    return n


with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(maybe_fail, n) for n in range(4)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", sorted(fs.index(f) for f in done),
          "pending:", len(not_done))
    release.set()
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("ALL_COMPLETED:", len(done), len(not_done))
    print("results:", [f.exception() if f.exception() else f.result() for f in fs])

# FIRST_COMPLETED on a chain: only the head can finish first.
chain = [threading.Event() for _ in range(4)]


def link(i):
    chain[i].wait()
    if i + 1 < len(chain):
        chain[i + 1].set()
    return i


with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(link, i) for i in range(4)]
    chain[0].set()
    order = []
    remaining = set(fs)
    while remaining:
        done, remaining = wait(remaining, return_when=FIRST_COMPLETED)
        order.extend(sorted(f.result() for f in done))
    print("chain completion covers all:", sorted(order) == [0, 1, 2, 3])
    print("head first:", order[0])
