"""A download manager on a two-thread pool: while both workers are stuck on
slow transfers, queued downloads can still be cancelled, and shutting down
with cancel_futures drops what never started."""
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError, wait, as_completed

unblock = threading.Event()
both_busy = threading.Barrier(3)
ran = []
ran_lock = threading.Lock()


def download(name, slow=False):
    if slow:
        both_busy.wait()
        unblock.wait()
    with ran_lock:
        ran.append(name)
    return f"{name}: ok"


def describe(f):
    if f.cancelled():
        return "cancelled"
    if f.running():
        return "running"
    if f.done():
        return "done"
    return "pending"


pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl")
slow = [pool.submit(download, n, True) for n in ("big.iso", "huge.tar")]
both_busy.wait()
queued = {n: pool.submit(download, n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")}
print("slow:", [describe(f) for f in slow])
print("queued:", {n: describe(f) for n, f in sorted(queued.items())})
print("cancel running:", [f.cancel() for f in slow])
print("cancel b, d:", queued["b.txt"].cancel(), queued["d.txt"].cancel())
print("cancel b again:", queued["b.txt"].cancel())
try:
    queued["b.txt"].result()
except CancelledError as e:
    print("result of cancelled:", type(e).__name__)
unblock.set()
print("a.txt:", queued["a.txt"].result(), "| c.txt:", queued["c.txt"].result())
done, not_done = wait(list(queued.values()) + slow)
print("wait:", len(done), len(not_done))
print("states:", {n: describe(f) for n, f in sorted(queued.items())})
pool.shutdown()
print("ran:", sorted(ran))

# shutdown(cancel_futures=True): everything still queued is cancelled.
ran.clear()
gate = threading.Event()
started = threading.Event()


def step(n):
    if n == 0:
        started.set()
        gate.wait()
    with ran_lock:
        ran.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
fs = [pool.submit(step, n) for n in range(5)]
started.wait()
callbacks = []
for f in fs:
    f.add_done_callback(lambda f, n=fs.index(f): callbacks.append((n, describe(f))))
# Cancelling the last queued call lets the running one go on.
fs[-1].add_done_callback(lambda f: gate.set())
pool.shutdown(wait=True, cancel_futures=True)
print("after cancel_futures:", [describe(f) for f in fs])
print("ran:", ran, "callbacks:", sorted(callbacks))
# Cancelled by shutdown but never "notified": wait() still counts them pending.
done, not_done = wait(fs, timeout=0)
print("wait counts:", len(done), len(not_done))
for f in fs[1:]:
    f.set_running_or_notify_cancel()
print("after notify:", len(list(as_completed(fs, timeout=0))))
try:
    pool.submit(step, 9)
except RuntimeError as e:
    print("submit after shutdown:", e)

# Closing a map() iterator early cancels the calls that had not started.
hold = threading.Event()
second_hold = threading.Event()
second_running = threading.Event()
first_running = threading.Event()
pages_run = []


def page(n):
    pages_run.append(n)
    if n == 0:
        first_running.set()
        hold.wait()
    elif n == 1:
        second_running.set()
        second_hold.wait()
    return n * 100


with ThreadPoolExecutor(max_workers=1) as pool:
    pages = pool.map(page, range(6))
    first_running.wait()
    threading.Thread(target=hold.set).start()
    print("first page:", next(pages))
    second_running.wait()
    pages.close()
    second_hold.set()
print("pages that ran:", pages_run)
