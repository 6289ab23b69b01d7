"""A cooperative scheduler running generator tasks with syscalls, like an OS kernel."""
import heapq
from collections import deque
from functools import total_ordering


class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError


class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.ready(task)


class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks

    def handle(self, sched, task):
        sched.sleep(task, self.ticks)


class Spawn(SysCall):
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name

    def handle(self, sched, task):
        task.sendval = sched.spawn(self.gen, self.name)
        sched.ready(task)


class Join(SysCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = sched.results.get(self.tid)
            sched.ready(task)


class Kill(SysCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self, sched, task):
        target = sched.tasks.get(self.tid)
        task.sendval = target is not None
        if target:
            target.kill_pending = True
        sched.ready(task)


@total_ordering
class Task:
    def __init__(self, tid, gen, name):
        self.tid = tid
        self.gen = gen
        self.name = name
        self.sendval = None
        self.wake_at = 0
        self.kill_pending = False
        self.steps = 0

    def __eq__(self, other):
        return (self.wake_at, self.tid) == (other.wake_at, other.tid)

    def __lt__(self, other):
        return (self.wake_at, self.tid) < (other.wake_at, other.tid)

    def run(self):
        self.steps += 1
        if self.kill_pending:
            self.kill_pending = False
            return self.gen.throw(KeyboardInterrupt(f"killed {self.name}"))
        val, self.sendval = self.sendval, None
        return self.gen.send(val)

    def __repr__(self):
        return f"<Task {self.tid} {self.name}>"


class Scheduler:
    def __init__(self):
        self.queue = deque()
        self.sleeping = []
        self.tasks = {}
        self.results = {}
        self.waiting = {}
        self.clock = 0
        self.next_tid = 0
        self.log = []

    def spawn(self, gen, name):
        self.next_tid += 1
        t = Task(self.next_tid, gen, name)
        self.tasks[t.tid] = t
        self.ready(t)
        return t.tid

    def ready(self, task):
        self.queue.append(task)

    def sleep(self, task, ticks):
        task.wake_at = self.clock + ticks
        heapq.heappush(self.sleeping, task)

    def exit(self, task, result):
        del self.tasks[task.tid]
        self.results[task.tid] = result
        print(f"[t={self.clock}] {task.name} exited with {result!r} after {task.steps} steps")
        for w in self.waiting.pop(task.tid, []):
            w.sendval = result
            self.ready(w)

    def run(self):
        while self.queue or self.sleeping:
            if not self.queue:
                self.clock = self.sleeping[0].wake_at
            while self.sleeping and self.sleeping[0].wake_at <= self.clock:
                self.ready(heapq.heappop(self.sleeping))
            task = self.queue.popleft()
            try:
                result = task.run()
            except StopIteration as e:
                self.exit(task, e.value)
                continue
            except KeyboardInterrupt as e:
                self.exit(task, f"interrupted: {e}")
                continue
            except Exception as e:
                self.exit(task, f"crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                if result is not None:
                    print(f"[t={self.clock}] {task.name} yielded {result!r}")
                self.ready(task)
            self.clock += 1


def counter(name, n, delay):
    tid = yield GetTid()
    total = 0
    for i in range(n):
        total += i
        yield f"{name} step {i} (tid {tid})"
        yield Sleep(delay)
    return total


def crasher():
    yield Sleep(3)
    yield "about to crash"
    return {}["missing"]


def forever():
    n = 0
    try:
        while True:
            n += 1
            yield Sleep(2)
    except KeyboardInterrupt:
        print(f"  forever cleaning up after {n} loops")
        raise
    finally:
        print("  forever finally")


def supervisor():
    a = yield Spawn(counter("A", 3, 2), "A")
    b = yield Spawn(counter("B", 2, 5), "B")
    c = yield Spawn(crasher(), "crasher")
    f = yield Spawn(forever(), "forever")
    ra = yield Join(a)
    print(f"  supervisor: A returned {ra}")
    rc = yield Join(c)
    print(f"  supervisor: crasher returned {rc!r}")
    killed = yield Kill(f)
    print(f"  supervisor: kill sent = {killed}")
    rb = yield Join(b)
    rf = yield Join(f)
    missing = yield Kill(999)
    return (ra, rb, rf, missing)


s = Scheduler()
s.spawn(supervisor(), "supervisor")
s.run()
print("final clock", s.clock)
print(sorted(s.results.items()))
print(s.tasks, s.waiting, list(s.queue))
