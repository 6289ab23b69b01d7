# A round-robin scheduler for coroutines and generators, written by hand.
class Task:
    _next_id = 0
    def __init__(self, coro, name):
        Task._next_id += 1
        self.id = Task._next_id
        self.coro = coro
        self.name = name
        self.send_value = None
        self.result = None
class Pause:
    def __await__(self):
        yield ("pause",)
class SleepTicks:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Spawn:
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
    def __await__(self):
        tid = yield ("spawn", self.coro, self.name)
        return tid
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.tick = 0
        self.log = []
    def add(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t.id
    def run(self):
        while self.ready or self.sleeping:
            self.tick += 1
            woken = [s for s in self.sleeping if s[0] <= self.tick]
            self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
            for _, t in sorted(woken, key=lambda s: (s[0], s[1].id)):
                self.ready.append(t)
            current, self.ready = self.ready, []
            for task in current:
                try:
                    req = task.coro.send(task.send_value)
                except StopIteration as e:
                    self.log.append(f"t{self.tick}: {task.name} finished -> {e.value}")
                    continue
                task.send_value = None
                if req[0] == "pause":
                    self.ready.append(task)
                elif req[0] == "sleep":
                    self.sleeping.append((self.tick + req[1], task))
                elif req[0] == "spawn":
                    task.send_value = self.add(req[1], req[2])
                    self.ready.append(task)
async def counter(name, n, log):
    for i in range(n):
        log.append(f"{name}:{i}")
        await Pause()
    return f"{name} counted {n}"
async def sleeper(name, ticks, log):
    log.append(f"{name} sleeping {ticks}")
    await SleepTicks(ticks)
    log.append(f"{name} woke")
    return ticks
async def parent(log):
    tid = await Spawn(counter("child", 2, log), "child")
    log.append(f"parent spawned task {tid}")
    await SleepTicks(3)
    return "parent done"
events = []
s = Scheduler()
s.add(counter("A", 3, events), "A")
s.add(counter("B", 2, events), "B")
s.add(sleeper("S", 2, events), "S")
s.add(parent(events), "P")
s.run()
print(events)
for line in s.log:
    print(line)
print("ticks", s.tick)
def gen_task(name, n):
    for i in range(n):
        yield f"{name}{i}"
queue = [gen_task("x", 3), gen_task("y", 1), gen_task("z", 2)]
out = []
while queue:
    g = queue.pop(0)
    try:
        out.append(next(g))
        queue.append(g)
    except StopIteration:
        pass
print(out)
