"""sched rewrite check: event ordering, cancel, run modes, failing actions, queue snapshot."""
import sched


class FakeClock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def time(self):
        return self.now

    def sleep(self, d):
        self.sleeps.append(d)
        self.now += d


clk = FakeClock()
s = sched.scheduler(clk.time, clk.sleep)
log = []


def note(*a, **k):
    log.append((clk.now, a, sorted(k.items())))


evs = [s.enterabs(t, p, note, (t, p)) for t, p in [(3, 2), (1, 5), (3, 1), (1, 5), (2, 0)]]
print([(e.time, e.priority, e.sequence) for e in s.queue])
print(repr(evs[0]).replace(repr(note), "<note>"))
print(s.empty(), len(s.queue))
s.cancel(evs[2])
for bad in (evs[2], sched.Event(9, 9, 99, note, (), {})):
    try:
        s.cancel(bad)
    except Exception as e:
        print(type(e).__name__, e)
k = s.enter(0.5, 1, note, kwargs={"x": 1})
print(k.argument, k.kwargs)
print(s.run(blocking=False))
print(log, clk.sleeps)
print(s.run(False))
s.run()
print(log)
print(clk.sleeps, s.empty(), s.queue, s.run())


def boom():
    raise RuntimeError("boom")


s.enter(1, 1, boom)
s.enter(2, 1, note, ("after",))
try:
    s.run()
except RuntimeError as e:
    print("raised", e, len(s.queue), s.queue[0].argument)
s.run()
print(log[-1])
print(sched.Event.time.__doc__)
print(sched.Event.sequence.__doc__)
print(sched.Event.kwargs.__doc__)
print(sched.Event.__doc__)
print(sched.__all__, sched.Event._fields)
e1 = sched.Event(1, 1, 1, None, (), {})
e2 = sched.Event(1, 1, 2, None, (), {})
print(e1 < e2, e1 == e2, e1 <= e2, max(e1, e2).sequence)
import inspect
import re
print(re.sub(r' at 0x[0-9a-f]+', '', str(inspect.signature(sched.scheduler.enter))), inspect.signature(sched.scheduler.run))
