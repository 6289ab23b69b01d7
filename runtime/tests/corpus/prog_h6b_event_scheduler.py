import heapq
from datetime import datetime, timedelta
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict
import itertools

class Kind(Enum):
    MEETING = "meeting"
    TASK = "task"
    REMINDER = "reminder"

_counter = itertools.count()

@dataclass(order=True)
class Event:
    when: datetime
    seq: int = field(default_factory=lambda: next(_counter))
    title: str = field(default="", compare=False)
    kind: Kind = field(default=Kind.TASK, compare=False)
    duration: timedelta = field(default=timedelta(minutes=30), compare=False)

    @property
    def end(self):
        return self.when + self.duration

class Calendar:
    def __init__(self):
        self.heap = []
        self.by_day = defaultdict(list)
    def add(self, ev):
        heapq.heappush(self.heap, ev)
        self.by_day[ev.when.date()].append(ev)
    def next_events(self, n):
        return heapq.nsmallest(n, self.heap)
    def conflicts(self):
        out = []
        for day, evs in sorted(self.by_day.items()):
            evs = sorted(evs)
            for a, b in zip(evs, evs[1:]):
                if b.when < a.end:
                    out.append((a.title, b.title, (a.end - b.when)))
        return out
    def pop_until(self, t):
        done = []
        while self.heap and self.heap[0].when <= t:
            done.append(heapq.heappop(self.heap))
        return done

cal = Calendar()
base = datetime(2024, 3, 15, 9, 0)
specs = [
    (0, "standup", Kind.MEETING, 15), (20, "code review", Kind.MEETING, 60), (60, "write docs", Kind.TASK, 90),
    (24 * 60, "planning", Kind.MEETING, 120), (24 * 60 + 90, "lunch", Kind.REMINDER, 60), (-30, "coffee", Kind.REMINDER, 10),
    (60, "deploy", Kind.TASK, 30), (3 * 24 * 60, "retro", Kind.MEETING, 45),
]
for off, title, kind, dur in specs:
    cal.add(Event(base + timedelta(minutes=off), title=title, kind=kind, duration=timedelta(minutes=dur)))
for ev in cal.next_events(4):
    print(ev.when.strftime("%a %H:%M"), ev.title, ev.kind.value, ev.end.strftime("%H:%M"))
for a, b, overlap in cal.conflicts():
    print(f"conflict: {a} / {b} overlap {overlap}")
done = cal.pop_until(base + timedelta(hours=2))
print([e.title for e in done], len(cal.heap))
per_kind = defaultdict(timedelta)
for day, evs in cal.by_day.items():
    for e in evs:
        per_kind[e.kind] += e.duration
for k in Kind:
    print(k.name, per_kind[k], per_kind[k].total_seconds() / 3600)
print(sorted(d.isoformat() for d in cal.by_day))
print(repr(Event(datetime(2024, 1, 1), title="x")).split(", seq=")[0])
week = [base.date() + timedelta(days=i) for i in range(7)]
print([d.strftime("%d%b") for d in week if d.weekday() < 5])
free = []
t = base
for ev in sorted(cal.by_day[base.date()]):
    if ev.when > t:
        free.append((t.strftime("%H:%M"), ev.when.strftime("%H:%M")))
    t = max(t, ev.end)
print(free)
