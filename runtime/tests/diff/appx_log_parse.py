import re
from collections import Counter, defaultdict
from string import Template

LOG = """\
2023-04-01 10:00:01 INFO  [web-1] GET /index.html 200 1534 0.012s user=alice
2023-04-01 10:00:02 WARN  [web-2] GET /missing 404 0 0.002s user=-
2023-04-01 10:00:05 INFO  [web-1] POST /api/login 200 88 0.140s user=bob
2023-04-01 10:01:17 ERROR [db-1] query timeout after 30s: SELECT * FROM orders
2023-04-01 10:01:18 INFO  [web-2] GET /api/orders?id=17&sort=desc 500 120 30.001s user=bob
garbage line here
2023-04-01 10:02:00 DEBUG [web-1] cache hit ratio=0.93
2023-04-01 10:02:30 INFO  [web-3] GET /static/app.js 304 0 0.001s user=carol
2023-04-01 10:03:00 ERROR [web-3] Traceback: ZeroDivisionError in /api/stats
"""

LINE = re.compile(
    r"""^(?P<date>\d{4}-\d{2}-\d{2})\s
        (?P<time>\d{2}:\d{2}:\d{2})\s
        (?P<level>[A-Z]+)\s+
        \[(?P<host>[\w-]+)\]\s
        (?P<msg>.*)$""",
    re.VERBOSE | re.MULTILINE,
)
REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) "
                 r"(?P<size>\d+) (?P<secs>[\d.]+)s user=(?P<user>[\w-]+)")

entries = [m.groupdict() for m in LINE.finditer(LOG)]
print("entries:", len(entries), "of", len(LOG.splitlines()))
levels = Counter(e["level"] for e in entries)
print(sorted(levels.items()))

reqs = []
for e in entries:
    m = REQ.fullmatch(e["msg"])
    if m:
        reqs.append(m)
print("requests:", len(reqs))
for m in reqs:
    print(f"  {m['method']:<5}{m.group('path'):<28}{m['status']} {int(m['size']):>5} {float(m['secs']):7.3f} "
          f"span={m.span('path')} last={m.lastgroup}")

by_status = defaultdict(list)
for m in reqs:
    by_status[m["status"][0] + "xx"].append(m["path"])
print(dict(sorted(by_status.items())))

first = LINE.search(LOG)
print(first.group(0)[:30], first.start(), first.end(), first.group("level", "host"))
print(first.groups()[:3], first.re is LINE, first.pos, first.endpos == len(LOG))
print(re.findall(r"user=(\w+)", LOG))
print(re.findall(r"(\d+):(\d+):(\d+)", LOG)[:3])
print(re.split(r"[?&=]", "/api/orders?id=17&sort=desc"))
print(re.split(r"(\s)", "a b  c", maxsplit=2))
print(re.split(r"\b", "hi there"))

def redact(m):
    user = m.group(1)
    return "user=" + ("*" * len(user) if user != "-" else "anon")

masked = re.sub(r"user=([\w-]+)", redact, LOG)
print(masked.splitlines()[2])
print(re.sub(r"(?P<h>\d{2}):(?P<m>\d{2}):\d{2}", r"\g<h>h\g<m>", "at 10:01:17 and 23:59:59"))
print(re.subn(r"\d", "#", "a1b22c333", count=4))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(?i)error", lambda m: m.group().swapcase(), "Error ERROR error"))
print(re.escape("1.5*[x]+(y)? a-b"))
print(bool(re.match(r"(?i)^warn", "WaRning")), re.match(r"a", "ba"), re.search(r"a", "ba").start())

query = re.search(r"\?(.*?) ", LOG).group(1)
params = dict(re.findall(r"(\w+)=(\w+)", query))
print(params)

pat = re.compile(r"(?P<word>\b\w+\b)(?:\s+(?P=word)\b)+", re.IGNORECASE)
print(pat.sub(r"\g<word>", "this is is a test Test test of the the thing"))
print([m.group() for m in re.finditer(r"(?<=\[)[^\]]+(?=\])", LOG)][:4])
print(re.findall(r"^\d{4}(?!-04)", LOG, re.M))
print(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", "well-formed-slug") is not None,
      re.fullmatch(r"[a-z]+(?:-[a-z]+)*", "bad--slug"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
try:
    re.compile(r"a{2,1}")
except re.error as e:
    print("re.error:", e)
print(re.compile(r"\d+").pattern, re.compile(r"x", re.I | re.M).flags & (re.I | re.M))

tmpl = Template("$host: $count requests (${pct}%) - $$cost $missing")
stats = Counter(m["path"].split("/")[1] for m in reqs)
for key in sorted(stats):
    print(tmpl.safe_substitute(host=key, count=stats[key], pct=round(100 * stats[key] / len(reqs))))
try:
    tmpl.substitute(host="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b ${a}_x").substitute({"a": 1}, b=2))
print(Template("$who likes $what").get_identifiers(), Template("$ok ${bad").is_valid())

class PctTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9]*"
print(PctTemplate("%name scored %pts pts, 100%% sure").substitute(name="Zed", pts=42))
