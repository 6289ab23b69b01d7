"""logstat: analyse a web server access log (regex parsing, Counter, itertools, statistics)."""
import collections
import datetime as dt
import heapq
import itertools
import os
import re
import statistics
import tempfile
from dataclasses import dataclass, field

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
    r'(?: "(?P<ref>[^"]*)" "(?P<agent>[^"]*)")?$')


@dataclass(order=True, frozen=True)
class Hit:
    when: dt.datetime
    ip: str = field(compare=False)
    method: str = field(compare=False)
    path: str = field(compare=False)
    status: int = field(compare=False)
    size: int = field(compare=False, default=0)


def generate(n):
    ips = ["10.0.0.1", "10.0.0.2", "192.168.1.7", "172.16.0.3", "10.0.0.1"]
    paths = ["/", "/login", "/api/items?page=2", "/static/app.js", "/api/items", "/admin"]
    base = dt.datetime(2024, 2, 28, 23, 58, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    for i in range(n):
        when = base + dt.timedelta(seconds=17 * i)
        status = [200, 200, 304, 404, 500, 200, 301][i % 7]
        size = "-" if status in (304, 301) else str((i * 137) % 5000)
        method = "POST" if i % 5 == 0 else "GET"
        extra = ' "-" "curl/8.0"' if i % 3 else ""
        yield (f'{ips[i % 5]} - {"bob" if i % 4 == 0 else "-"} '
               f'[{when.strftime("%d/%b/%Y:%H:%M:%S %z")}] "{method} {paths[i % 6]} HTTP/1.1" '
               f'{status} {size}{extra}')
    yield 'garbage line that does not match'
    yield '10.0.0.9 - - [bad date] "GET / HTTP/1.1" 200 5'


def parse(lines):
    bad = []
    for n, line in enumerate(lines, 1):
        m = LINE_RE.match(line)
        if not m:
            bad.append((n, "no match"))
            continue
        try:
            when = dt.datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z")
        except ValueError as e:
            bad.append((n, str(e)))
            continue
        size = 0 if m["size"] == "-" else int(m["size"])
        yield Hit(when, m["ip"], m["method"], m["path"].split("?")[0], int(m["status"]), size)
    parse.bad = bad


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "access.log")
    with open(path, "w") as fh:
        fh.write("\n".join(generate(40)) + "\n")
    with open(path) as fh:
        hits = sorted(parse(line.rstrip("\n") for line in fh))
    print("parsed:", len(hits), "bad:", parse.bad)
    print("first:", hits[0])
    print("span:", hits[-1].when - hits[0].when, "| first utc:", hits[0].when.astimezone(dt.timezone.utc).isoformat())

    by_status = collections.Counter(h.status for h in hits)
    print("status:", sorted(by_status.items()), "top2:", by_status.most_common(2))
    classes = collections.Counter(f"{h.status // 100}xx" for h in hits)
    print("classes:", dict(sorted(classes.items())))
    ips = collections.Counter(h.ip for h in hits)
    print("ips most_common:", ips.most_common())
    print("ips total:", ips.total(), "| minus:", ips - collections.Counter({"10.0.0.1": 10}))

    print("per day:")
    for day, group in itertools.groupby(hits, key=lambda h: h.when.date()):
        g = list(group)
        print(f"  {day} ({day.strftime('%a')}): {len(g)} hits, {sum(h.size for h in g)} bytes")
    print("per minute (first 4):")
    for minute, group in itertools.islice(itertools.groupby(hits, key=lambda h: h.when.replace(second=0)), 4):
        print(f"  {minute:%H:%M} {[h.status for h in group]}")

    sizes = [h.size for h in hits if h.size]
    print("sizes: n=%d mean=%.2f median=%s stdev=%.3f" % (len(sizes), statistics.mean(sizes),
                                                           statistics.median(sizes), statistics.stdev(sizes)))
    print("quartiles:", statistics.quantiles(sizes, n=4), "mode status:", statistics.mode(h.status for h in hits))
    print("largest 3:", [(h.path, h.size) for h in heapq.nlargest(3, hits, key=lambda h: h.size)])
    print("smallest 2 nonzero:", heapq.nsmallest(2, sizes))
    running = list(itertools.accumulate(h.size for h in hits[:8]))
    print("running bytes:", running)
    errors = [h for h in hits if h.status >= 400]
    gaps = [(b.when - a.when).total_seconds() for a, b in itertools.pairwise(errors)]
    print("seconds between errors:", gaps)
    by_path = collections.defaultdict(lambda: collections.Counter())
    for h in hits:
        by_path[h.path][h.method] += 1
    for p in sorted(by_path):
        print(f"  {p:<16} {dict(sorted(by_path[p].items()))}")
    window = collections.deque(maxlen=5)
    peaks = []
    for h in hits:
        window.append(h)
        if len(window) == 5 and sum(x.status >= 400 for x in window) >= 2:
            peaks.append(h.when.strftime("%H:%M:%S"))
    print("error bursts at:", peaks)
    print("unique paths in order:", list(dict.fromkeys(h.path for h in hits)))
    combos = list(itertools.combinations(sorted(set(h.method for h in hits)), 2))
    print("method combos:", combos, "| product sample:", list(itertools.product("ab", repeat=2)))
    bisect_time = dt.datetime(2024, 2, 29, 0, 5, tzinfo=dt.timezone.utc)
    import bisect
    idx = bisect.bisect_left([h.when for h in hits], bisect_time)
    print("hits before 00:05Z:", idx, "| leap day?", any(h.when.month == 2 and h.when.day == 29 for h in hits))
