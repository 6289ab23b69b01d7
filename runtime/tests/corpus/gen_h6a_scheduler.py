# Cooperative multitasking with generators: a round-robin scheduler, channels and timers.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

class Send:
    def __init__(self, chan, value):
        self.chan, self.value = chan, value

class Recv:
    def __init__(self, chan):
        self.chan = chan

class Channel:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.waiting = []
    def __repr__(self):
        return f"Channel({self.name!r}, items={self.items})"

class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.log = []
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self, limit=100):
        while (self.ready or self.sleeping) and self.clock < limit:
            if not self.ready:
                self.clock = min(t for t, *_ in self.sleeping)
            due = [s for s in self.sleeping if s[0] <= self.clock]
            self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
            self.ready.extend((n, g, None) for _, n, g in sorted(due, key=lambda s: (s[0], s[1])))
            if not self.ready:
                continue
            name, gen, value = self.ready.pop(0)
            try:
                op = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"{self.clock}:{name} done -> {stop.value!r}")
                continue
            except Exception as exc:
                self.results[name] = exc
                self.log.append(f"{self.clock}:{name} crashed {exc!r}")
                continue
            self.clock += 1
            if isinstance(op, Sleep):
                self.sleeping.append((self.clock + op.ticks, name, gen))
            elif isinstance(op, Send):
                ch = op.chan
                if ch.waiting:
                    wname, wgen = ch.waiting.pop(0)
                    self.ready.append((wname, wgen, op.value))
                else:
                    ch.items.append(op.value)
                self.ready.append((name, gen, None))
            elif isinstance(op, Recv):
                ch = op.chan
                if ch.items:
                    self.ready.append((name, gen, ch.items.pop(0)))
                else:
                    ch.waiting.append((name, gen))
            else:
                self.ready.append((name, gen, None))

def producer(chan, items, delay):
    sent = 0
    for item in items:
        yield Sleep(delay)
        yield Send(chan, item)
        sent += 1
    yield Send(chan, None)
    return sent

def consumer(chan, out):
    total = 0
    while True:
        item = yield Recv(chan)
        if item is None:
            break
        out.append(item)
        total += item
    return total

def ticker(n):
    for i in range(n):
        yield
    return f"ticked {n}"

def faulty():
    yield Sleep(2)
    raise ValueError("sensor offline")

def sub_task(k):
    yield Sleep(k)
    return k * 10

def parent():
    a = yield from sub_task(1)
    b = yield from sub_task(2)
    return a + b

sched = Scheduler()
chan = Channel("data")
received = []
sched.spawn("prod", producer(chan, [3, 1, 4, 1, 5], 2))
sched.spawn("cons", consumer(chan, received))
sched.spawn("tick", ticker(4))
sched.spawn("bad", faulty())
sched.spawn("parent", parent())
sched.run()
for line in sched.log:
    print(line)
print(received, chan, sched.clock)
print({k: (v if not isinstance(v, Exception) else type(v).__name__) for k, v in sorted(sched.results.items())})

def pipeline_stage(name, upstream):
    for item in upstream:
        yield f"{name}({item})"

def source(n):
    yield from range(n)

stages = source(3)
for nm in "abc":
    stages = pipeline_stage(nm, stages)
print(list(stages))

def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("ab"), iter(range(4)), iter("XYZ"))))

def running_stats():
    n = mean = m2 = 0
    value = yield
    while value is not None:
        n += 1
        delta = value - mean
        mean += delta / n
        m2 += delta * (value - mean)
        value = yield (n, round(mean, 4), round(m2 / (n - 1), 4) if n > 1 else 0.0)
stats = running_stats()
next(stats)
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    print(stats.send(v), end=" ")
print()
stats.close()
print(stats.gi_frame, getattr(stats, "gi_suspended", "n/a"))
