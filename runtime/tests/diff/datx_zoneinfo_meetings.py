import random
from datetime import datetime, timedelta, time, date, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from collections import defaultdict

rng = random.Random(2468)
OFFICES = {
    "Oslo": ZoneInfo("Europe/Oslo"),
    "New York": ZoneInfo("America/New_York"),
    "Sydney": ZoneInfo("Australia/Sydney"),
    "Kolkata": ZoneInfo("Asia/Kolkata"),
    "Sao Paulo": ZoneInfo("America/Sao_Paulo"),
}
for name, tz in OFFICES.items():
    jan = datetime(2023, 1, 15, 12, tzinfo=tz)
    jul = datetime(2023, 7, 15, 12, tzinfo=tz)
    print(f"{name:<10} {tz!s:<20} Jan {jan:%z %Z} dst={jan.dst()}  Jul {jul:%z %Z} dst={jul.dst()}")

# DST transitions found by scanning each hour of 2023 in UTC
for name, tz in OFFICES.items():
    t = datetime(2023, 1, 1, tzinfo=timezone.utc)
    prev = t.astimezone(tz).utcoffset()
    changes = []
    while t.year == 2023:
        off = t.astimezone(tz).utcoffset()
        if off != prev:
            local = t.astimezone(tz)
            changes.append(f"{local:%m-%d %H:%M} {prev} -> {off}")
            prev = off
        t += timedelta(hours=1)
    print(name, changes or "no DST")

# wall-clock edge cases
ny = OFFICES["New York"]
gap = datetime(2023, 3, 12, 2, 30, tzinfo=ny)
print("gap:", gap, gap.replace(fold=1), gap.astimezone(timezone.utc), gap.replace(fold=1).astimezone(timezone.utc))
amb = datetime(2023, 11, 5, 1, 30, tzinfo=ny)
for f in (0, 1):
    a = amb.replace(fold=f)
    print("ambiguous fold", f, a.isoformat(), a.tzname(), a.astimezone(timezone.utc).isoformat())
u = datetime(2023, 11, 5, 5, 45, tzinfo=timezone.utc)
for k in range(4):
    loc = (u + timedelta(minutes=30 * k)).astimezone(ny)
    print("  utc->ny", loc.isoformat(), "fold", loc.fold, loc.tzname())
print("same wall, different instants:", amb == amb.replace(fold=1), amb.timestamp() != amb.replace(fold=1).timestamp())
print("day length across DST:", datetime(2023, 3, 13, tzinfo=ny).astimezone(timezone.utc) - datetime(2023, 3, 12, tzinfo=ny).astimezone(timezone.utc),
      datetime(2023, 11, 6, tzinfo=ny).astimezone(timezone.utc) - datetime(2023, 11, 5, tzinfo=ny).astimezone(timezone.utc))

# find weekly meeting slots inside everyone's 08:00-18:00 for a few weeks
def working(dt_utc):
    for tz in OFFICES.values():
        l = dt_utc.astimezone(tz)
        if l.weekday() >= 5 or not time(8) <= l.time() < time(18):
            return False
    return True


def overlaps(offices, day):
    start = datetime.combine(day, time(0), timezone.utc)
    slots = []
    for half in range(48):
        t = start + timedelta(minutes=30 * half)
        ok = True
        for n in offices:
            l = t.astimezone(OFFICES[n])
            if l.weekday() >= 5 or not time(8) <= l.time() < time(18):
                ok = False
                break
        if ok:
            slots.append(t)
    return slots


for day in [date(2023, 3, 8), date(2023, 3, 15), date(2023, 4, 5), date(2023, 10, 4), date(2023, 11, 8)]:
    s = overlaps(["Oslo", "New York", "Sao Paulo"], day)
    rng_text = f"{s[0]:%H:%M}-{s[-1] + timedelta(minutes=30):%H:%M} UTC ({len(s) / 2:.1f}h)" if s else "none"
    print(day, "Oslo/NY/SP:", rng_text, "| all five:", len(overlaps(list(OFFICES), day)))

# flights: departure local, duration -> arrival local
FLIGHTS = [("Oslo", "New York", datetime(2023, 3, 25, 17, 40), timedelta(hours=8, minutes=35)),
           ("New York", "Sao Paulo", datetime(2023, 11, 4, 23, 55), timedelta(hours=9, minutes=50)),
           ("Sydney", "Kolkata", datetime(2023, 4, 2, 1, 30), timedelta(hours=12, minutes=5)),
           ("Kolkata", "Oslo", datetime(2023, 10, 28, 22, 15), timedelta(hours=11))]
for src, dst, dep, dur in FLIGHTS:
    d = dep.replace(tzinfo=OFFICES[src])
    arr = (d.astimezone(timezone.utc) + dur).astimezone(OFFICES[dst])
    print(f"{src:>9} {d:%a %d %b %H:%M %Z} -> {dst:<9} {arr:%a %d %b %H:%M %Z} (+{(arr.date() - d.date()).days}d)")

# log lines stamped in local time, bucketed by UTC hour
bucket = defaultdict(int)
for i in range(60):
    office = rng.choice(sorted(OFFICES))
    local = datetime(2023, 10, 29, rng.randint(0, 23), rng.randint(0, 59), tzinfo=OFFICES[office], fold=rng.randint(0, 1))
    bucket[local.astimezone(timezone.utc).strftime("%d %H:00")] += 1
for k in sorted(bucket)[:10]:
    print(k, "#" * bucket[k])
for key in ["Mars/Olympus", "../etc", "Europe/Oslo"]:
    try:
        print(repr(ZoneInfo(key)), ZoneInfo(key) is OFFICES["Oslo"])
    except ZoneInfoNotFoundError as e:
        print("not found:", e)
    except ValueError as e:
        print("bad key:", e)
print(ZoneInfo("UTC").utcoffset(None), OFFICES["Oslo"].utcoffset(None), datetime(2023, 6, 1, tzinfo=ZoneInfo("UTC")).isoformat())
