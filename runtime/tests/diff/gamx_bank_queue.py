"""Discrete-event simulations: a bank queue and an elevator, using heapq events."""
import heapq
import random
import sys
from dataclasses import dataclass, field
from enum import Enum
from statistics import mean, pstdev


class EventKind(Enum):
    ARRIVAL = 1
    SERVICE_DONE = 2
    CLOSE = 3


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: EventKind = field(compare=False)
    payload: dict = field(compare=False, default_factory=dict)


class Simulation:
    def __init__(self, seed, tellers, arrival_rate, service_mean, close_at):
        self.rng = random.Random(seed)
        self.queue = []
        self.events = []
        self._seq = 0
        self.now = 0.0
        self.free_tellers = list(range(tellers))
        self.arrival_rate = arrival_rate
        self.service_mean = service_mean
        self.close_at = close_at
        self.open = True
        self.waits = []
        self.served = 0
        self.max_queue = 0
        self.log = []

    def schedule(self, delay, kind, **payload):
        self._seq += 1
        heapq.heappush(self.events, Event(self.now + delay, self._seq, kind, payload))

    def start_service(self, teller, customer):
        arrived = customer["arrived"]
        self.waits.append(self.now - arrived)
        dur = self.rng.expovariate(1 / self.service_mean)
        self.schedule(dur, EventKind.SERVICE_DONE, teller=teller, cust=customer["id"])

    def run(self):
        self.schedule(self.rng.expovariate(self.arrival_rate), EventKind.ARRIVAL, id=1)
        self.schedule(self.close_at, EventKind.CLOSE)
        while self.events:
            ev = heapq.heappop(self.events)
            self.now = ev.time
            match ev.kind:
                case EventKind.ARRIVAL if self.open:
                    cid = ev.payload["id"]
                    cust = {"id": cid, "arrived": self.now}
                    if self.free_tellers:
                        self.start_service(self.free_tellers.pop(0), cust)
                    else:
                        self.queue.append(cust)
                        self.max_queue = max(self.max_queue, len(self.queue))
                    self.schedule(self.rng.expovariate(self.arrival_rate), EventKind.ARRIVAL, id=cid + 1)
                case EventKind.ARRIVAL:
                    pass  # door closed, turned away
                case EventKind.SERVICE_DONE:
                    self.served += 1
                    t = ev.payload["teller"]
                    if len(self.log) < 6:
                        self.log.append(f"{self.now:7.2f} teller {t} finished customer {ev.payload['cust']}")
                    if self.queue:
                        self.start_service(t, self.queue.pop(0))
                    else:
                        self.free_tellers.append(t)
                        self.free_tellers.sort()
                case EventKind.CLOSE:
                    self.open = False
                    self.log.append(f"{self.now:7.2f} doors close, {len(self.queue)} waiting")
        return self


print(f"{'tellers':>7} {'served':>6} {'avg wait':>9} {'sd':>7} {'max q':>5} {'end':>8}")
for tellers in (1, 2, 3, 4):
    sim = Simulation(seed=77, tellers=tellers, arrival_rate=1 / 2.0, service_mean=5.0, close_at=240).run()
    print(f"{tellers:>7} {sim.served:>6} {mean(sim.waits):>9.3f} {pstdev(sim.waits):>7.3f} "
          f"{sim.max_queue:>5} {sim.now:>8.2f}")
print("\n".join(sim.log))


# ---------- elevator ----------
class Elevator:
    __slots__ = ("floor", "direction", "riders", "stops", "moved", "name")

    def __init__(self, name):
        self.name = name
        self.floor = 0
        self.direction = 0
        self.riders = []
        self.stops = set()
        self.moved = 0

    def __repr__(self):
        arrow = {1: "^", -1: "v", 0: "-"}[self.direction]
        return f"<{self.name} @{self.floor}{arrow} riders={len(self.riders)}>"


def elevator_sim(seed, floors=10, ticks=80):
    rng = random.Random(seed)
    calls = []  # heap of (time, id, from, to)
    for i in range(25):
        t = rng.randint(0, ticks // 2)
        a, b = rng.sample(range(floors), 2)
        heapq.heappush(calls, (t, i, a, b))
    waiting = {}
    lifts = [Elevator("A"), Elevator("B")]
    delivered = []
    for tick in range(ticks):
        while calls and calls[0][0] <= tick:
            t, cid, a, b = heapq.heappop(calls)
            waiting.setdefault(a, []).append((cid, b, t))
            best = min(lifts, key=lambda e: (abs(e.floor - a), e.name))
            best.stops.add(a)
        for e in lifts:
            if e.floor in e.stops:
                e.stops.discard(e.floor)
                for r in [r for r in e.riders if r[1] == e.floor]:
                    e.riders.remove(r)
                    delivered.append((r[0], tick - r[2]))
                for p in waiting.pop(e.floor, []):
                    e.riders.append(p)
                    e.stops.add(p[1])
            if not e.stops:
                e.direction = 0
                continue
            if e.direction == 0 or not any((s - e.floor) * e.direction > 0 for s in e.stops):
                e.direction = 1 if max(e.stops) > e.floor else -1
            e.floor += e.direction
            e.moved += 1
        if tick % 20 == 19:
            print(f"tick {tick + 1:3d}: {lifts} waiting={sum(map(len, waiting.values()))}")
    times = [d for _, d in delivered]
    print(f"delivered {len(delivered)} trips, mean {mean(times):.2f} ticks, worst {max(times)}")
    print("moves:", {e.name: e.moved for e in lifts})


for s in (3, 8):
    elevator_sim(s)
sys.exit(0)
