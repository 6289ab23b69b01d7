import random
import re
from collections import Counter, defaultdict
from itertools import groupby
from operator import itemgetter

rng = random.Random(1234)
LEVELS = ["INFO", "INFO", "INFO", "WARNING", "ERROR", "DEBUG"]
SERVICES = ["auth", "billing", "search", "gateway", "mailer"]
PATHS = ["/api/login", "/api/logout", "/api/items", "/api/items/42", "/health", "/api/pay"]

lines = []
for i in range(240):
    h = rng.randrange(0, 24)
    m = rng.randrange(0, 60)
    s = rng.randrange(0, 60)
    lvl = rng.choice(LEVELS)
    svc = rng.choice(SERVICES)
    ip = "10.0.%d.%d" % (rng.randrange(0, 4), rng.randrange(1, 20))
    path = rng.choice(PATHS)
    status = rng.choice([200, 200, 200, 201, 301, 404, 500, 503])
    ms = round(rng.expovariate(1 / 120), 1)
    lines.append(f"2023-03-{rng.randrange(1, 8):02d}T{h:02d}:{m:02d}:{s:02d} [{lvl:<7}] {svc}: "
                 f"{ip} \"GET {path} HTTP/1.1\" {status} {ms}ms")
# a few malformed lines
lines.insert(17, "garbage line without structure")
lines.insert(99, "2023-03-02T99:00:00 [INFO   ] auth: missing fields")
LOG = "\n".join(lines)

PAT = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>\d{2}:\d{2}:\d{2}) "
    r"\[(?P<level>[A-Z]+)\s*\] (?P<svc>\w+): "
    r"(?P<ip>\d+(?:\.\d+){3}) \"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)\" "
    r"(?P<status>\d{3}) (?P<ms>\d+(?:\.\d+)?)ms$",
    re.M,
)

records = []
bad = 0
for line in LOG.splitlines():
    m = PAT.match(line)
    if not m:
        bad += 1
        continue
    d = m.groupdict()
    d["status"] = int(d["status"])
    d["ms"] = float(d["ms"])
    records.append(d)
print("parsed", len(records), "bad", bad)
print("finditer count:", sum(1 for _ in PAT.finditer(LOG)))

levels = Counter(r["level"] for r in records)
print("levels:", levels.most_common())
print("top 3 ips:", Counter(r["ip"] for r in records).most_common(3))
status_counter = Counter(r["status"] for r in records)
for code, n in sorted(status_counter.items()):
    print(f"  {code}: {n:>3} {'#' * (n // 3)}")

by_svc = defaultdict(list)
for r in records:
    by_svc[r["svc"]].append(r["ms"])
print(f"{'service':<10}{'n':>5}{'avg':>10}{'max':>10}")
for svc in sorted(by_svc):
    vals = by_svc[svc]
    print(f"{svc:<10}{len(vals):>5}{sum(vals) / len(vals):>10.2f}{max(vals):>10.1f}")

errors = [r for r in records if r["status"] >= 500]
errors.sort(key=itemgetter("svc", "date", "time"))
for (svc, date), grp in groupby(errors, key=itemgetter("svc", "date")):
    grp = list(grp)
    print(svc, date, len(grp), [g["time"] for g in grp][:3])

# hourly buckets
hourly = Counter(int(r["time"][:2]) // 6 for r in records)
names = ["night", "morning", "afternoon", "evening"]
for k in range(4):
    print(f"{names[k]:>10} | {hourly[k]:3d} | {'*' * hourly[k]}")

# paths normalised
norm = Counter(re.sub(r"/\d+", "/<id>", r["path"]) for r in records)
print(sorted(norm.items(), key=lambda kv: (-kv[1], kv[0])))

# combined Counter ops
c1 = Counter(r["svc"] for r in records if r["status"] < 400)
c2 = Counter(r["svc"] for r in records if r["status"] >= 400)
print("ok-err:", sorted((c1 - c2).items()))
print("union:", sorted((c1 | c2).items()))
print("inter:", sorted((c1 & c2).items()))
print("total:", (c1 + c2).total())
print("sub:", re.subn(r"(\d+)\.(\d+)ms", r"\2.\1", lines[0]))
print(PAT.match(lines[0]).span("ip"), PAT.match(lines[0]).group("level", "svc"))
print(re.split(r"[\s:\[\]]+", lines[3], maxsplit=5))
slow = max(records, key=itemgetter("ms"))
print("slowest:", slow["svc"], slow["path"], slow["ms"])
print("days:", sorted({r["date"] for r in records}))
