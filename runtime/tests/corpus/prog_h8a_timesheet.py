from datetime import datetime, date, time, timedelta
from itertools import groupby
from collections import defaultdict
import re

ENTRIES = """
alice 2024-03-04 09:02 17:31 lunch=45
alice 2024-03-05 08:55 18:10 lunch=30
bob   2024-03-04 22:00 06:15 lunch=0
alice 2024-03-06 09:00 12:00
bob   2024-03-05 21:45 06:00 lunch=20
carol 2024-03-04 07:30 16:00 lunch=60
alice 2024-03-08 10:15 19:45 lunch=30
carol 2024-03-06 07:30 19:30 lunch=30
bob   2024-03-09 10:00 14:00
carol 2024-03-11 08:00 16:30 lunch=30
alice 2024-03-11 09:00 17:00 lunch=60
bob   2024-03-12 23:00 07:30 lunch=30
"""
RX = re.compile(r"(?P<who>\w+)\s+(?P<day>[\d-]+)\s+(?P<start>\d\d:\d\d)\s+(?P<end>\d\d:\d\d)(?:\s+lunch=(?P<lunch>\d+))?")

shifts = []
for line in ENTRIES.strip().splitlines():
    m = RX.fullmatch(line.strip())
    d = date.fromisoformat(m["day"])
    s = datetime.combine(d, time.fromisoformat(m["start"]))
    e = datetime.combine(d, time.fromisoformat(m["end"]))
    if e <= s:
        e += timedelta(days=1)
    lunch = timedelta(minutes=int(m["lunch"] or 0))
    shifts.append((m["who"], s, e, lunch))

def hours(td):
    return td.total_seconds() / 3600

def night_hours(s, e):
    total = timedelta()
    cur = s
    while cur < e:
        nxt = min(e, cur + timedelta(minutes=15))
        if cur.hour >= 22 or cur.hour < 6:
            total += nxt - cur
        cur = nxt
    return total

shifts.sort(key=lambda t: (t[0], t[1]))
for who, group in groupby(shifts, key=lambda t: t[0]):
    print(f"== {who} ==")
    weekly = defaultdict(timedelta)
    for _, s, e, lunch in group:
        worked = e - s - lunch
        night = night_hours(s, e)
        iso = s.isocalendar()
        weekly[(iso[0], iso[1])] += worked
        print(f"  {s:%a %d %b} {s:%H:%M}-{e:%H:%M}{'+1' if e.date() > s.date() else '  '} "
              f"lunch {int(lunch.total_seconds() // 60):>2}m worked {str(worked):>8} ({hours(worked):5.2f}h) night {hours(night):4.2f}h")
    for (y, w), td in sorted(weekly.items()):
        ot = max(timedelta(), td - timedelta(hours=40))
        print(f"  week {y}-W{w:02d}: {hours(td):6.2f}h regular {hours(td - ot):6.2f}h overtime {hours(ot):5.2f}h")

print()
RATE = {"alice": 31.5, "bob": 28.0, "carol": 35.25}
grand = 0.0
print(f"{'name':<6}{'shifts':>7}{'hours':>8}{'pay':>11}")
for who in sorted(RATE):
    mine = [t for t in shifts if t[0] == who]
    total = sum((e - s - l for _, s, e, l in mine), timedelta())
    night = sum((night_hours(s, e) for _, s, e, _ in mine), timedelta())
    pay = hours(total) * RATE[who] + hours(night) * RATE[who] * 0.25
    grand += pay
    print(f"{who:<6}{len(mine):>7}{hours(total):>8.2f}{pay:>11,.2f}")
print(f"{'':<6}{'':>7}{'':>8}{grand:>11,.2f}")

days = sorted({s.date() for _, s, _, _ in shifts})
print("\ncoverage:")
d = days[0]
while d <= days[-1]:
    on = sorted(w for w, s, _, _ in shifts if s.date() == d)
    mark = "weekend" if d.weekday() >= 5 else ""
    print(f"  {d.isoformat()} {d:%a} {', '.join(on) or '-':<20} {mark}")
    d += timedelta(days=1)
late = [(w, s) for w, s, _, _ in shifts if s.time() > time(9, 0) and s.hour < 12]
print("late starts:", [(w, s.strftime("%m/%d %H:%M")) for w, s in late])
longest = max(shifts, key=lambda t: t[2] - t[1] - t[3])
print("longest shift:", longest[0], longest[1].isoformat(timespec="minutes"), longest[2] - longest[1] - longest[3])
print(timedelta(hours=8, minutes=29) // timedelta(minutes=15), divmod(timedelta(hours=9, minutes=40), timedelta(hours=1)))
