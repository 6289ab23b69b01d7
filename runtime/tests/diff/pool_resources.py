"""A thread pool sharing scarce resources: a connection pool guarded by a
BoundedSemaphore, a rate-limited section guarded by a Condition, phases kept in
step with a Barrier, and a map() that gives up after a timeout."""
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError


class ConnectionPool:
    def __init__(self, size):
        self._slots = threading.BoundedSemaphore(size)
        self.size = size
        self.exhausted = threading.Event()
        self._lock = threading.Lock()
        self._free = list(range(size))
        self.in_use = 0
        self.peak = 0
        self.handed_out = 0

    def __enter__(self):
        self._slots.acquire()
        with self._lock:
            conn = self._free.pop(0)
            self.in_use += 1
            self.handed_out += 1
            self.peak = max(self.peak, self.in_use)
            if self.in_use == self.size:
                self.exhausted.set()
        return conn

    def release(self, conn):
        with self._lock:
            self._free.append(conn)
            self.in_use -= 1
        self._slots.release()


connections = ConnectionPool(2)
all_waiting = threading.Barrier(6)
go = threading.Event()


def query(n):
    all_waiting.wait()
    conn = connections.__enter__()
    try:
        go.wait()          # hold the connection until the main thread says so
        return n * n
    finally:
        connections.release(conn)


with ThreadPoolExecutor(max_workers=6) as pool:
    fs = [pool.submit(query, n) for n in range(6)]
    connections.exhausted.wait()
    print("exhausted, in use:", connections.in_use)
    go.set()
    print("squares:", [f.result() for f in fs])
print("connections handed out:", connections.handed_out, "peak in use:", connections.peak,
      "free:", sorted(connections._free))

# A Condition hands out tickets in order to tasks that queue for them.
cond = threading.Condition()
next_ticket = [0]
served = []


def take_ticket(wanted):
    with cond:
        cond.wait_for(lambda: next_ticket[0] == wanted)
        served.append(wanted)
        next_ticket[0] += 1
        cond.notify_all()
    return wanted


with ThreadPoolExecutor(max_workers=5) as pool:
    fs = [pool.submit(take_ticket, w) for w in (4, 2, 0, 3, 1)]
    print("tickets returned:", [f.result() for f in fs])
print("served in ticket order:", served)

# Phases: every worker finishes phase 1 before any starts phase 2.
N = 4
phase_barrier = threading.Barrier(N)
timeline = []
tl_lock = threading.Lock()


def two_phase(wid):
    with tl_lock:
        timeline.append(("load", wid))
    index = phase_barrier.wait()
    with tl_lock:
        timeline.append(("merge", wid))
    return index


with ThreadPoolExecutor(max_workers=N) as pool:
    indexes = sorted(pool.map(two_phase, range(N)))
phases = [p for p, _ in timeline]
print("barrier indexes:", indexes)
print("all loads before merges:", phases == ["load"] * N + ["merge"] * N)
print("workers per phase:", sorted(w for p, w in timeline if p == "merge"))

# map() with a timeout: the third call never finishes in time.
stuck = threading.Event()


def lookup(key):
    if key == "c":
        stuck.wait()
    return key.upper()


with ThreadPoolExecutor(max_workers=3) as pool:
    results = []
    try:
        for value in pool.map(lookup, ["a", "b", "c", "d"], timeout=0.1):
            results.append(value)
    except TimeoutError:
        print("map timed out after:", results)
    stuck.set()
print("map with a generous timeout:", list(ThreadPoolExecutor(2).map(lookup, "xyz", timeout=5)))
