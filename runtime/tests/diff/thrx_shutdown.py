"""Graceful shutdown: workers polling a queue with timeouts and a stop Event."""
import queue
import threading
import time


class Service:
    def __init__(self, n_workers):
        self.jobs = queue.Queue()
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.processed = {}
        self.idle_polls = 0
        self.workers = [threading.Thread(target=self._loop, args=(i,), name=f"svc-{i}")
                        for i in range(n_workers)]

    def start(self):
        for w in self.workers:
            w.start()

    def _loop(self, wid):
        while not self.stop.is_set():
            try:
                job = self.jobs.get(timeout=0.005)
            except queue.Empty:
                with self.lock:
                    self.idle_polls += 1
                continue
            try:
                kind, payload = job
                if kind == "upper":
                    out = payload.upper()
                elif kind == "rev":
                    out = payload[::-1]
                elif kind == "len":
                    out = len(payload)
                else:
                    raise ValueError(f"unknown job kind {kind!r}")
            except ValueError as e:
                out = f"failed: {e}"
            with self.lock:
                self.processed[payload] = out
            self.jobs.task_done()

    def shutdown(self, timeout=1.0):
        self.jobs.join()  # drain first
        self.stop.set()
        alive = []
        for w in self.workers:
            w.join(timeout)
            alive.append(w.is_alive())
        return alive


svc = Service(3)
svc.start()
for word in ["alpha", "beta", "gamma", "delta", "epsilon"]:
    svc.jobs.put(("upper", word))
for word in ["stressed", "drawer", "level"]:
    svc.jobs.put(("rev", word))
svc.jobs.put(("len", "characters"))
svc.jobs.put(("explode", "boom"))
time.sleep(0.02)
print("alive before shutdown:", [w.is_alive() for w in svc.workers])
alive = svc.shutdown()
print("alive after shutdown:", alive)
for key in sorted(svc.processed):
    print(f"  {key!r:>14} -> {svc.processed[key]!r}")
print("idle polls happened:", svc.idle_polls > 0)
print("stop set:", svc.stop.is_set(), "queue empty:", svc.jobs.empty())

# A worker stuck in a blocking call: join(timeout) gives up, daemon lets the program end.
release = threading.Event()
stuck = threading.Thread(target=release.wait, name="stuck", daemon=True)
stuck.start()
stuck.join(timeout=0.02)
print("stuck still alive:", stuck.is_alive(), stuck.daemon)
print("names alive:", sorted(t.name for t in threading.enumerate()))

# Watchdog: restarts a worker that exits with an error, up to a limit.
attempts = []


def flaky(n):
    attempts.append(n)
    if n < 2:
        raise ConnectionError(f"attempt {n} failed")


threading.excepthook = lambda args: print("  worker died:", args.exc_value)
for n in range(5):
    t = threading.Thread(target=flaky, args=(n,))
    t.start()
    t.join()
    if n >= 2:
        break
print("attempts:", attempts)
print("done")
