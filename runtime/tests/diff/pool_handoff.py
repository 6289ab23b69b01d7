"""A build system that runs steps in a thread pool: each step waits for the
Events of the steps it depends on, so steps block on each other inside the pool."""
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError, wait, FIRST_COMPLETED

STEPS = {
    "fetch": [],
    "configure": ["fetch"],
    "compile-core": ["configure"],
    "compile-ui": ["configure"],
    "link": ["compile-core", "compile-ui"],
    "test": ["link"],
    "package": ["link", "docs"],
    "docs": ["fetch"],
}

finished = {name: threading.Event() for name in STEPS}
log_lock = threading.Lock()
completed_order = []
artifacts = {}


def run_step(name):
    for dep in STEPS[name]:
        if not finished[dep].wait(timeout=5):
            raise RuntimeError(f"{name}: gave up waiting for {dep}")
    inputs = sorted(artifacts[d] for d in STEPS[name])
    result = f"{name}({','.join(inputs)})" if inputs else name
    with log_lock:
        artifacts[name] = result
        completed_order.append(name)
    finished[name].set()
    return result


# Submitted in reverse dependency order: every worker but the last blocks at first.
with ThreadPoolExecutor(max_workers=len(STEPS), thread_name_prefix="build") as pool:
    futures = {name: pool.submit(run_step, name) for name in reversed(list(STEPS))}
    for name in STEPS:
        print(f"{name:13} -> {futures[name].result()}")


def position(name):
    return completed_order.index(name)


print("dependency order respected:",
      all(position(d) < position(n) for n, deps in STEPS.items() for d in deps))
print("all steps done:", sorted(completed_order) == sorted(STEPS))

# result(timeout) on a step whose input never arrives, then arrives later.
gate = threading.Event()
started = threading.Event()


def guarded(value):
    started.set()
    gate.wait()
    return value * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    f = pool.submit(guarded, 7)
    started.wait()
    print("running while blocked:", f.running(), "done:", f.done())
    try:
        f.result(timeout=0.05)
    except TimeoutError as e:
        print("result timed out:", type(e).__name__, e.args)
    try:
        f.exception(timeout=0)
    except TimeoutError:
        print("exception(timeout=0) timed out too")
    done, not_done = wait([f], timeout=0.02)
    print("wait with timeout:", len(done), len(not_done))
    quick = pool.submit(sum, [1, 2, 3])
    done, not_done = wait([f, quick], return_when=FIRST_COMPLETED)
    print("first completed is the quick one:", done == {quick}, quick.result())
    print("cancel a running future:", f.cancel())
    gate.set()
    print("after the gate opens:", f.result(timeout=5), f.exception())
    print("states:", f.running(), f.done(), f.cancelled())

# A relay: each task waits for the previous one's event, then sets its own.
relay = [threading.Event() for _ in range(6)]
baton = []


def runner(i):
    if i:
        relay[i - 1].wait()
    baton.append(i)
    relay[i].set()
    return i


with ThreadPoolExecutor(max_workers=6) as pool:
    results = list(pool.map(runner, [5, 3, 1, 0, 4, 2]))
print("relay results in map order:", results)
print("baton order:", baton)
