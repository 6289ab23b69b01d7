"""CSV-like access-log parser: re with named groups, datetime arithmetic."""
import re
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone

LOG = """\
2024-03-01 08:15:02,INFO,web-1,GET /index.html 200 512ms user=alice
2024-03-01 08:15:09,WARN,web-2,GET /api/items?id=7 404 33ms user=bob
2024-03-01 08:16:44,ERROR,web-1,POST /api/orders 500 1203ms user=carol
2024-03-01 09:01:00,INFO,web-3,GET /static/app.js 200 8ms user=-
2024-03-01 23:59:59,INFO,web-2,DELETE /api/items/7 204 41ms user=alice
2024-03-02 00:00:01,ERROR,web-3,GET /api/items 503 2500ms user=dave
bad line without the right shape
2024-03-02 00:10:30,DEBUG,web-1,PUT /api/items/9 201 77ms user=bob
2024-02-29 12:00:00,INFO,web-2,GET /leap 200 1ms user=eve
"""

LINE_RE = re.compile(
    r"""^(?P<ts>\d{4}-\d{2}-\d{2}\ \d{2}:\d{2}:\d{2}),
        (?P<level>[A-Z]+),
        (?P<host>[\w-]+),
        (?P<method>GET|POST|PUT|DELETE)\s+(?P<path>\S+)\s+
        (?P<status>\d{3})\s+(?P<ms>\d+)ms\s+user=(?P<user>[\w-]+)$""",
    re.VERBOSE | re.MULTILINE,
)

records = []
for m in LINE_RE.finditer(LOG):
    rec = m.groupdict()
    rec["ts"] = datetime.strptime(rec["ts"], "%Y-%m-%d %H:%M:%S")
    rec["status"] = int(rec["status"])
    rec["ms"] = int(rec["ms"])
    records.append(rec)
    print(m.start() , m.end() - m.start(), m.group("level"), m.group(4, 6), m.span("host"))

print("parsed", len(records), "of", len(LOG.splitlines()))
bad = [l for l in LOG.splitlines() if not LINE_RE.match(l)]
print("bad:", bad)

levels = Counter(r["level"] for r in records)
print(sorted(levels.items()))
by_host = defaultdict(list)
for r in records:
    by_host[r["host"]].append(r["ms"])
for host in sorted(by_host):
    ms = by_host[host]
    print(f"{host:6} n={len(ms)} avg={sum(ms) / len(ms):8.2f}ms max={max(ms):5d}")

records.sort(key=lambda r: r["ts"])
first, last = records[0]["ts"], records[-1]["ts"]
span = last - first
print("span:", span, span.days, span.seconds, span.total_seconds())
for a, b in zip(records, records[1:]):
    gap = b["ts"] - a["ts"]
    print(f"  {a['ts']:%H:%M:%S} -> {b['ts']:%d %b %H:%M} gap={gap} ({gap // timedelta(minutes=1)} min)")

print(first.strftime("%A %d %B %Y, %I:%M %p"), first.isoformat(), first.weekday(), first.isoweekday())
print(first.strftime("%j %U %W %y %m/%d %H%M%S %a %b %%"))
print(first.date(), first.time(), first.replace(hour=0, minute=0), first.timetuple().tm_yday)
d = date(2024, 2, 28)
for k in range(3):
    print(d + timedelta(days=k), (d + timedelta(days=k)).strftime("%a"))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2023, 3, 1) - date(2022, 3, 1))
print(timedelta(hours=25, minutes=3), timedelta(seconds=-1), timedelta(days=-1, hours=2), -timedelta(minutes=90))
print(timedelta(minutes=90) / 4, timedelta(minutes=90) * 1.5, timedelta(hours=1) / timedelta(minutes=7))
print(timedelta(hours=1) % timedelta(minutes=7), divmod(timedelta(hours=1), timedelta(minutes=7)))
print(repr(timedelta(days=1, seconds=5, microseconds=7)), repr(timedelta(0)), repr(timedelta(microseconds=-1)))
print(datetime(2024, 1, 31) + timedelta(days=30), datetime(2024, 12, 31, 23, 59) + timedelta(minutes=2))
tz = timezone(timedelta(hours=2), "CEST")
aware = datetime(2024, 3, 1, 8, 15, tzinfo=tz)
print(aware, aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc))
print(timezone.utc, repr(timezone(timedelta(hours=-5, minutes=-30))), aware.strftime("%z %Z"))
print(datetime.fromisoformat("2024-03-01T08:15:02"), date.fromisoformat("2024-12-25").toordinal())
print(time(14, 5), time(14, 5, 7, 120), time(9).isoformat(timespec="minutes"), repr(time(1, 2, 3)))
print(datetime(2024, 3, 1, 8, 0) < datetime(2024, 3, 1, 8, 1), date(2024, 1, 1) == date(2024, 1, 1))
print(date(2024, 3, 10).isocalendar(), date.fromordinal(739000), date(2024, 5, 17).ctime())
print(datetime(2024, 3, 1, 8, 0, 0, 250000).isoformat(sep=" "), datetime(2024, 3, 1).strftime("%-d" if False else "%d"))

# re.sub with a function: anonymize users and round durations
def anon(m):
    return "user=" + (m.group(1)[0].upper() + "***" if m.group(1) != "-" else "?")

masked = re.sub(r"user=([\w-]+)", anon, LOG)
masked = re.sub(r"(\d+)ms", lambda m: f"{round(int(m.group(1)), -1)}ms", masked)
print(masked.splitlines()[2])
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "from 2024-03-01 to 2024-03-02"))
print(re.subn(r"\s+", " ", "a  b\t\tc \n d"))
print(re.findall(r"(\w+)=(\w+)", "a=1 b=2 c=x"), re.findall(r"\d+", "no digits"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b"), re.split(r"x*", "abc"))
pat = re.compile(r"(?i)error|warn")
print(pat.pattern, bool(pat.flags & re.IGNORECASE), pat.findall("Error WARN info eRRor"))
m = re.search(r"(?P<code>[45]\d\d)", LOG)
print(m.group(), m.groups(), m.lastgroup, m.lastindex, m.re.groupindex)
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.escape("a.b*c?"), re.match(r"^$", ""), bool(re.match(r"a|", "b")))
statuses = Counter(r["status"] // 100 for r in records)
print({f"{k}xx": v for k, v in sorted(statuses.items())})
slow = [r for r in records if r["ms"] > 1000]
print([(r["user"], r["path"]) for r in slow])
print(re.sub(r"^", "> ", "l1\nl2", flags=re.M), re.findall(r"^\w", "ab\ncd", re.M))
print(re.compile(r"a.b", re.S).match("a\nb") is not None, re.match(r"a.b", "a\nb"))
