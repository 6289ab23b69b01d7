import random
import statistics as st
from collections import deque, Counter
from itertools import accumulate, islice, pairwise, groupby
import math

rng = random.Random(20240611)
base = 100.0
prices = []
for day in range(60):
    base *= math.exp(rng.normalvariate(0.001, 0.02))
    prices.append(round(base, 2))
print("first", prices[:6])
print("last", prices[-3:])

def sma(xs, n):
    window = deque(maxlen=n)
    total = 0.0
    out = []
    for x in xs:
        if len(window) == n:
            total -= window[0]
        window.append(x)
        total += x
        out.append(total / n if len(window) == n else None)
    return out

def ema(xs, alpha):
    out = []
    cur = None
    for x in xs:
        cur = x if cur is None else alpha * x + (1 - alpha) * cur
        out.append(cur)
    return out

def wma(xs, n):
    weights = list(range(1, n + 1))
    denom = sum(weights)
    return [sum(w * v for w, v in zip(weights, xs[i - n + 1:i + 1])) / denom if i >= n - 1 else None
            for i in range(len(xs))]

s5 = sma(prices, 5)
e = ema(prices, 2 / 11)
w = wma(prices, 4)
print(f"{'day':>3} {'price':>8} {'sma5':>9} {'ema10':>9} {'wma4':>9}")
for i in range(0, 60, 6):
    fmt = lambda v: f"{v:9.3f}" if v is not None else f"{'-':>9}"
    print(f"{i:>3} {prices[i]:>8.2f} {fmt(s5[i])} {fmt(e[i])} {fmt(w[i])}")

returns = [b / a - 1 for a, b in pairwise(prices)]
print("mean ret %.6f%%  vol %.4f%%" % (st.fmean(returns) * 100, st.stdev(returns) * 100))
print("annualised vol {:.2%}".format(st.stdev(returns) * math.sqrt(252)))
cum = list(accumulate(returns, lambda acc, r: acc * (1 + r), initial=1.0))
print("cum growth", f"{cum[-1]:.6f}", f"{cum[-1] - 1:+.3%}")
peak = list(accumulate(prices, max))
dd = [p / pk - 1 for p, pk in zip(prices, peak)]
print("max drawdown {:.3%} at day {}".format(min(dd), dd.index(min(dd))))

# crossings
signals = []
for i in range(1, 60):
    if s5[i - 1] is None:
        continue
    prev = s5[i - 1] - e[i - 1]
    cur = s5[i] - e[i]
    if prev <= 0 < cur:
        signals.append((i, "BUY"))
    elif prev >= 0 > cur:
        signals.append((i, "SELL"))
print("signals", signals)

# Histogram of returns
def histogram(data, bins, width=40):
    lo, hi = min(data), max(data)
    step = (hi - lo) / bins
    counts = [0] * bins
    for x in data:
        idx = min(int((x - lo) / step), bins - 1)
        counts[idx] += 1
    peak = max(counts)
    for i, c in enumerate(counts):
        left = lo + i * step
        bar = "█" * round(c / peak * width)
        print(f"[{left:+.4f}, {left + step:+.4f}) {c:3d} {bar}")
    return counts

counts = histogram(returns, 8, 30)
print("total", sum(counts), "bins", counts)

# Vertical histogram from letter counts
text = "the quick brown fox jumps over the lazy dog and then sleeps all afternoon"
freq = Counter(ch for ch in text if ch.isalpha())
top = freq.most_common(8)
height = top[0][1]
for level in range(height, 0, -1):
    print(f"{level:2d} | " + "  ".join("#" if n >= level else " " for _, n in top))
print("   +" + "-" * (3 * len(top)))
print("     " + "  ".join(ch for ch, _ in top))

# Group runs of up/down days
moves = ["up" if r > 0 else "down" for r in returns]
runs = [(k, len(list(g))) for k, g in groupby(moves)]
print("longest up", max(n for k, n in runs if k == "up"), "longest down", max(n for k, n in runs if k == "down"))
print("runs", runs[:10])
print("median price", st.median(prices), "mode bucket", st.mode(int(p // 5 * 5) for p in prices))
print("quartiles", st.quantiles(prices, n=4), st.quantiles(prices, n=4, method="inclusive"))
