from datetime import date, datetime, time, timedelta, timezone
import calendar

start = date(2024, 1, 29)
print(start, start.isoformat(), start.weekday(), start.isoweekday(), start.isocalendar())
for months in range(1, 13):
    y, m = divmod(start.month - 1 + months, 12)
    y += start.year
    m += 1
    day = min(start.day, calendar.monthrange(y, m)[1])
    d = date(y, m, day)
    print(f"+{months:2d} months: {d} {d:%a} day-of-year={d.timetuple().tm_yday:3d} week={d.isocalendar()[1]:2d}")

print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(date.fromisoformat("2024-07-04").strftime("%A, %B %d, %Y (%j) %U %W"))
print(date.fromordinal(738000), date(2024, 1, 1).toordinal())

td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, microseconds=1500)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), timedelta(seconds=-1), -timedelta(days=1, seconds=1), abs(timedelta(hours=-3)))
print(timedelta(days=7) / timedelta(hours=1), timedelta(days=7) // timedelta(hours=5), timedelta(days=7) % timedelta(hours=5))
print(timedelta(hours=1) * 2.5, timedelta(hours=3) / 4, timedelta(minutes=10) // 3, timedelta(weeks=2, days=-1))
print(timedelta(microseconds=1) * 1000000 == timedelta(seconds=1), timedelta(0) == timedelta(), bool(timedelta(0)))
print(timedelta(days=999999999).days, timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError:", e)

dt = datetime(2024, 3, 10, 1, 30, 15, 250000)
print(dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.isoformat(timespec="milliseconds"))
print(dt.date(), dt.time(), dt.replace(hour=23, microsecond=0), dt.timetuple()[:6])
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %y %b %B %a %A %w %%"))
print(datetime.strptime("2024-02-29 23:59:59", "%Y-%m-%d %H:%M:%S") + timedelta(seconds=1))
print(datetime.strptime("03/15/24 07:05 PM", "%m/%d/%y %I:%M %p"))
print(datetime.strptime("Mon, 01 Jul 2024", "%a, %d %b %Y").date())
print(datetime.fromisoformat("2024-05-06T07:08:09.123456"), datetime.fromisoformat("2024-05-06 07:08"))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
for tz in (utc, est, ist):
    loc = a.astimezone(tz)
    print(loc, loc.tzname(), loc.utcoffset(), loc.strftime("%H:%M %z %Z"), loc == a)
print(datetime(2024, 6, 1, 7, 0, tzinfo=est) - datetime(2024, 6, 1, 12, 0, tzinfo=utc))
print(repr(est), repr(utc), str(ist), timezone(timedelta(0)))
print(datetime.fromtimestamp(1700000000, tz=utc), datetime(2024, 1, 1, tzinfo=utc).timestamp())

# meeting scheduler: every weekday at 9:30, skipping holidays
holidays = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
cur = datetime.combine(date(2024, 12, 20), time(9, 30))
made = 0
while made < 10:
    if cur.weekday() < 5 and cur.date() not in holidays:
        end = cur + timedelta(minutes=45)
        print(f"{cur:%a %d %b} {cur:%H:%M}-{end:%H:%M}")
        made += 1
    cur += timedelta(days=1)

shifts = [(time(22, 0), time(6, 0)), (time(9, 0), time(17, 30)), (time(12, 15), time(12, 45))]
for s, e in shifts:
    ds = datetime.combine(date.min, s)
    de = datetime.combine(date.min, e)
    if de <= ds:
        de += timedelta(days=1)
    print(f"{s:%H:%M}-{e:%H:%M} = {de - ds} ({(de - ds).total_seconds() / 3600:.2f}h)")
print(time(13, 5, 7, 89).isoformat(), time(1, 2).strftime("%I:%M %p"), time.max, time(12) < time(12, 0, 1))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2))
print(calendar.month_name[1:4], calendar.day_abbr[0], calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
