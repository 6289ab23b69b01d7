import random
import math
import statistics
from collections import deque, defaultdict, namedtuple, Counter
from datetime import datetime, timedelta
from itertools import islice, accumulate

rng = random.Random(1001)
Reading = namedtuple("Reading", "ts sensor value")
SENSORS = ["t-01", "t-02", "h-01"]
base = datetime(2023, 11, 5, 0, 0)
readings = []
for i in range(300):
    s = SENSORS[i % 3]
    ts = base + timedelta(seconds=30 * i + rng.randint(-5, 5))
    if s.startswith("t"):
        v = 20 + 3 * math.sin(i / 25) + rng.gauss(0, 0.4)
    else:
        v = 55 + 10 * math.cos(i / 40) + rng.gauss(0, 1.5)
    if rng.random() < 0.02:
        v += rng.choice([-15, 15])
    readings.append(Reading(ts, s, round(v, 3)))
# out-of-order arrival and dropped values
readings[40], readings[41] = readings[41], readings[40]
readings = [r for k, r in enumerate(readings) if k % 47 != 13]
print("readings:", len(readings), "first:", readings[0], sep="\n  ")

per = defaultdict(list)
for r in sorted(readings, key=lambda r: (r.sensor, r.ts)):
    per[r.sensor].append(r)


class RollingStats:
    """Mean and population stdev over the last n values."""

    def __init__(self, n):
        self.win = deque(maxlen=n)
        self.total = 0.0
        self.sq = 0.0

    def push(self, x):
        if len(self.win) == self.win.maxlen:
            old = self.win[0]
            self.total -= old
            self.sq -= old * old
        self.win.append(x)
        self.total += x
        self.sq += x * x

    @property
    def mean(self):
        return self.total / len(self.win)

    @property
    def std(self):
        m = self.mean
        return math.sqrt(max(self.sq / len(self.win) - m * m, 0.0))


for sensor in sorted(per):
    rs = RollingStats(10)
    anomalies = []
    for r in per[sensor]:
        if len(rs.win) == 10 and rs.std > 0 and abs(r.value - rs.mean) > 4 * rs.std:
            anomalies.append((r.ts.strftime("%H:%M:%S"), r.value, round((r.value - rs.mean) / rs.std, 2)))
        else:
            rs.push(r.value)
    vals = [r.value for r in per[sensor]]
    print(f"{sensor}: n={len(vals)} mean={statistics.fmean(vals):.3f} median={statistics.median(vals):.3f} "
          f"last10 mean={rs.mean:.3f} std={rs.std:.4f}")
    for a in anomalies:
        print("   anomaly", a)

# gaps detection per sensor
for sensor in sorted(per):
    gaps = [(a.ts, b.ts - a.ts) for a, b in zip(per[sensor], per[sensor][1:]) if b.ts - a.ts > timedelta(seconds=100)]
    print(sensor, "gaps:", [(t.strftime("%H:%M"), str(d)) for t, d in gaps])

# rate limiter: at most 5 events per 60s sliding window
events = sorted(r.ts for r in readings if r.sensor == "h-01")
window = deque()
accepted = rejected = 0
for t in events + [events[-1] + timedelta(seconds=k) for k in range(1, 12)]:
    while window and t - window[0] >= timedelta(seconds=60):
        window.popleft()
    if len(window) < 5:
        window.append(t)
        accepted += 1
    else:
        rejected += 1
print("limiter accepted", accepted, "rejected", rejected, "window now", len(window))

# k-sized chunks and tumbling windows (5-minute buckets)
buckets = defaultdict(list)
for r in readings:
    key = r.ts.replace(minute=r.ts.minute - r.ts.minute % 5, second=0)
    buckets[(key, r.sensor)].append(r.value)
print(f"{'bucket':<8}" + "".join(f"{s:>10}" for s in SENSORS))
for key in sorted({k for k, _ in buckets})[:8]:
    cells = []
    for s in SENSORS:
        v = buckets.get((key, s))
        cells.append(f"{statistics.mean(v):>10.2f}" if v else f"{'-':>10}")
    print(f"{key:%H:%M}   " + "".join(cells))


def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


sizes = [len(c) for c in chunked(readings, 64)]
print("chunks:", sizes)

# exponential moving average and last-n via deque rotate
alpha = 0.3
ema = None
for r in per["t-01"][:20]:
    ema = r.value if ema is None else alpha * r.value + (1 - alpha) * ema
print("ema:", round(ema, 4))
d = deque(range(8))
d.rotate(3)
print(d, d.popleft(), d.pop(), d)
d.rotate(-2)
print(d, list(islice(reversed(d), 3)), d.count(5), 5 in d)
d.extend("ab")
d.remove(7)
print(d, d.index("a"), len(d))
d.clear()
print(d, deque("xyz", maxlen=2), deque([], 3).maxlen)
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)

# running min/max with monotonic deque
vals = [r.value for r in per["t-02"]]
k = 6
mins, dq = [], deque()
for i, v in enumerate(vals):
    while dq and vals[dq[-1]] >= v:
        dq.pop()
    dq.append(i)
    if dq[0] <= i - k:
        dq.popleft()
    if i >= k - 1:
        mins.append(vals[dq[0]])
brute = [min(vals[i:i + k]) for i in range(len(vals) - k + 1)]
print("monotonic ok:", mins == brute, len(mins), mins[:4])
hist = Counter(round(v) for v in vals)
for temp in range(min(hist), max(hist) + 1):
    print(f"{temp:>3}°C {hist[temp]:>3} {'▒' * hist[temp]}")
print("cum:", list(accumulate(hist[t] for t in sorted(hist)))[-1], max(accumulate(vals, max)), min(accumulate(vals, min)))
