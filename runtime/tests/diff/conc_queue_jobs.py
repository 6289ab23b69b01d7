"""Job scheduling with the queue module: priorities, LIFO undo stacks,
bounded buffers, task accounting and pre-filled work queues drained by workers."""
import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: Any = field(compare=False, default=None)


pq = queue.PriorityQueue()
jobs = [(3, "backup"), (1, "page-oncall"), (2, "rotate-logs"), (1, "restart-db"), (5, "cleanup")]
for seq, (prio, name) in enumerate(jobs):
    pq.put(Job(prio, seq, name))
print("qsize:", pq.qsize(), "empty:", pq.empty(), "full:", pq.full())
order = []
while not pq.empty():
    job = pq.get_nowait()
    order.append(f"{job.priority}:{job.name}")
    pq.task_done()
print("priority order:", order)
pq.join()
print("joined priority queue")

# tuples with ties broken by second element
pq2 = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "m")]:
    pq2.put(item)
print([pq2.get() for _ in range(4)])

# LIFO undo stack
undo = queue.LifoQueue(maxsize=3)
for action in ["type a", "type b", "bold", "delete"]:
    try:
        undo.put_nowait(action)
    except queue.Full:
        print("undo stack full, dropping:", action)
print("undo:", [undo.get() for _ in range(undo.qsize())])
try:
    undo.get_nowait()
except queue.Empty:
    print("nothing to undo")
try:
    undo.get(timeout=0.001)
except queue.Empty as e:
    print("Empty after timeout", repr(e))

# bounded FIFO with blocking put timeout
buf = queue.Queue(maxsize=2)
buf.put("x")
buf.put("y", block=False)
print("full:", buf.full())
try:
    buf.put("z", timeout=0.001)
except queue.Full:
    print("Full raised; still", buf.qsize())
try:
    buf.put("z", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(buf.get(), buf.get(), buf.empty())
try:
    buf.task_done(); buf.task_done(); buf.task_done()
except ValueError as e:
    print("ValueError:", e)

# pre-filled queue drained by worker threads using get_nowait
work = queue.Queue()
for n in range(1, 21):
    work.put(n)
results = queue.SimpleQueue()

def worker(wid):
    handled = 0
    while True:
        try:
            n = work.get_nowait()
        except queue.Empty:
            break
        results.put((n, n * n, sum(range(n))))
        handled += 1
        work.task_done()
    results.put(("done", wid, handled >= 0))

threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
work.join()
for t in threads:
    t.join()
collected = []
while not results.empty():
    collected.append(results.get())
data = sorted(r for r in collected if r[0] != "done")
dones = sorted(r for r in collected if r[0] == "done")
print("results:", len(data), data[:3], data[-1])
print("sum of squares:", sum(r[1] for r in data))
print("workers finished:", dones)
print("unfinished:", work.unfinished_tasks)
try:
    results.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
print(type(results).__module__, type(results).__name__, queue.Empty.__module__)
print(queue.Queue[int], queue.SimpleQueue[str])

# subclass with a custom storage policy
class DedupQueue(queue.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.seen = set()

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)

dq = DedupQueue()
for w in "the cat and the dog and the bird".split():
    dq.put(w)
print("dedup:", [dq.get() for _ in range(dq.qsize())], "unfinished:", dq.unfinished_tasks)
