import random
import calendar
from datetime import datetime, date, time, timedelta, timezone
from collections import defaultdict, OrderedDict, deque
from itertools import groupby, accumulate, pairwise

rng = random.Random(77)
start = datetime(2023, 1, 28, 6, 30)
events = []
t = start
for i in range(150):
    t += timedelta(minutes=rng.randrange(5, 600), seconds=rng.randrange(60))
    events.append((t, rng.choice(["login", "purchase", "refund", "view", "view"]), round(rng.uniform(1, 250), 2)))

RAW = "\n".join(f"{ts.strftime('%Y-%m-%d %H:%M:%S')},{kind},{amt}" for ts, kind, amt in events)

parsed = []
for line in RAW.splitlines():
    ts_s, kind, amt = line.split(",")
    parsed.append((datetime.strptime(ts_s, "%Y-%m-%d %H:%M:%S"), kind, float(amt)))
assert [p[0] for p in parsed] == [e[0] for e in events]
print("first:", parsed[0][0].isoformat(), "last:", parsed[-1][0].isoformat(sep=" ", timespec="minutes"))
span = parsed[-1][0] - parsed[0][0]
print("span:", span, span.days, span.seconds, span.total_seconds())

# weekday buckets
wd = defaultdict(int)
for ts, kind, amt in parsed:
    wd[ts.weekday()] += 1
for d in range(7):
    print(f"{calendar.day_name[d]:<10}{calendar.day_abbr[d]:>4} {wd[d]:>3} {'=' * wd[d]}")

# daily totals with gaps filled
daily = OrderedDict()
for day, grp in groupby(parsed, key=lambda e: e[0].date()):
    daily[day] = sum(a for _, k, a in grp if k == "purchase")
d = min(daily)
while d <= max(daily):
    v = daily.get(d, 0.0)
    print(d.isoformat(), d.strftime("%a %d %b"), f"{v:9.2f}", d.isocalendar()[1], d.timetuple().tm_yday)
    d += timedelta(days=1)

# weekly (ISO week) rollup
weekly = defaultdict(list)
for ts, kind, amt in parsed:
    y, w, _ = ts.isocalendar()
    weekly[(y, w)].append(amt)
for (y, w), amts in sorted(weekly.items()):
    monday = date.fromisocalendar(y, w, 1)
    print(f"{y}-W{w:02d} from {monday} n={len(amts):3d} sum={sum(amts):10.2f}")

# moving average over last 5 purchases
win = deque(maxlen=5)
for ts, kind, amt in parsed:
    if kind != "purchase":
        continue
    win.append(amt)
    if len(win) == 5:
        print(ts.strftime("%H:%M"), f"{sum(win) / len(win):.3f}", list(win)[-1])
        if ts.day > 3:
            break

# gaps between consecutive events
gaps = [(b[0] - a[0]) for a, b in pairwise(parsed)]
print("max gap:", max(gaps), "min gap:", min(gaps), "avg:", sum(gaps, timedelta()) / len(gaps))
print("gaps > 8h:", sum(g > timedelta(hours=8) for g in gaps))
print("cumulative:", [round(x, 1) for x in accumulate(a for _, _, a in parsed[:6])])

# month calendar & month ends
cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2023, 2))
for m in range(1, 13):
    print(calendar.month_abbr[m], calendar.monthrange(2023, m), end="; ")
print()
print(calendar.isleap(2024), calendar.leapdays(2000, 2024), calendar.weekday(2023, 3, 1))

# timezone conversions
utc = parsed[10][0].replace(tzinfo=timezone.utc)
est = utc.astimezone(timezone(timedelta(hours=-5), "EST"))
ist = utc.astimezone(timezone(timedelta(hours=5, minutes=30)))
print(utc.isoformat(), est.isoformat(), ist.isoformat(), est.tzname(), ist.tzname())
print(est.strftime("%Y-%m-%d %I:%M %p %Z %z"), utc == est, utc.timestamp())
print(datetime.fromisoformat("2023-02-14T09:15:00+01:00").astimezone(timezone.utc))
print(datetime.combine(date(2023, 2, 28), time(23, 59, 59)) + timedelta(seconds=1))
print(date(2023, 1, 31) + timedelta(days=29), date(2024, 3, 1) - date(2023, 3, 1))
print(timedelta(days=-1, hours=3), repr(timedelta(hours=27, microseconds=5)), timedelta(weeks=1) // timedelta(hours=5))
print(divmod(timedelta(hours=50), timedelta(days=1)), timedelta(minutes=90) / 60, abs(timedelta(seconds=-30)))
print(datetime(2023, 5, 7).strftime("%j %U %W %w %y %B %A"), date.today() > date(2000, 1, 1))
print(time(7, 5, 3, 120).isoformat(), time(7, 5).strftime("%H.%M"), datetime.min, date.max)
