# Data-processing pipelines built from generators.
LOG = """\
2023-01-01 10:00:01 INFO server started port=8080
2023-01-01 10:00:05 WARN disk usage 85%
2023-01-01 10:01:10 ERROR connection refused host=db1
2023-01-01 10:01:11 INFO retrying host=db1
2023-01-01 10:01:15 ERROR connection refused host=db1
2023-01-01 10:02:00 INFO request path=/ status=200 ms=12
2023-01-01 10:02:01 INFO request path=/api status=500 ms=340
2023-01-01 10:02:02 INFO request path=/api status=200 ms=45
2023-01-01 10:02:03 DEBUG cache hit key=user:1
2023-01-01 10:02:04 INFO request path=/login status=302 ms=8
"""
def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line
def parse(lines_):
    for line in lines_:
        date, time, level, *rest = line.split()
        fields = {}
        words = []
        for token in rest:
            if "=" in token:
                k, v = token.split("=", 1)
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(token)
        yield {"time": time, "level": level, "msg": " ".join(words), **fields}
def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r
def pluck(records, *keys):
    for r in records:
        yield tuple(r.get(k) for k in keys)
records = list(parse(lines(LOG)))
print(len(records))
for r in where(records, level="ERROR"):
    print(r)
print(list(pluck(where(records, msg="request"), "path", "status", "ms")))
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def moving_average(values, n):
    for w in window(values, n):
        yield round(sum(w) / n, 2)
print(list(moving_average([1, 5, 2, 8, 3, 9, 4], 3)))
def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefgh", 3)))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1, 5, 2])))
def running(it):
    total = 0
    for x in it:
        total += x
        yield total
slow = [r["ms"] for r in records if "ms" in r]
print(slow, list(running(slow)), max(slow), sum(slow) / len(slow))
def group_consecutive(it, key):
    current_key, group = object(), []
    for x in it:
        k = key(x)
        if group and k != current_key:
            yield current_key, group
            group = []
        current_key = k
        group.append(x)
    if group:
        yield current_key, group
for lvl, grp in group_consecutive(records, lambda r: r["level"]):
    print(lvl, len(grp), [g["time"] for g in grp])
