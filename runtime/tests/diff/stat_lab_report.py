import csv
import io
import statistics as st
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict
from string import Template

RAW = """subject,group,trial,reaction_ms,accuracy
s01,control,1,412.5,0.92
s01,control,2,398.0,0.95
s02,control,1,455.1,0.88
s02,control,2,441.7,0.90
s03,control,1,389.9,0.97
s03,control,2,,0.96
s04,caffeine,1,371.2,0.93
s04,caffeine,2,362.8,0.94
s05,caffeine,1,350.0,0.91
s05,caffeine,2,347.5,0.89
s06,caffeine,1,402.3,0.95
s06,caffeine,2,388.8,0.97
s07,placebo,1,420.0,0.90
s07,placebo,2,415.5,0.91
s08,placebo,1,433.3,0.86
s08,placebo,2,n/a,0.88
"""

class Group(Enum):
    CONTROL = "control"
    CAFFEINE = "caffeine"
    PLACEBO = "placebo"

@dataclass(order=True)
class Summary:
    group: Group = field(compare=False)
    mean: float
    sd: float = 0.0
    n: int = 0
    missing: list = field(default_factory=list, compare=False, repr=False)

    @property
    def sem(self):
        return self.sd / self.n ** 0.5 if self.n else float("nan")

def parse(text):
    rows = []
    problems = []
    for lineno, rec in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            rt = float(rec["reaction_ms"])
        except ValueError as exc:
            problems.append((lineno, rec["subject"], str(exc)))
            continue
        rows.append((Group(rec["group"]), rec["subject"], int(rec["trial"]), rt, float(rec["accuracy"])))
    return rows, problems

rows, problems = parse(RAW)
print(f"parsed {len(rows)} rows, {len(problems)} problems")
for p in problems:
    print("  line {0[0]}: subject {0[1]}: {0[2]}".format(p))

by_group = defaultdict(list)
for g, subj, trial, rt, acc in rows:
    by_group[g].append(rt)

summaries = []
for g in Group:
    vals = by_group[g]
    s = Summary(g, st.fmean(vals), st.stdev(vals) if len(vals) > 1 else 0.0, len(vals))
    summaries.append(s)
    print(s)

print()
header = f"{'group':<10}{'n':>3}{'mean':>10}{'sd':>9}{'sem':>9}"
print(header)
print("=" * len(header))
for s in sorted(summaries):
    print(f"{s.group.value:<10}{s.n:>3}{s.mean:>10.2f}{s.sd:>9.3f}{s.sem:>9.3f}")

ctl = next(s for s in summaries if s.group is Group.CONTROL)
for s in summaries:
    if s is ctl:
        continue
    diff = s.mean - ctl.mean
    pooled = (((s.n - 1) * s.sd ** 2 + (ctl.n - 1) * ctl.sd ** 2) / (s.n + ctl.n - 2)) ** 0.5
    d = diff / pooled
    t = diff / (pooled * (1 / s.n + 1 / ctl.n) ** 0.5)
    print("{g:>9} vs control: diff={diff:+8.3f} ms  d={d:+.3f}  t={t:+.4f}".format(g=s.group.name, diff=diff, d=d, t=t))

# per-subject improvement
per_subject = defaultdict(dict)
for g, subj, trial, rt, acc in rows:
    per_subject[subj][trial] = rt
improvements = {s: t[1] - t[2] for s, t in per_subject.items() if 1 in t and 2 in t}
print("improvements:", {k: round(v, 1) for k, v in sorted(improvements.items())})
print("mean improvement %.3f, median %.2f" % (st.mean(improvements.values()), st.median(improvements.values())))
accs = [r[4] for r in rows]
print("accuracy mean={:.2%} min={:.0%} max={:.1%}".format(st.mean(accs), min(accs), max(accs)))
print("accuracy modes", st.multimode(accs))
rts = [r[3] for r in rows]
print("rt~acc r={:.4f}".format(st.correlation(rts, accs)))
slope, intercept = st.linear_regression(rts, accs)
print(f"acc = {slope:.3e} * rt + {intercept:.4f}")

tpl = Template("Study $name: $n subjects, best group $best ($$${cost} per subject)")
best = min(summaries, key=lambda s: s.mean)
print(tpl.substitute(name="RT-7", n=len(per_subject), best=best.group.name.title(), cost=12.5))
print(tpl.safe_substitute(name="RT-8"))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["group", "mean", "sd"])
for s in summaries:
    w.writerow([s.group.value, f"{s.mean:.3f}", round(s.sd, 4)])
print(out.getvalue(), end="")
print(repr(summaries[0]), summaries[0] < summaries[1], summaries[1] == Summary(Group.PLACEBO, summaries[1].mean, summaries[1].sd, summaries[1].n))
