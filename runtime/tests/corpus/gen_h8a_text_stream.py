import io
import re
from itertools import islice, chain, groupby

LOG = io.StringIO("""\
2024-05-01 10:00:01 INFO  auth   user=alice action=login ok
2024-05-01 10:00:05 WARN  disk   usage=91% mount=/var
2024-05-01 10:00:09 INFO  auth   user=bob action=login ok
2024-05-01 10:01:00 ERROR db     query timeout after 30s table=orders
    at db.pool.acquire
    at db.query.run
2024-05-01 10:01:02 INFO  auth   user=alice action=logout ok
2024-05-01 10:02:30 ERROR api    status=502 upstream=payments
2024-05-01 10:03:00 DEBUG cache  hit ratio=0.93
2024-05-01 10:03:15 WARN  auth   user=mallory action=login failed attempts=3
2024-05-01 10:04:00 INFO  disk   usage=85% mount=/var
""")

def read_lines(f):
    for line in f:
        yield line.rstrip("\n")

def join_continuations(lines):
    pending = None
    for line in lines:
        if line.startswith((" ", "\t")) and pending is not None:
            pending += " | " + line.strip()
            continue
        if pending is not None:
            yield pending
        pending = line
    if pending is not None:
        yield pending

REC = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<comp>\w+)\s+(?P<msg>.*)")

def parse(lines):
    for line in lines:
        m = REC.match(line)
        if m:
            rec = m.groupdict()
            rec["kv"] = dict(re.findall(r"(\w+)=(\S+)", rec["msg"]))
            yield rec

def grep(pattern, recs):
    rx = re.compile(pattern)
    return (r for r in recs if rx.search(r["msg"]))

def tagger():
    seen = {}
    rec = yield None
    while True:
        n = seen.get(rec["comp"], 0) + 1
        seen[rec["comp"]] = n
        rec = yield f"{rec['comp']}#{n}"

def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, total)
        total += x
        count += 1
        avg = total / count

records = list(parse(join_continuations(read_lines(LOG))))
print(len(records), "records")
t = tagger()
next(t)
for r in records:
    print(f"{t.send(r):<8} {r['time']} {r['level']:<5} {r['msg'][:50]!r} {sorted(r['kv'].items())}")
t.close()

print("\nerrors:", [r["comp"] for r in records if r["level"] == "ERROR"])
print("grep login:", [r["kv"].get("user") for r in grep(r"action=login", records)])
print("first 2 warn+:", [r["time"] for r in islice((r for r in records if r["level"] in ("WARN", "ERROR")), 2)])

avg = averager()
next(avg)
for r in records:
    if "usage" in r["kv"]:
        print("usage avg now", avg.send(int(r["kv"]["usage"].rstrip("%"))))
try:
    avg.send(None)
except StopIteration as e:
    print("averager finished:", e.value)

def by_minute(recs):
    for minute, grp in groupby(recs, key=lambda r: r["time"][:5]):
        yield minute, [r["level"][0] for r in grp]
for minute, levels in by_minute(records):
    print(minute, "".join(levels))

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)]], [], 6])))

def delegator():
    result = yield from averager_wrapper()
    yield f"inner returned {result}"
def averager_wrapper():
    yield "start"
    return 42
print(list(delegator()))

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("  countdown cleanup at", n)
g = countdown(5)
print(next(g), next(g))
g.close()
print(list(countdown(2)))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield "after"
th = thrower()
print(next(th), th.throw(ValueError("boom")), next(th))
words = chain.from_iterable(line.split() for line in ["a b", "c", "", "d e f"])
print(list(words))
LOG.seek(0)
print(LOG.readline().split()[2], LOG.tell() > 0, len(LOG.readlines()), LOG.read() == "")
