"""A PriorityQueue job scheduler with worker threads, plus LifoQueue and SimpleQueue."""
import queue
import threading
from dataclasses import dataclass, field
import itertools


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)


class Scheduler:
    STOP_PRIORITY = 1 << 30

    def __init__(self):
        self.q = queue.PriorityQueue()
        self.counter = itertools.count()
        self.done = []
        self.lock = threading.Lock()

    def submit(self, name, priority, cost=1):
        self.q.put(Job(priority, next(self.counter), name, cost))

    def stop(self, n):
        for _ in range(n):
            self.q.put(Job(self.STOP_PRIORITY, next(self.counter), "<stop>"))

    def worker(self, wid):
        while True:
            job = self.q.get()
            if job.name == "<stop>":
                self.q.task_done()
                return
            result = sum(range(job.cost * 100))
            with self.lock:
                self.done.append((job.priority, job.seq, job.name, result, wid))
            self.q.task_done()


sched = Scheduler()
jobs = [("backup", 5, 3), ("email", 1, 1), ("report", 3, 2), ("index", 5, 4),
        ("alert", 0, 1), ("cleanup", 9, 1), ("thumbnail", 3, 2), ("audit", 1, 5)]
for name, prio, cost in jobs:
    sched.submit(name, prio, cost)
print("queued:", sched.q.qsize())

# Single worker: processing order is strict priority order.
sched.stop(1)
w = threading.Thread(target=sched.worker, args=(0,))
w.start()
sched.q.join()
w.join()
for prio, seq, name, result, wid in sched.done:
    print(f"  p={prio} seq={seq} {name:<10} -> {result}")

# Many workers: order not fixed, so compare sorted.
sched2 = Scheduler()
for name, prio, cost in jobs * 3:
    sched2.submit(name, prio, cost)
sched2.stop(4)
workers = [threading.Thread(target=sched2.worker, args=(i,)) for i in range(4)]
for t in workers:
    t.start()
sched2.q.join()
for t in workers:
    t.join()
print("multi done:", len(sched2.done))
print("names:", sorted({d[2] for d in sched2.done}))
print("seqs ok:", sorted(d[1] for d in sched2.done) == list(range(24)))

# LifoQueue: an undo stack fed by one thread, drained by another
undo = queue.LifoQueue(maxsize=3)
drained = []


def editor():
    for action in ["type a", "type b", "bold", "italic", "delete", "paste"]:
        undo.put(action)


def undoer():
    for _ in range(6):
        drained.append(undo.get())


e = threading.Thread(target=editor)
e.start()
e.join(0.05)
print("editor blocked on full stack:", e.is_alive(), undo.qsize(), undo.full())
u = threading.Thread(target=undoer)
u.start()
e.join(); u.join()
print("drained count:", len(drained), "set:", sorted(drained))
print("first drained is bold:", drained[0] == "bold")

# SimpleQueue: results channel
sq = queue.SimpleQueue()


def square_all(nums):
    for n in nums:
        sq.put((n, n * n))
    sq.put(None)


producers = [threading.Thread(target=square_all, args=(range(i, 20, 4),)) for i in range(4)]
for p in producers:
    p.start()
finished = 0
collected = []
while finished < len(producers):
    item = sq.get()
    if item is None:
        finished += 1
    else:
        collected.append(item)
for p in producers:
    p.join()
print("squares:", sorted(collected)[:6], "... total", len(collected))
print("simple empty:", sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")
try:
    sq.get_nowait()
except queue.Empty as exc:
    print("Empty type:", type(exc).__module__, type(exc).__name__)
print(queue.PriorityQueue[int], queue.SimpleQueue[str])
