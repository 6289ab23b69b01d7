# A hand-written event loop with futures, gather, and timeouts in simulated time.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.time = 0
        self.ready = []
        self.timers = []
        self.seq = 0
    def call_later(self, delay, fn):
        self.seq += 1
        self.timers.append((self.time + delay, self.seq, fn))
    def sleep(self, delay, value=None):
        f = Future()
        self.call_later(delay, lambda: f.set_result(value))
        return f
    def spawn(self, coro):
        done = Future()
        def step(value=None):
            try:
                fut = coro.send(value)
            except StopIteration as e:
                done.set_result(e.value)
                return
            fut.callbacks.append(lambda f: self.ready.append(lambda: step(f.result)))
        self.ready.append(step)
        return done
    def run(self, coro):
        main = self.spawn(coro)
        while not main.done:
            while self.ready:
                self.ready.pop(0)()
            if main.done:
                break
            self.timers.sort()
            t, _, fn = self.timers.pop(0)
            self.time = t
            fn()
        return main.result
loop = Loop()
log = []
async def fetch(name, delay):
    log.append(f"t={loop.time} start {name}")
    await loop.sleep(delay)
    log.append(f"t={loop.time} done {name}")
    return f"{name}:{delay}"
async def gather(*coros):
    futs = [loop.spawn(c) for c in coros]
    results = []
    for f in futs:
        results.append(await f)
    return results
async def main():
    r1 = await fetch("single", 5)
    many = await gather(fetch("a", 3), fetch("b", 1), fetch("c", 2))
    nested = await gather(gather(fetch("x", 1), fetch("y", 1)), fetch("z", 4))
    return r1, many, nested
print(loop.run(main()))
for line in log:
    print(line)
print("final time", loop.time)
