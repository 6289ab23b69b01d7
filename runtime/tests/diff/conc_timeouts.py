"""Deadline handling in a small job service: timed lock/semaphore/event/queue
waits that nobody satisfies report failure only after their timeout elapses."""
import threading
import queue
import time


class Deadline:
    def __init__(self, seconds):
        self.seconds = seconds
        self.start = time.monotonic()

    def remaining(self):
        return max(0.0, self.seconds - (time.monotonic() - self.start))

    def expired(self):
        return self.remaining() == 0.0


def timed(label, func, minimum):
    t0 = time.monotonic()
    try:
        outcome = func()
    except Exception as e:
        outcome = f"{type(e).__name__}"
    elapsed = time.monotonic() - t0
    print(f"{label:28s} -> {outcome!s:8s} waited>={minimum}: {elapsed >= minimum * 0.9}")
    return outcome


class JobService:
    def __init__(self, slots):
        self.slots = threading.Semaphore(slots)
        self.admin = threading.Lock()
        self.ready = threading.Event()
        self.inbox = queue.Queue(maxsize=2)
        self.cond = threading.Condition()
        self.finished = []

    def try_run(self, name, timeout):
        if not self.slots.acquire(timeout=timeout):
            return f"{name}: busy"
        try:
            self.finished.append(name)
            return f"{name}: ran"
        finally:
            pass  # slot intentionally kept to exhaust the pool


svc = JobService(slots=2)
print(svc.try_run("a", 0.01))
print(svc.try_run("b", 0.01))
timed("semaphore exhausted", lambda: svc.try_run("c", 0.05), 0.05)

svc.admin.acquire()
timed("lock held (timeout)", lambda: svc.admin.acquire(timeout=0.05), 0.05)
timed("lock held (non-blocking)", lambda: svc.admin.acquire(False), 0)
svc.admin.release()
timed("lock free", lambda: svc.admin.acquire(timeout=5), 0)
svc.admin.release()

timed("event unset", lambda: svc.ready.wait(0.05), 0.05)
svc.ready.set()
timed("event set", lambda: svc.ready.wait(5), 0)

svc.inbox.put("m1")
svc.inbox.put("m2")
timed("queue full put", lambda: svc.inbox.put("m3", timeout=0.05), 0.05)
print("drained:", svc.inbox.get(), svc.inbox.get())
timed("queue empty get", lambda: svc.inbox.get(timeout=0.05), 0.05)

with svc.cond:
    timed("condition wait", lambda: svc.cond.wait(0.05), 0.05)
    timed("wait_for false predicate", lambda: svc.cond.wait_for(lambda: svc.finished == [], 0.05), 0.05)
    timed("wait_for true predicate", lambda: svc.cond.wait_for(lambda: len(svc.finished) == 2, 5), 0)

d = Deadline(0.05)
checks = 0
while not d.expired():
    checks += 1
    svc.ready.clear()
    svc.ready.wait(0.01)
print("deadline loop ran:", checks >= 1, "expired:", d.expired())

# a worker thread that gives up on a lock held by the main thread
outcomes = []
svc.admin.acquire()
def impatient():
    got = svc.admin.acquire(timeout=0.05)
    outcomes.append(("impatient got lock", got))
t = threading.Thread(target=impatient)
t0 = time.monotonic()
t.start()
t.join()
svc.admin.release()
print(outcomes, "join took >= timeout:", time.monotonic() - t0 >= 0.045)
print("join with timeout on finished thread:", t.join(0.01), t.is_alive())
print("finished jobs:", svc.finished)
