import bisect
import random
import statistics
import json
import csv
import io
from collections import namedtuple, defaultdict, Counter
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
from operator import itemgetter

rng = random.Random(3141)
Student = namedtuple("Student", "sid name cohort")
COHORTS = ["A", "B", "C"]
students = [Student(f"S{n:03d}", f"{rng.choice(['Lee', 'Kaur', 'Silva', 'Novak', 'Haddad', 'Ito'])}, "
                    f"{rng.choice(['Mia', 'Noah', 'Zoe', 'Liam', 'Ivy', 'Omar', 'Ada'])}", rng.choice(COHORTS))
            for n in range(1, 25)]
ASSIGNMENTS = {"hw1": 10, "hw2": 10, "quiz": 20, "midterm": 25, "final": 35}

# raw scores as an embedded CSV
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["sid"] + list(ASSIGNMENTS))
for s in students:
    row = [s.sid]
    for a, maxpts in ASSIGNMENTS.items():
        if rng.random() < 0.05:
            row.append("")  # missing
        else:
            row.append(f"{min(maxpts, max(0, rng.gauss(maxpts * 0.75, maxpts * 0.18))):.1f}")
    w.writerow(row)
RAW = buf.getvalue()
print(RAW.splitlines()[0], "|", RAW.splitlines()[1])

WEIGHTS = {"hw1": Fraction(1, 10), "hw2": Fraction(1, 10), "quiz": Fraction(3, 20), "midterm": Fraction(1, 4), "final": Fraction(2, 5)}
assert sum(WEIGHTS.values()) == 1
scores = {}
for row in csv.DictReader(io.StringIO(RAW)):
    sid = row.pop("sid")
    scores[sid] = {k: (Decimal(v) if v else None) for k, v in row.items()}

BREAKS = [50, 60, 67, 70, 73, 77, 80, 83, 87, 90, 93]
LETTERS = ["F", "E", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"][:len(BREAKS) + 1]
LETTERS = ["F", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]


def letter(pct):
    return LETTERS[bisect.bisect_right(BREAKS, pct)]


final = {}
for s in students:
    sc = scores[s.sid]
    total = Decimal(0)
    for a, maxpts in ASSIGNMENTS.items():
        got = sc[a] if sc[a] is not None else Decimal(0)
        w_ = WEIGHTS[a]
        total += got / maxpts * 100 * w_.numerator / w_.denominator
    pct = total.quantize(Decimal("0.1"), ROUND_HALF_UP)
    final[s.sid] = (pct, letter(float(pct)))

hdr = f"{'sid':<5}{'name':<14}{'co':^4}" + "".join(f"{a:>8}" for a in ASSIGNMENTS) + f"{'pct':>7}{'gr':>4}"
print(hdr)
print("-" * len(hdr))
for s in sorted(students, key=lambda s: (-final[s.sid][0], s.name)):
    sc = scores[s.sid]
    cells = "".join(f"{sc[a]!s:>8}" if sc[a] is not None else f"{'--':>8}" for a in ASSIGNMENTS)
    print(f"{s.sid:<5}{s.name:<14.13}{s.cohort:^4}{cells}{final[s.sid][0]:>7}{final[s.sid][1]:>4}")

# distribution
dist = Counter(g for _, g in final.values())
print()
for g in reversed(LETTERS):
    if dist[g]:
        print(f"{g:^4}|{'#' * dist[g]:<8}|{dist[g]:>2} {dist[g] / len(students):>6.1%}")

# per-cohort stats
by_co = defaultdict(list)
for s in students:
    by_co[s.cohort].append(float(final[s.sid][0]))
print(f"\n{'cohort':^8}|{'n':^4}|{'mean':^8}|{'median':^8}|{'stdev':^8}|{'range':^13}")
for co in COHORTS:
    xs = by_co[co]
    sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
    print(f"{co:^8}|{len(xs):^4}|{statistics.mean(xs):^8.2f}|{statistics.median(xs):^8.2f}|{sd:^8.3f}|{min(xs):>6.1f}-{max(xs):<6.1f}")
allp = [float(p) for p, _ in final.values()]
print("quartiles:", [round(q, 2) for q in statistics.quantiles(allp, n=4)])
print("deciles:", [round(q, 1) for q in statistics.quantiles(allp, n=10, method="inclusive")])

# curve: shift so the median becomes 75, capped at 100
shift = 75 - statistics.median(allp)
curved = {sid: min(100.0, float(p) + shift) for sid, (p, _) in final.items()}
moved = sum(1 for sid in curved if letter(curved[sid]) != final[sid][1])
print(f"shift={shift:+.2f} grade changes={moved}")
print(sorted(Counter(letter(v) for v in curved.values()).items(), key=lambda kv: LETTERS.index(kv[0]), reverse=True))

# per-assignment difficulty
for a, maxpts in ASSIGNMENTS.items():
    vals = [float(scores[s.sid][a]) for s in students if scores[s.sid][a] is not None]
    missing = sum(1 for s in students if scores[s.sid][a] is None)
    print(f"{a:>8}: avg {statistics.fmean(vals) / maxpts:6.1%} missing={missing} max={max(vals):5.1f} mode_bucket={statistics.mode(int(v) for v in vals)}")

# export summary as JSON (Decimal -> str)
summary = {
    "students": {sid: {"pct": p, "grade": g} for sid, (p, g) in sorted(final.items())[:4]},
    "weights": {k: str(v) for k, v in WEIGHTS.items()},
    "breaks": dict(zip(LETTERS[1:], BREAKS)),
}
text = json.dumps(summary, default=str, indent=1)
print(text[:400])
back = json.loads(text, parse_float=Decimal)
print(back["students"]["S001"], {k: Fraction(v) for k, v in back["weights"].items()}["quiz"])
top3 = sorted(final.items(), key=itemgetter(1), reverse=True)[:3]
print("top3:", [(sid, str(p), g) for sid, (p, g) in top3])
print([letter(x) for x in (0, 49.99, 50, 59.9, 60, 92.99, 93, 100)])
print("|" + "x".center(4) + "|" + "ab".center(5, "-") + "|" + f"{'ab':^5}" + "|" + f"{'abc':-^6}" + "|")
