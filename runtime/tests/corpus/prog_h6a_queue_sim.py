# A seeded discrete-event simulation of a bank queue: heapq event list, random arrivals,
# per-teller statistics with dataclass-like records, and a formatted report.
import heapq
import random

class Customer:
    __slots__ = ("cid", "arrival", "service", "start", "teller")
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.teller = None
    @property
    def wait(self):
        return self.start - self.arrival
    def __repr__(self):
        return f"C{self.cid}@{self.arrival:.1f}"

class Teller:
    def __init__(self, name, speed):
        self.name, self.speed = name, speed
        self.busy_until = 0.0
        self.served = []
        self.busy_time = 0.0
    def __lt__(self, other):
        return (self.busy_until, self.name) < (other.busy_until, other.name)
    def __repr__(self):
        return f"Teller({self.name!r}, speed={self.speed})"

def simulate(seed, n_customers, tellers, mean_gap=1.0, mean_service=2.5):
    rng = random.Random(seed)
    t = 0.0
    customers = []
    for cid in range(n_customers):
        t += rng.expovariate(1 / mean_gap)
        customers.append(Customer(cid, t, rng.uniform(0.5, 2 * mean_service - 0.5)))
    events = [(c.arrival, 0, c.cid) for c in customers]
    heapq.heapify(events)
    queue = []
    free = list(tellers)
    heapq.heapify(free)
    log = []
    while events:
        time, kind, cid = heapq.heappop(events)
        if kind == 0:
            queue.append(customers[cid])
        else:
            teller = tellers[cid]
            heapq.heappush(free, teller)
        while queue and free:
            teller = heapq.heappop(free)
            cust = queue.pop(0)
            cust.start = max(time, cust.arrival)
            cust.teller = teller.name
            duration = cust.service / teller.speed
            teller.busy_until = cust.start + duration
            teller.busy_time += duration
            teller.served.append(cust)
            heapq.heappush(events, (teller.busy_until, 1, tellers.index(teller)))
            if len(log) < 6:
                log.append(f"t={cust.start:6.2f} {cust!r:>9} -> {teller.name} for {duration:.2f}")
    end = max(tt.busy_until for tt in tellers)
    return customers, end, log

tellers = [Teller("ann", 1.0), Teller("bob", 1.25), Teller("cy", 0.8)]
customers, end, log = simulate(2024, 40, tellers)
print("\n".join(log))
waits = [c.wait for c in customers]
print(f"customers={len(customers)} end={end:.2f} mean_wait={sum(waits) / len(waits):.3f} max_wait={max(waits):.3f}")
print(f"{'teller':<6} {'served':>6} {'busy':>8} {'util':>6}")
for tl in sorted(tellers, key=lambda x: -len(x.served)):
    print(f"{tl.name:<6} {len(tl.served):>6} {tl.busy_time:>8.2f} {tl.busy_time / end:>6.1%}")
buckets = {}
for c in customers:
    key = min(int(c.wait), 5)
    buckets[key] = buckets.get(key, 0) + 1
for k in sorted(buckets):
    label = f"{k}-{k + 1}" if k < 5 else "5+"
    print(f"wait {label:>4}: {'#' * buckets[k]} ({buckets[k]})")
longest = max(customers, key=lambda c: (c.wait, -c.cid))
print(longest, longest.teller, round(longest.wait, 3), [c.cid for c in customers if c.wait == 0][:8])
results = {}
for n in (2, 3, 4):
    ts = [Teller(f"t{i}", 1.0) for i in range(n)]
    cs, e, _ = simulate(7, 60, ts, mean_gap=0.8)
    results[n] = (round(sum(c.wait for c in cs) / len(cs), 3), round(e, 2))
print(results)
