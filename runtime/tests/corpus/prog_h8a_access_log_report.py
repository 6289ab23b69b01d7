import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
192.168.1.10 - alice [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
192.168.1.11 - - [10/Mar/2024:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 120 "-" "curl/7.68"
10.0.0.5 - bob [10/Mar/2024:13:56:01 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "http://ex.com/" "Mozilla/5.0"
192.168.1.10 - alice [10/Mar/2024:13:57:12 +0000] "GET /api/items?page=2 HTTP/1.1" 200 15320 "-" "Mozilla/5.0"
10.0.0.7 - - [10/Mar/2024:14:01:09 +0000] "DELETE /api/items/42 HTTP/1.1" 403 87 "-" "python-requests/2.31"
10.0.0.5 - bob [10/Mar/2024:14:02:33 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
172.16.0.2 - - [10/Mar/2024:14:05:00 +0000] "GET /missing HTTP/1.1" 404 512 "-" "Googlebot/2.1"
192.168.1.11 - carol [10/Mar/2024:14:05:45 +0000] "POST /api/login HTTP/1.1" 200 340 "-" "curl/7.68"
192.168.1.11 - carol [10/Mar/2024:14:06:02 +0000] "PUT /api/items/42 HTTP/1.1" 500 64 "-" "curl/7.68"
10.0.0.5 - bob [10/Mar/2024:14:10:10 +0000] "GET /api/items?page=3 HTTP/1.1" 200 14999 "-" "Mozilla/5.0"
garbage line that does not match
172.16.0.2 - - [10/Mar/2024:14:15:30 +0000] "GET /robots.txt HTTP/1.1" 200 43 "-" "Googlebot/2.1"
192.168.1.10 - alice [10/Mar/2024:14:20:00 +0000] "GET /logout HTTP/1.1" 302 0 "-" "Mozilla/5.0"
"""

PAT = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+
    (?P<user>\S+)\s+
    \[(?P<ts>[^\]]+)\]\s+
    "(?P<method>[A-Z]+)\s+(?P<path>\S+)\s+(?P<proto>HTTP/[\d.]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)\s+
    "(?P<ref>[^"]*)"\s+"(?P<agent>[^"]*)"
""", re.VERBOSE)

records = []
bad = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PAT.match(line)
    if not m:
        bad.append((lineno, line))
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
    d["status"] = int(d["status"])
    d["size"] = 0 if d["size"] == "-" else int(d["size"])
    d["user"] = None if d["user"] == "-" else d["user"]
    records.append(d)

print(f"parsed {len(records)} records, {len(bad)} bad")
for n, l in bad:
    print(f"  bad line {n}: {l!r}")

print("\n== status classes ==")
classes = Counter(f"{r['status'] // 100}xx" for r in records)
for cls, n in sorted(classes.items()):
    print(f"{cls:>4} {n:3d} {'#' * n}")

print("\n== by method ==")
for meth, n in Counter(r["method"] for r in records).most_common():
    print(f"{meth:<7}|{n:>3}")

print("\n== bytes per ip ==")
per_ip = defaultdict(int)
for r in records:
    per_ip[r["ip"]] += r["size"]
total = sum(per_ip.values())
for ip, b in sorted(per_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{ip:<15} {b:>8,} {b / total:7.2%}")
print(f"{'TOTAL':<15} {total:>8,}")

print("\n== users ==")
users = defaultdict(list)
for r in records:
    users[r["user"] or "<anon>"].append(r["path"])
for u in sorted(users):
    paths = users[u]
    print(f"{u}: {len(paths)} requests, unique={len(set(paths))}")
    for p in paths:
        path, _, query = p.partition("?")
        print(f"    {path:<20} {query or '-'}")

print("\n== timeline (5 minute buckets) ==")
start = records[0]["ts"]
buckets = Counter()
for r in records:
    idx = int((r["ts"] - start) / timedelta(minutes=5))
    buckets[idx] += 1
for idx in range(max(buckets) + 1):
    t = start + timedelta(minutes=5 * idx)
    print(f"{t:%H:%M} {buckets.get(idx, 0):2d} {'*' * buckets.get(idx, 0)}")

print("\n== gaps between requests ==")
for a, b in zip(records, records[1:]):
    gap = b["ts"] - a["ts"]
    print(f"{a['ts']:%H:%M:%S} -> {b['ts']:%H:%M:%S} {str(gap):>8} {gap.total_seconds():6.0f}s")

print("\n== errors ==")
for r in records:
    if r["status"] >= 400:
        print("{ip:>15} {method:6} {path!r:25} -> {status}".format(**r))

print("\n== agents ==")
agent_fam = Counter(re.split(r"[/ ]", r["agent"], maxsplit=1)[0] for r in records)
for a, n in sorted(agent_fam.items(), key=lambda x: (-x[1], x[0])):
    print(f"{a:.<25}{n:.>4}")

span = records[-1]["ts"] - records[0]["ts"]
print(f"\nspan: {span} ({span.total_seconds() / 60:.1f} minutes)")
print("first:", records[0]["ts"].isoformat())
print("last :", records[-1]["ts"].strftime("%A %d %B %Y %I:%M %p %Z"))
