# Cooperative multitasking: generator-based tasks driven by a heapq scheduler
# with virtual time, priorities, sleeping, message channels and cancellation.
import heapq
import itertools
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Generator


@dataclass(order=True)
class Entry:
    when: float
    prio: int
    seq: int
    task: Any = field(compare=False)


class Sleep:
    def __init__(self, dt):
        self.dt = dt


class Recv:
    def __init__(self, chan):
        self.chan = chan


class Send:
    def __init__(self, chan, value):
        self.chan, self.value = chan, value


class Cancelled(Exception):
    pass


class Task:
    _ids = itertools.count(1)

    def __init__(self, name, gen, prio=5):
        self.name, self.gen, self.prio = name, gen, prio
        self.tid = next(Task._ids)
        self.result = None
        self.done = False
        self.pending = None

    def __repr__(self):
        return f"<Task {self.tid}:{self.name} {'done' if self.done else 'live'}>"


class Channel:
    def __init__(self, name):
        self.name = name
        self.items = deque()
        self.waiters = deque()


class Scheduler:
    def __init__(self):
        self.now = 0.0
        self.queue = []
        self.seq = itertools.count()
        self.trace = []
        self.tasks = []

    def spawn(self, name, gen, prio=5, delay=0.0):
        t = Task(name, gen, prio)
        self.tasks.append(t)
        self._push(t, self.now + delay)
        return t

    def _push(self, task, when):
        heapq.heappush(self.queue, Entry(when, task.prio, next(self.seq), task))

    def cancel(self, task):
        if task.done:
            return False
        try:
            task.gen.throw(Cancelled(f"{task.name} cancelled at {self.now}"))
        except (Cancelled, StopIteration) as e:
            task.done = True
            task.result = repr(e)
            self.trace.append(f"{self.now:5.1f} cancel {task.name}: {task.result}")
            return True
        return False

    def run(self, until=100.0):
        while self.queue:
            e = heapq.heappop(self.queue)
            if e.when > until:
                heapq.heappush(self.queue, e)
                break
            t = e.task
            if t.done:
                continue
            self.now = e.when
            value, t.pending = t.pending, None
            try:
                req = t.gen.send(value)
            except StopIteration as stop:
                t.done, t.result = True, stop.value
                self.trace.append(f"{self.now:5.1f} {t.name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                t.done, t.result = True, f"crashed: {exc!r}"
                self.trace.append(f"{self.now:5.1f} {t.name} {t.result}")
                continue
            if isinstance(req, Sleep):
                self._push(t, self.now + req.dt)
            elif isinstance(req, Send):
                ch = req.chan
                if ch.waiters:
                    w = ch.waiters.popleft()
                    w.pending = req.value
                    self._push(w, self.now)
                else:
                    ch.items.append(req.value)
                self._push(t, self.now)
            elif isinstance(req, Recv):
                ch = req.chan
                if ch.items:
                    t.pending = ch.items.popleft()
                    self._push(t, self.now)
                else:
                    ch.waiters.append(t)
            elif req is None:
                self._push(t, self.now)
            else:
                raise TypeError(f"bad request {req!r}")
        return self.now


def worker(name, jobs, log):
    total = 0
    for cost in jobs:
        log.append(f"{name} start {cost}")
        yield Sleep(cost)
        total += cost
    return total


def producer(chan, items):
    for it in items:
        yield Send(chan, it)
        yield Sleep(0.5)
    yield Send(chan, None)
    return "produced %d" % len(items)


def consumer(chan, out):
    while True:
        item = yield Recv(chan)
        if item is None:
            return sum(out)
        out.append(item * item)


def ticker(period):
    n = 0
    try:
        while True:
            yield Sleep(period)
            n += 1
    except Cancelled:
        return f"ticked {n}"


def faulty():
    yield Sleep(1)
    yield None
    raise RuntimeError("disk on fire")


log = []
s = Scheduler()
s.spawn("w1", worker("w1", [1, 2, 3], log), prio=2)
s.spawn("w2", worker("w2", [2, 2], log), prio=1)
ch = Channel("pipe")
squares = []
c = s.spawn("cons", consumer(ch, squares), prio=3)
s.spawn("prod", producer(ch, [3, 1, 4, 1, 5]), prio=4, delay=0.25)
tick = s.spawn("tick", ticker(0.75), prio=9)
s.spawn("bad", faulty())
end = s.run(until=4.0)
print("paused at", end, "queue", len(s.queue))
print(s.cancel(tick), s.cancel(tick))
s.run()
for line in s.trace:
    print(line)
print(log)
print(squares, c.result)
for t in s.tasks:
    print(t, repr(t.result))

# a plain heapq exercise: merge and n-smallest on tuples
events = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
heapq.heapify(events)
print([heapq.heappop(events) for _ in range(len(events))])
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2], key=lambda x: -x), heapq.nlargest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
h = []
for x in [5, 3, 8]:
    heapq.heappush(h, x)
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h)
