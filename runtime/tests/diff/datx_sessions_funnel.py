import random
from datetime import datetime, timedelta, date
from collections import defaultdict, Counter, OrderedDict
from itertools import groupby, pairwise
from operator import itemgetter
from fractions import Fraction
import statistics
import math

rng = random.Random(4711)
PAGES = ["home", "search", "product", "cart", "checkout", "done"]
users = [f"u{n:02d}" for n in range(30)]
hits = []
for u in users:
    signup = date(2023, 9, 1) + timedelta(days=rng.randint(0, 20))
    t = datetime.combine(signup, datetime.min.time()) + timedelta(hours=rng.randint(8, 20))
    for _ in range(rng.randint(3, 25)):
        t += timedelta(minutes=rng.choice([1, 2, 3, 5, 8, 45, 90, 600, 2000]))
        depth = 0
        while depth < len(PAGES) - 1 and rng.random() < 0.62 - depth * 0.05:
            depth += 1
        hits.append((u, t, PAGES[rng.randint(0, depth)], signup))
rng.shuffle(hits)
LOG = "\n".join(f"{t.isoformat(timespec='seconds')}\t{u}\t{p}\t{s}" for u, t, p, s in hits)
print(len(LOG.splitlines()), "hits;", LOG.splitlines()[0].expandtabs(4))

rows = []
for line in LOG.splitlines():
    ts, u, page, su = line.split("\t")
    rows.append({"user": u, "ts": datetime.fromisoformat(ts), "page": page, "signup": date.fromisoformat(su)})
rows.sort(key=itemgetter("user", "ts"))

# sessionize: a gap over 30 minutes starts a new session
GAP = timedelta(minutes=30)
sessions = []
for user, grp in groupby(rows, key=itemgetter("user")):
    grp = list(grp)
    cur = [grp[0]]
    for a, b in pairwise(grp):
        if b["ts"] - a["ts"] > GAP:
            sessions.append((user, cur))
            cur = []
        cur.append(b)
    sessions.append((user, cur))
print("sessions:", len(sessions))
durations = [(s[-1]["ts"] - s[0]["ts"]).total_seconds() / 60 for _, s in sessions]
print(f"duration min: mean={statistics.mean(durations):.2f} median={statistics.median(durations):.1f} "
      f"max={max(durations):.0f} zero-length={sum(d == 0 for d in durations)}")
lengths = Counter(len(s) for _, s in sessions)
for n in sorted(lengths):
    print(f"  {n:>2} hits: {lengths[n]:>3} {'*' * lengths[n]}")

# funnel: furthest step reached in each session
reached = Counter()
for _, s in sessions:
    best = max(PAGES.index(h["page"]) for h in s)
    for i in range(best + 1):
        reached[PAGES[i]] += 1
print(f"\n{'step':<10}{'sessions':>9}{'of prev':>10}{'of all':>9}  exact")
prev = None
for p in PAGES:
    n = reached[p]
    of_prev = Fraction(n, prev) if prev else Fraction(1)
    of_all = Fraction(n, reached["home"])
    print(f"{p:<10}{n:>9}{float(of_prev):>10.1%}{float(of_all):>9.1%}  {of_all}")
    prev = n or None

# cohort retention: signup week x days since signup (0, 1-3, 4-7, 8+)
def bucket(days):
    return "d0" if days == 0 else "d1-3" if days <= 3 else "d4-7" if days <= 7 else "d8+"


BUCKETS = ["d0", "d1-3", "d4-7", "d8+"]
cohort_users = defaultdict(set)
active = defaultdict(set)
for r in rows:
    wk = r["signup"].isocalendar()[1]
    cohort_users[wk].add(r["user"])
    active[(wk, bucket((r["ts"].date() - r["signup"]).days))].add(r["user"])
print(f"\n{'cohort':<8}{'size':>5}" + "".join(f"{b:>8}" for b in BUCKETS))
for wk in sorted(cohort_users):
    size = len(cohort_users[wk])
    cells = "".join(f"{len(active[(wk, b)]) / size:>8.0%}" for b in BUCKETS)
    print(f"W{wk:<7}{size:>5}{cells}")

# page transition matrix (within sessions)
trans = defaultdict(Counter)
for _, s in sessions:
    for a, b in pairwise(h["page"] for h in s):
        trans[a][b] += 1
print("\nfrom\\to  " + "".join(f"{p[:5]:>7}" for p in PAGES))
for a in PAGES:
    tot = sum(trans[a].values())
    print(f"{a:<9}" + "".join(f"{(trans[a][b] / tot if tot else 0):>7.2f}" for b in PAGES) + f"  n={tot}")

# hour-of-day heat strip and entropy of page views
hours = Counter(r["ts"].hour for r in rows)
shades = " .:-=+*#%@"
peak = max(hours.values())
print("\nhours  " + "".join(f"{h % 10}" for h in range(24)))
print("heat   " + "".join(shades[min(9, hours[h] * 9 // peak)] for h in range(24)))
views = Counter(r["page"] for r in rows)
total = sum(views.values())
entropy = -math.fsum(c / total * math.log2(c / total) for c in views.values())
print(f"entropy={entropy:.4f} bits (max {math.log2(len(PAGES)):.4f})", views.most_common(3))

# top users by sessions, tie-break by hits then id
per_user = OrderedDict()
for user, s in sessions:
    ns, nh = per_user.get(user, (0, 0))
    per_user[user] = (ns + 1, nh + len(s))
ranked = sorted(per_user.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
for user, (ns, nh) in ranked[:5]:
    print(f"{user}: {ns:2d} sessions {nh:3d} hits {nh / ns:5.2f}/session")
conv = {u for u, s in sessions if any(h["page"] == "done" for h in s)}
browsers = {u for u, s in sessions if any(h["page"] == "product" for h in s)}
print(f"converted {len(conv)}; browsed-not-bought {sorted(browsers - conv)[:6]}; bought w/o product page {sorted(conv - browsers)}")
print("conversion rate:", Fraction(len(conv), len(users)), f"= {len(conv) / len(users):.2%}",
      f"{len(conv) / len(users):.3e}", f"{len(conv) / len(users):g}")
