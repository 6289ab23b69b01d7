from datetime import date, datetime, timedelta, time, timezone
import calendar

start = date(2024, 1, 29)
print(start, start + timedelta(days=1), start + timedelta(days=31), start.weekday(), start.isoweekday())
print(start.isocalendar(), start.isoformat(), start.strftime("%A %d %B %Y"), start.ctime())
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(date.fromisoformat("2023-12-31"), date.fromordinal(738000), date(2023, 1, 1).toordinal())
print(date(2020, 2, 29).replace(year=2024), repr(date(2021, 5, 4)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)

dt = datetime(2023, 11, 5, 14, 30, 15, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"))
print(dt.strftime("%Y/%m/%d %H:%M:%S.%f %p %j %a %b %I"), dt.date(), dt.time())
print(dt + timedelta(hours=10, minutes=45), dt - timedelta(weeks=2, microseconds=1))
print(datetime.strptime("2022-07-04 09:15", "%Y-%m-%d %H:%M"))
print(datetime.strptime("03/Mar/2021:10:01:02", "%d/%b/%Y:%H:%M:%S"))
print(datetime.fromisoformat("2021-06-01T12:00:00"), datetime.fromisoformat("2021-06-01T12:00:00+02:00"))
print(datetime.combine(date(2020, 1, 1), time(8, 30)))
print(dt.replace(hour=0, minute=0, second=0, microsecond=0), dt.timetuple()[:6])

td = timedelta(days=2, hours=30, minutes=-5, seconds=3.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(seconds=-1), abs(timedelta(hours=-3)), timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // 7)
print(timedelta(minutes=90) * 1.5, timedelta(hours=5) % timedelta(hours=2), divmod(timedelta(hours=5), timedelta(hours=2)))
print(str(timedelta(microseconds=1)), str(timedelta(days=-1, seconds=5)), timedelta.max, timedelta.resolution)

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
aware = datetime(2023, 3, 10, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(est), aware.astimezone(timezone(timedelta(hours=5, minutes=30))))
print(aware.utcoffset(), est.utcoffset(None), est.tzname(None), aware.tzname(), repr(est), str(timezone(timedelta(hours=3))))
print(aware.timestamp(), datetime.fromtimestamp(1700000000, tz=utc))
print(aware == aware.astimezone(est), aware - datetime(2023, 3, 9, tzinfo=est))
try:
    aware - datetime(2023, 3, 9)
except TypeError as e:
    print("TypeError:", e)

# recurring meeting schedule
meetings = []
d = datetime(2024, 1, 31, 9, 0)
for i in range(6):
    meetings.append(d)
    month = d.month % 12 + 1
    year = d.year + (d.month == 12)
    day = min(31, calendar.monthrange(year, month)[1])
    d = d.replace(year=year, month=month, day=day)
for m in meetings:
    print(m.strftime("%a %Y-%m-%d %H:%M"), calendar.isleap(m.year))

def business_days(a, b):
    n = 0
    cur = a
    while cur < b:
        if cur.weekday() < 5:
            n += 1
        cur += timedelta(days=1)
    return n
print(business_days(date(2024, 1, 1), date(2024, 2, 1)))
print(calendar.monthrange(2024, 2), calendar.day_name[0], calendar.month_abbr[12], calendar.weekday(2000, 1, 1))
print(calendar.month(2024, 2))
ages = {"ann": date(1990, 6, 15), "bob": date(2000, 2, 29)}
today = date(2024, 6, 14)
for n, b in ages.items():
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(n, age)
print(sorted([datetime(2020, 1, 1), datetime(2019, 12, 31, 23, 59), datetime(2020, 1, 1, 0, 0, 1)]))
print(time(23, 59, 59, 999999), time(1, 2).isoformat(), time(13, 5).strftime("%I:%M %p"), time.fromisoformat("10:20:30"))
print(date.min, date.max, datetime(2000, 1, 1).weekday(), max(date(2020, 1, 1), date(2019, 1, 1)))
print(format(dt, "%H:%M"), f"{date(2024,1,5):%d.%m.%Y}", "{:%Y}".format(dt))
