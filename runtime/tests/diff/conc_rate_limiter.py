"""A connection pool bounded by a semaphore, with events, timers and conditions
used at quiet points (no cross-thread waiting)."""
import threading
import time


class PoolExhausted(Exception):
    pass


class ConnectionPool:
    def __init__(self, size):
        self.size = size
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._free = [f"conn{i}" for i in range(size)]
        self.stats = {"acquired": 0, "released": 0, "rejected": 0}

    def acquire(self, timeout=None):
        if not self._slots.acquire(timeout=timeout) if timeout is not None else not self._slots.acquire(blocking=False):
            with self._lock:
                self.stats["rejected"] += 1
            raise PoolExhausted(f"all {self.size} connections busy")
        with self._lock:
            self.stats["acquired"] += 1
            return self._free.pop(0)

    def release(self, conn):
        with self._lock:
            self._free.append(conn)
            self.stats["released"] += 1
        self._slots.release()


pool = ConnectionPool(3)
held = []
for i in range(5):
    try:
        held.append(pool.acquire(timeout=0.001 if i == 4 else None))
        print("got", held[-1])
    except PoolExhausted as e:
        print("rejected:", e)
for c in held:
    pool.release(c)
try:
    pool._slots.release()
except ValueError as e:
    print("ValueError:", e)
print(pool.stats, sorted(pool._free))

# Threads using the pool one at a time
usage = []
ulock = threading.Lock()

def task(n):
    conn = pool.acquire()
    try:
        with ulock:
            usage.append((n, conn[:4]))
    finally:
        pool.release(conn)

ts = [threading.Thread(target=task, args=(n,)) for n in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(usage))
print(pool.stats)

# Plain semaphore can be released above its start value
sem = threading.Semaphore(0)
print("acquire at zero:", sem.acquire(blocking=False))
sem.release(3)
print("acquired:", [sem.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
with threading.Semaphore(2) as got:
    print("with semaphore ->", got)

# Event
ready = threading.Event()
print("event:", ready.is_set(), ready.wait(0.001))
def setter():
    ready.set()
t = threading.Thread(target=setter)
t.start()
t.join()
print("after setter:", ready.is_set(), ready.wait(), ready.wait(0))
ready.clear()
print("cleared:", ready.is_set())

# Timer that is cancelled vs one that fires
fired = []
t1 = threading.Timer(0.01, fired.append, args=["first"])
t2 = threading.Timer(0.0, fired.append, kwargs={"object": "second"})
t1.cancel()
t1.start()
t2.start()
t1.join()
t2.join()
print("fired:", fired, "finished flags:", t1.finished.is_set(), t2.finished.is_set())
print("timer is thread:", isinstance(t2, threading.Thread), t2.is_alive())

# Condition at a quiet point: wait_for with a true predicate returns at once
cond = threading.Condition()
items = [1, 2]
with cond:
    print("wait_for:", cond.wait_for(lambda: len(items) >= 2, timeout=1))
    print("wait timeout:", cond.wait(timeout=0.001))
    cond.notify()
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)
lk = threading.Lock()
c2 = threading.Condition(lk)
with c2:
    print("lock held inside:", lk.locked())
print("lock held after:", lk.locked())

# Barrier of one party passes immediately and calls its action
calls = []
b = threading.Barrier(1, action=lambda: calls.append("action"))
print("barrier:", b.wait(), b.wait(), calls, b.parties, b.n_waiting, b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b.broken)
b.reset()
print("reset broken:", b.broken)
