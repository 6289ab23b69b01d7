"""Dice games using the module-level random functions and statistics."""
import random
import statistics
import sys
from collections import Counter, defaultdict
from fractions import Fraction

random.seed(12345)


def roll(n=1, sides=6):
    return [random.randint(1, sides) for _ in range(n)]


def histogram(counter, width=40, label_fmt="{:>3}"):
    peak = max(counter.values())
    for key in sorted(counter):
        bar = "#" * round(counter[key] / peak * width)
        print(f"{label_fmt.format(key)} | {bar:<{width}} | {counter[key]:5d}")


# 2d6 distribution
totals = Counter(sum(roll(2)) for _ in range(5000))
histogram(totals)
exact = {s: Fraction(6 - abs(s - 7), 36) for s in range(2, 13)}
worst = max(abs(totals[s] / 5000 - float(p)) for s, p in exact.items())
print(f"max deviation from exact: {worst:.4f}  P(7)={exact[7]} = {float(exact[7]):.4f}")

# Yahtzee-like scoring
CATEGORIES = ("yahtzee", "large straight", "small straight", "full house", "four of a kind",
              "three of a kind", "chance")


def score(dice):
    c = Counter(dice)
    counts = sorted(c.values(), reverse=True)
    s = set(dice)
    if counts[0] == 5:
        return "yahtzee", 50
    if s in ({1, 2, 3, 4, 5}, {2, 3, 4, 5, 6}):
        return "large straight", 40
    if any(run <= s for run in ({1, 2, 3, 4}, {2, 3, 4, 5}, {3, 4, 5, 6})):
        return "small straight", 30
    if counts[:2] == [3, 2]:
        return "full house", 25
    if counts[0] >= 4:
        return "four of a kind", sum(dice)
    if counts[0] >= 3:
        return "three of a kind", sum(dice)
    return "chance", sum(dice)


def play_turn():
    dice = roll(5)
    history = [tuple(dice)]
    for _ in range(2):
        c = Counter(dice)
        keep_face, cnt = c.most_common(1)[0]
        if cnt == 5:
            break
        dice = [d if d == keep_face else random.randint(1, 6) for d in dice]
        history.append(tuple(dice))
    return history, score(dice)


cat_counts = Counter()
points = []
for t in range(1, 301):
    hist, (cat, pts) = play_turn()
    cat_counts[cat] += 1
    points.append(pts)
    if t <= 5:
        print(f"turn {t}: " + " -> ".join("".join(map(str, h)) for h in hist) + f" = {cat} ({pts})")
for cat in CATEGORIES:
    print(f"  {cat:<16}{cat_counts[cat]:>4}")
print(f"mean={statistics.mean(points):.3f} median={statistics.median(points)} "
      f"stdev={statistics.stdev(points):.3f} mode={statistics.mode(points)}")
q = statistics.quantiles(points, n=4)
print("quartiles:", q)

# Pig dice game with different strategies
def pig_game(thresholds, target=100):
    scores = [0] * len(thresholds)
    turns = 0
    while True:
        for i, hold_at in enumerate(thresholds):
            turns += 1
            turn_total = 0
            while turn_total < hold_at:
                r = random.randint(1, 6)
                if r == 1:
                    turn_total = 0
                    break
                turn_total += r
                if scores[i] + turn_total >= target:
                    break
            scores[i] += turn_total
            if scores[i] >= target:
                return i, turns, scores


wins = defaultdict(int)
lengths = []
strategies = [15, 20, 25, 30]
for g in range(400):
    random.shuffle(strategies)
    w, turns, _ = pig_game(strategies)
    wins[strategies[w]] += 1
    lengths.append(turns)
for s in sorted(wins):
    print(f"hold at {s}: {wins[s]} wins ({wins[s] / 400:.1%})")
print("avg length:", round(statistics.fmean(lengths), 2), "max:", max(lengths))

# loaded dice with choices + weights, and sampling
faces = [1, 2, 3, 4, 5, 6]
loaded = random.choices(faces, weights=[1, 1, 1, 1, 1, 5], k=2000)
lc = Counter(loaded)
print("loaded:", [lc[f] for f in faces])
cum = random.choices("abc", cum_weights=[10, 15, 30], k=20)
print("cum:", "".join(cum))
print("sample:", random.sample(range(1, 50), 6), sorted(random.sample(faces * 3, 5)))
print("gauss:", [round(random.gauss(10, 2), 3) for _ in range(4)])
print("uniform:", [f"{random.uniform(-1, 1):+.5f}" for _ in range(3)])
print("choice:", random.choice(["red", "green", "blue"]), random.randrange(10, 100, 5))
print("triangular:", round(random.triangular(0, 10, 3), 6), "expo:", round(random.expovariate(0.5), 6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print("replay equal:", a == b, f"{a[0]:.12f}")
print("bits:", random.getrandbits(40), random.randbytes(4).hex())
sys.exit(len(wins) - 4)
