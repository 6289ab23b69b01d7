import json
from datetime import date, datetime, time, timedelta, timezone
import calendar


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return {"__dt__": o.isoformat()}
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, timedelta):
            return {"__td__": o.total_seconds()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__dt__" in d:
        return datetime.fromisoformat(d["__dt__"])
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__td__" in d:
        return timedelta(seconds=d["__td__"])
    return d


start = datetime(2023, 3, 10, 9, 30)
meetings = []
for i in range(6):
    when = start + timedelta(days=i * 3, hours=i * 5, minutes=-i * 7)
    meetings.append({"id": i, "when": when, "len": timedelta(minutes=30 + 15 * i),
                     "tags": {"team", f"t{i % 3}"}, "day": when.date()})

blob = json.dumps(meetings, cls=Encoder, indent=1, sort_keys=True)
print(blob[:400])
back = json.loads(blob, object_hook=hook)
print(back[2])
print(back == [{**m, "tags": sorted(m["tags"])} for m in meetings])

for m in meetings:
    w = m["when"]
    end = w + m["len"]
    print(f"{m['id']}: {w:%a %d %b %Y %H:%M} -> {end:%H:%M} "
          f"({w.strftime('%j')}, wk {w.isocalendar()[1]}, {w.strftime('%I:%M %p')}) "
          f"{w.isoweekday()} {w.weekday()}")

d1 = date(2024, 2, 28)
for n in range(4):
    d = d1 + timedelta(days=n)
    print(d, d.strftime("%A %B %d, %y"), d.toordinal(), d.timetuple().tm_yday, calendar.isleap(d.year))

td = timedelta(days=-1, seconds=3661, microseconds=5)
print(td, repr(td), td.total_seconds(), abs(td), -td)
print(timedelta(hours=36) // timedelta(hours=5), timedelta(hours=36) % timedelta(hours=5))
print(timedelta(minutes=90) / 4, timedelta(weeks=1) * 1.5, timedelta(seconds=1) / timedelta(milliseconds=3))
print(timedelta(days=400, hours=25), timedelta(microseconds=-1), str(timedelta(0)))
print(divmod(timedelta(hours=50), timedelta(days=1)))

tz = timezone(timedelta(hours=5, minutes=30), "IST")
utc = datetime(2023, 12, 31, 22, 15, tzinfo=timezone.utc)
local = utc.astimezone(tz)
print(local, local.tzname(), local.utcoffset(), local.isoformat(timespec="minutes"))
print(utc == local, local - utc, local.replace(tzinfo=None) - utc.replace(tzinfo=None))
print(timezone(timedelta(hours=-3)), timezone.utc, repr(timezone(timedelta(hours=2))))
print(local.strftime("%Y-%m-%dT%H:%M:%S%z %Z"), utc.timestamp())
print(datetime.fromtimestamp(1700000000, tz=timezone.utc))
print(datetime.strptime("2023-07-04 18:05:09", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("04/Jul/2023:18:05:09 +0200", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.strptime("Tue Mar  7 2023", "%a %b %d %Y").date())
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)

print(datetime.combine(date(2020, 1, 1), time(23, 59, 59, 999999)) + timedelta(microseconds=1))
print(time(7, 5).isoformat(), time(7, 5, 3, 120).isoformat(), time(12).strftime("%H|%M|%S"))
print(datetime(2023, 1, 1).isoformat(sep=" "), datetime(2023, 1, 1, 1, 2, 3, 4500).isoformat())
print(date.fromisocalendar(2023, 1, 1), date(2023, 1, 1).isocalendar())
print(datetime.fromisoformat("2023-05-06T07:08:09.123+01:00"))
print(sorted([date(2023, 5, 1), date(2021, 1, 9), date(2022, 12, 31)]))
print(max(meetings, key=lambda m: m["len"])["id"], min(m["when"] for m in meetings))

# monthly calendar grid
cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.monthrange(2023, 2), calendar.weekday(2023, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(list(calendar.Calendar().itermonthdays(2023, 2))[:10])

def business_days(a, b):
    n = 0
    cur = a
    while cur < b:
        if cur.weekday() < 5:
            n += 1
        cur += timedelta(days=1)
    return n
print("business days:", business_days(date(2023, 1, 1), date(2023, 3, 1)))
age = date(2023, 6, 15) - date(1990, 8, 20)
print("age days:", age.days, "years approx:", age.days // 365)
print(json.dumps({"b": 1, "a": [1.5, True, None, "é"]}, sort_keys=True, separators=(",", ":")))
print(json.dumps({"b": 1, "a": "é"}, ensure_ascii=False, indent="\t"))
print(json.dumps({3: 1, 1.5: 2, True: 3, None: 4}))
print(json.loads('{"x": 1e400, "y": NaN, "z": -Infinity}', parse_float=str))
print(json.loads('[1, 2.50, "3"]', parse_int=float, parse_float=lambda s: "F" + s))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
