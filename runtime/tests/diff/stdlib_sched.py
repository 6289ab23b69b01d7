"""Differential test of sched: ordering by time, priority and sequence, cancel, blocking and non-blocking run."""
import sched, time

class Clock:
    def __init__(self): self.t = 100.0; self.log = []
    def time(self): return self.t
    def sleep(self, d):
        self.log.append(d)
        self.t += d

c = Clock()
s = sched.scheduler(c.time, c.sleep)
out = []
def act(name, extra=None):
    out.append((name, c.t, extra))
e1 = s.enter(10, 1, act, ("a",))
e2 = s.enter(5, 2, act, ("b",), {"extra": 7})
e3 = s.enter(5, 1, act, ("c",))
e4 = s.enterabs(120, 0, act, argument=("d",))
e5 = s.enter(5, 1, act, ("e",))
print(e1._replace(action=None))
print(e2.time, e2.priority, e2.sequence, e2.argument, e2.kwargs)
print([ (e.time, e.priority, e.argument) for e in s.queue])
print(s.empty())
s.cancel(e1)
try:
    s.cancel(e1)
except ValueError as ex:
    print("ValueError", ex)
print(s.run(blocking=False))
print(out, c.log)
r = s.run()
print(r, out, c.log, s.empty(), s.queue)
# Non-blocking run with something due
s.enter(0, 1, act, ("now",))
s.enter(3, 1, act, ("later",))
print(s.run(False), out[-1])
print(s.run(), out[-1])
print(sched.Event(1, 2, 3, None, (), {}) < sched.Event(1, 2, 4, None, (), {}))
print(sched.Event._fields, sched.__all__)
# Events scheduling more events
def chain(n):
    out.append(("chain", n, c.t))
    if n < 3:
        s.enter(1, 1, chain, (n + 1,))
s.enter(1, 1, chain, (0,))
s.run()
print(out[-4:])
# real clock quick
rs = sched.scheduler()
got = []
rs.enter(0.01, 1, got.append, ("x",))
rs.enter(0.0, 1, got.append, ("y",))
rs.run()
print(got)
print(sched.Event.time.__doc__)
