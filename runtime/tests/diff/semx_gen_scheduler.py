"""Round-robin task scheduler built on plain generators (send/throw/close)."""
from collections import deque
import traceback


class Cancelled(Exception):
    pass


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Task:
    _ids = 0

    def __init__(self, gen, name):
        Task._ids += 1
        self.id = Task._ids
        self.gen = gen
        self.name = name
        self.result = None
        self.error = None
        self.wake_at = 0
        self.send_value = None

    def __repr__(self):
        state = "done" if self.result is not None or self.error else "live"
        return f"<Task {self.id} {self.name} {state}>"


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.tick = 0
        self.log = []

    def spawn(self, gen, name):
        t = Task(gen, name)
        self.ready.append(t)
        return t

    def cancel(self, task):
        try:
            task.gen.throw(Cancelled(f"{task.name} cancelled at tick {self.tick}"))
        except Cancelled as e:
            task.error = e
            self.log.append(f"{task.name}: cancelled")
        except StopIteration as stop:
            task.result = stop.value
            self.log.append(f"{task.name}: finished during cancel -> {stop.value!r}")
        else:
            self.log.append(f"{task.name}: ignored cancel")
            return
        self._drop(task)

    def _drop(self, task):
        if task in self.ready:
            self.ready.remove(task)
        self.sleeping = [(w, t) for w, t in self.sleeping if t is not task]

    def run(self, max_ticks=50):
        while (self.ready or self.sleeping) and self.tick < max_ticks:
            self.tick += 1
            due = [t for w, t in self.sleeping if w <= self.tick]
            self.sleeping = [(w, t) for w, t in self.sleeping if w > self.tick]
            self.ready.extend(due)
            for _ in range(len(self.ready)):
                task = self.ready.popleft()
                try:
                    req = task.gen.send(task.send_value)
                except StopIteration as stop:
                    task.result = stop.value
                    self.log.append(f"t{self.tick} {task.name} -> {stop.value!r}")
                    continue
                except Exception as e:
                    task.error = e
                    self.log.append(f"t{self.tick} {task.name} crashed: {type(e).__name__}: {e}")
                    continue
                if isinstance(req, Sleep):
                    self.sleeping.append((self.tick + req.ticks, task))
                    task.send_value = req.ticks
                else:
                    task.send_value = f"ack:{req}"
                    self.ready.append(task)


def worker(name, steps):
    total = 0
    for i in range(steps):
        reply = yield f"{name}-{i}"
        total += len(reply)
    return total


def sleeper(n):
    slept = 0
    try:
        while True:
            slept += yield Sleep(n)
    except Cancelled:
        print(f"  sleeper saw cancel after sleeping {slept}")
        raise


def stubborn():
    while True:
        try:
            yield "working"
        except Cancelled:
            print("  stubborn refuses to stop")


def graceful():
    try:
        yield Sleep(2)
        yield "never"
    except Cancelled:
        return "cleaned up"


def crasher():
    yield "ok"
    yield Sleep(1)
    {}["missing"]


def subtask(depth):
    if depth == 0:
        got = yield "leaf"
        return f"leaf got {got}"
    inner = yield from subtask(depth - 1)
    return f"d{depth}({inner})"


def parent():
    res = yield from subtask(3)
    yield Sleep(1)
    return res


s = Scheduler()
tasks = [s.spawn(worker("w", 3), "w3"), s.spawn(sleeper(3), "sleepy"), s.spawn(stubborn(), "mule"),
         s.spawn(graceful(), "grace"), s.spawn(crasher(), "boom"), s.spawn(parent(), "tree"),
         s.spawn(worker("v", 1), "v1")]
s.run(max_ticks=5)
print("after 5 ticks:", tasks)
for t in tasks[1:4]:
    s.cancel(t)
s.run(max_ticks=7)
print("\n".join(s.log))
for t in tasks:
    print(t.name, repr(t.result), type(t.error).__name__ if t.error else None)
crash = tasks[4].error
frames = traceback.extract_tb(crash.__traceback__)
print([f.name for f in frames], frames[-1].line)
mule = tasks[2].gen
mule.close()
print("mule closed:", mule.gi_frame is None)
try:
    tasks[1].gen.send(1)
except StopIteration:
    print("sleepy already finished")
