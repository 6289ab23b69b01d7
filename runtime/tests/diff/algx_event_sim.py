"""Discrete-event simulation of a small bank with tellers, using heapq and a seeded RNG."""
import heapq
import random
import statistics
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import deque, Counter


class Kind(Enum):
    ARRIVE = auto()
    DEPART = auto()
    BREAK = auto()


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: Kind = field(compare=False)
    customer: int = field(compare=False, default=-1)
    teller: int = field(compare=False, default=-1)


@dataclass
class Customer:
    cid: int
    arrived: float
    vip: bool
    started: float = None
    finished: float = None

    @property
    def wait(self):
        return self.started - self.arrived


class Bank:
    def __init__(self, tellers, seed, arrival_rate=1.2, service_mean=2.0):
        self.rng = random.Random(seed)
        self.free = list(range(tellers))
        heapq.heapify(self.free)
        self.queue = deque()
        self.vip_queue = deque()
        self.events = []
        self.seq = 0
        self.customers = {}
        self.log = []
        self.arrival_rate = arrival_rate
        self.service_mean = service_mean
        self.busy_time = Counter()

    def schedule(self, t, kind, **kw):
        self.seq += 1
        heapq.heappush(self.events, Event(t, self.seq, kind, **kw))

    def start_service(self, now, cid, teller):
        c = self.customers[cid]
        c.started = now
        dur = self.rng.expovariate(1 / self.service_mean)
        if c.vip:
            dur *= 1.5
        self.busy_time[teller] += dur
        self.schedule(now + dur, Kind.DEPART, customer=cid, teller=teller)

    def run(self, until):
        self.schedule(self.rng.expovariate(self.arrival_rate), Kind.ARRIVE)
        self.schedule(30.0, Kind.BREAK, teller=0)
        next_id = 0
        while self.events:
            ev = heapq.heappop(self.events)
            now = ev.time
            if ev.kind is Kind.ARRIVE:
                if now > until:
                    continue
                cid = next_id
                next_id += 1
                vip = self.rng.random() < 0.15
                self.customers[cid] = Customer(cid, now, vip)
                if self.free:
                    self.start_service(now, cid, heapq.heappop(self.free))
                else:
                    (self.vip_queue if vip else self.queue).append(cid)
                self.schedule(now + self.rng.expovariate(self.arrival_rate), Kind.ARRIVE)
            elif ev.kind is Kind.DEPART:
                self.customers[ev.customer].finished = now
                self.log.append((round(now, 3), ev.customer, ev.teller))
                if self.vip_queue:
                    self.start_service(now, self.vip_queue.popleft(), ev.teller)
                elif self.queue:
                    self.start_service(now, self.queue.popleft(), ev.teller)
                else:
                    heapq.heappush(self.free, ev.teller)
            elif ev.kind is Kind.BREAK:
                self.log.append((round(now, 3), "break", ev.teller))
        return next_id


for tellers in (1, 2, 3):
    bank = Bank(tellers, seed=20240601 + tellers)
    n = bank.run(until=60.0)
    done = [c for c in bank.customers.values() if c.finished is not None]
    waits = [c.wait for c in done]
    vip_waits = [c.wait for c in done if c.vip]
    reg_waits = [c.wait for c in done if not c.vip]
    print(f"tellers={tellers} customers={n} served={len(done)}")
    print(f"  mean wait {statistics.mean(waits):.3f}  median {statistics.median(waits):.3f}  max {max(waits):.3f}")
    if len(waits) > 1:
        print(f"  stdev {statistics.stdev(waits):.4f}  quartiles {[round(q, 3) for q in statistics.quantiles(waits)]}")
    if vip_waits:
        print(f"  vip mean {statistics.fmean(vip_waits):.3f} ({len(vip_waits)}) regular mean {statistics.fmean(reg_waits):.3f}")
    last = max(c.finished for c in done)
    for t in sorted(bank.busy_time):
        print(f"  teller {t}: utilisation {bank.busy_time[t] / last:.1%}")
    print("  first departures:", bank.log[:4])
    print("  kinds:", Counter(type(x[1]).__name__ for x in bank.log))

e1 = Event(1.0, 2, Kind.ARRIVE)
e2 = Event(1.0, 1, Kind.DEPART)
print(sorted([e1, e2])[0].kind, e1 < e2, e1 == Event(1.0, 2, Kind.BREAK), repr(e2))
print(Kind.ARRIVE, Kind.DEPART.value, Kind["BREAK"], list(Kind), Kind(2).name)

# inventory (s, S) policy simulation
rng = random.Random(77)
stock, s_level, S_level = 20, 8, 25
orders = []
pending = []
lost = 0
history = []
for day in range(40):
    while pending and pending[0][0] <= day:
        _, qty = heapq.heappop(pending)
        stock += qty
    demand = rng.choices([0, 1, 2, 3, 4, 5, 8], weights=[5, 10, 15, 20, 15, 10, 5])[0]
    sold = min(stock, demand)
    lost += demand - sold
    stock -= sold
    if stock < s_level and not pending:
        qty = S_level - stock
        lead = rng.randint(1, 3)
        heapq.heappush(pending, (day + lead, qty))
        orders.append((day, qty, lead))
    history.append(stock)
print("orders:", orders)
print("stock history:", history)
print("lost sales:", lost, "avg stock:", round(statistics.mean(history), 3), "mode:", statistics.mode(history))
