# generator-based cooperative scheduler (like David Beazley's)
from collections import deque

class SysCall:
    def handle(self, sched, task): raise NotImplementedError

class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)

class Spawn(SysCall):
    def __init__(self, target): self.target = target
    def handle(self, sched, task):
        task.sendval = sched.new(self.target)
        sched.schedule(task)

class Wait(SysCall):
    def __init__(self, tid): self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = sched.results.get(self.tid)
            sched.schedule(task)

class Kill(SysCall):
    def __init__(self, tid): self.tid = tid
    def handle(self, sched, task):
        t = sched.tasks.get(self.tid)
        if t:
            t.target.close()
            task.sendval = True
        else:
            task.sendval = False
        sched.schedule(task)

class Task:
    _ids = 0
    def __init__(self, target):
        Task._ids += 1
        self.tid = Task._ids
        self.target = target
        self.sendval = None
        self.steps = 0
    def run(self):
        self.steps += 1
        return self.target.send(self.sendval)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tasks = {}
        self.waiting = {}
        self.results = {}
        self.trace = []
    def new(self, target):
        t = Task(target)
        self.tasks[t.tid] = t
        self.schedule(t)
        return t.tid
    def schedule(self, t):
        self.ready.append(t)
    def exit(self, t, result):
        del self.tasks[t.tid]
        self.results[t.tid] = result
        for w in self.waiting.pop(t.tid, []):
            w.sendval = result
            self.schedule(w)
    def mainloop(self):
        while self.tasks:
            t = self.ready.popleft()
            try:
                r = t.run()
                if isinstance(r, SysCall):
                    r.handle(self, t)
                    continue
                self.trace.append((t.tid, r))
            except StopIteration as e:
                self.exit(t, e.value)
                continue
            except Exception as e:
                self.trace.append((t.tid, f'crash {type(e).__name__}: {e}'))
                self.exit(t, None)
                continue
            self.schedule(t)

def worker(n, label):
    tid = yield GetTid()
    acc = 0
    for i in range(n):
        acc += i * tid
        yield f'{label}{i}'
    return acc

def crasher():
    yield 'about to crash'
    raise ValueError('crash!')

def forever():
    try:
        while True:
            yield 'tick'
    finally:
        print('forever closed')

def parent():
    a = yield Spawn(worker(3, 'a'))
    b = yield Spawn(worker(5, 'b'))
    c = yield Spawn(crasher())
    f = yield Spawn(forever())
    ra = yield Wait(a)
    rb = yield Wait(b)
    rc = yield Wait(c)
    killed = yield Kill(f)
    again = yield Kill(999)
    return (ra, rb, rc, killed, again)

s = Scheduler()
pid = s.new(parent())
try:
    s.mainloop()
except Exception as e:
    print('mainloop error', type(e).__name__, e)
print(s.trace[:12])
print(len(s.trace), s.results)

def fan_in(*gens):
    gens = deque(gens)
    while gens:
        g = gens.popleft()
        try:
            yield next(g)
        except StopIteration:
            continue
        gens.append(g)
print(list(fan_in(iter('abc'), iter(range(5)), (x * x for x in range(2)))))
s2 = Scheduler()
for k in range(20):
    s2.new(worker(k % 7, chr(65 + k)))
s2.mainloop()
print(len(s2.trace), sorted(s2.results.values())[-5:], sum(s2.results.values()))
