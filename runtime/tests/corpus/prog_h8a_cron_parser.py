import re
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
DAYS = {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())}
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *"}

class CronError(ValueError):
    pass

def parse_field(text, name, lo, hi):
    names = MONTHS if name == "month" else DAYS if name == "weekday" else {}
    def num(tok):
        t = tok.lower()
        if t in names:
            return names[t]
        if not t.isdigit():
            raise CronError(f"{name}: bad value {tok!r}")
        v = int(t)
        if name == "weekday" and v == 7:
            v = 0
        if not lo <= v <= hi:
            raise CronError(f"{name}: {v} out of range {lo}-{hi}")
        return v
    result = set()
    for part in text.split(","):
        m = re.fullmatch(r"(\*|[\w]+(?:-[\w]+)?)(?:/(\d+))?", part)
        if not m:
            raise CronError(f"{name}: cannot parse {part!r}")
        rng, step = m.group(1), int(m.group(2) or 1)
        if step == 0:
            raise CronError(f"{name}: step must be positive")
        if rng == "*":
            a, b = lo, hi
        elif "-" in rng:
            a, b = map(num, rng.split("-"))
            if a > b:
                raise CronError(f"{name}: reversed range {rng}")
        else:
            a = num(rng)
            b = hi if m.group(2) else a
        result.update(range(a, b + 1, step))
    return sorted(result)

def parse(expr):
    expr = ALIASES.get(expr.strip(), expr)
    parts = expr.split()
    if len(parts) != 5:
        raise CronError(f"expected 5 fields, got {len(parts)}")
    return {name: parse_field(p, name, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}

def matches(spec, dt):
    wd = (dt.weekday() + 1) % 7
    return (dt.minute in spec["minute"] and dt.hour in spec["hour"] and dt.month in spec["month"]
            and dt.day in spec["day"] and wd in spec["weekday"])

def next_runs(spec, start, n):
    t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    out = []
    limit = start + timedelta(days=800)
    while len(out) < n and t < limit:
        if t.month not in spec["month"]:
            y, mth = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
            t = datetime(y, mth, 1)
            continue
        if t.day not in spec["day"] or (t.weekday() + 1) % 7 not in spec["weekday"]:
            t = (t + timedelta(days=1)).replace(hour=0, minute=0)
            continue
        if t.hour not in spec["hour"]:
            t = (t + timedelta(hours=1)).replace(minute=0)
            continue
        if t.minute in spec["minute"]:
            out.append(t)
        t += timedelta(minutes=1)
    return out

def describe(spec):
    def rng(vals, lo, hi):
        if vals == list(range(lo, hi + 1)):
            return "every"
        if len(vals) > 6:
            return f"{len(vals)} values {vals[0]}..{vals[-1]}"
        return ",".join(map(str, vals))
    return "; ".join(f"{n}={rng(spec[n], lo, hi)}" for n, lo, hi in FIELDS)

start = datetime(2024, 2, 27, 13, 47, 30)
print("now:", start.strftime("%a %Y-%m-%d %H:%M:%S"))
EXPRS = ["*/15 9-17 * * mon-fri", "0 0 29 2 *", "30 2 1,15 * *", "@hourly", "@weekly", "5 4 * * sun",
         "0 12 * jan,jul *", "0-10/5 */6 * * *", "0 0 31 * *", "* * * * *",
         "61 * * * *", "* * *", "*/0 * * * *", "5-1 * * * *", "0 0 * * 8", "0 0 * foo *"]
for e in EXPRS:
    print(f"\n[{e}]")
    try:
        spec = parse(e)
    except CronError as err:
        print("  error:", err)
        continue
    print("  ", describe(spec))
    for t in next_runs(spec, start, 4):
        delta = t - start
        print(f"   {t:%a %Y-%m-%d %H:%M}  (+{delta.days}d {delta.seconds // 3600:02d}h{delta.seconds % 3600 // 60:02d}m)  match={matches(spec, t)}")
