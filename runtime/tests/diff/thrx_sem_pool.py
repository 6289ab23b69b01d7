"""A database connection pool limited by a BoundedSemaphore."""
import threading
import time


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = []

    def execute(self, sql):
        self.queries.append(sql)
        time.sleep(0.001)  # pretend I/O; lets other threads run
        return f"{sql.split()[0]} ok"

    def __repr__(self):
        return f"Connection({self.cid})"


class Pool:
    def __init__(self, size):
        self._sem = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._free = [Connection(i) for i in range(size)]
        self._all = list(self._free)
        self.in_use = 0
        self.peak = 0

    def acquire(self):
        self._sem.acquire()
        with self._lock:
            conn = self._free.pop()
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
        return conn

    def release(self, conn):
        with self._lock:
            self._free.append(conn)
            self.in_use -= 1
        self._sem.release()

    class _Lease:
        def __init__(self, pool):
            self.pool = pool

        def __enter__(self):
            self.conn = self.pool.acquire()
            return self.conn

        def __exit__(self, *exc):
            self.pool.release(self.conn)
            return False

    def connection(self):
        return Pool._Lease(self)


pool = Pool(3)
answers = {}
ans_lock = threading.Lock()


def client(n):
    with pool.connection() as conn:
        r1 = conn.execute(f"SELECT * FROM t{n % 4}")
        r2 = conn.execute(f"UPDATE t{n % 4} SET x={n}")
    with ans_lock:
        answers[n] = (r1, r2)


threads = [threading.Thread(target=client, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("answers:", len(answers))
for n in sorted(answers):
    print(n, answers[n])
print("peak within limit:", 1 <= pool.peak <= 3)
print("in use now:", pool.in_use)
print("total queries:", sum(len(c.queries) for c in pool._all))
print("free conns:", sorted(c.cid for c in pool._free))

try:
    pool._sem.release()
except ValueError as e:
    print("ValueError:", e)

# Non-blocking / timeout acquisition on plain Semaphore
sem = threading.Semaphore(2)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
print("timeout acquire:", sem.acquire(timeout=0.01))
sem.release(2)
print("after release(2):", sem.acquire(False), sem.acquire(False), sem.acquire(False))
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# A semaphore used as a signal between threads: released by a worker
ready = threading.Semaphore(0)
order = []


def prepare(k):
    order.append(k)
    ready.release()


workers = [threading.Thread(target=prepare, args=(k,)) for k in range(5)]
for w in workers:
    w.start()
for _ in workers:
    ready.acquire()
print("prepared:", sorted(order))
for w in workers:
    w.join()
sem.release()
with sem:
    print("in with-block", sem._value)
print("after with-block", sem._value)
