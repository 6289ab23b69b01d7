"""Date puzzles using datetime and calendar."""
import calendar
from datetime import date, datetime, timedelta, time
from collections import Counter

EVENTS = """\
2023-01-15 09:30 standup
2023-02-28 17:45 release
2024-02-29 12:00 leapday
2023-12-31 23:59 newyear
2000-01-01 00:00 y2k
1969-07-20 20:17 moon
"""


def sundays_on_first(start_year, end_year):
    return sum(1 for y in range(start_year, end_year + 1) for m in range(1, 13)
               if date(y, m, 1).weekday() == calendar.SUNDAY)


def friday13(year):
    return [date(year, m, 13) for m in range(1, 13) if date(year, m, 13).weekday() == 4]


def easter(year):
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def last_weekday_of_month(year, month, weekday):
    last = calendar.monthrange(year, month)[1]
    d = date(year, month, last)
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def age(born, on):
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years


def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


if __name__ == "__main__":
    print("sundays on the 1st in 1901..2000:", sundays_on_first(1901, 2000))
    for y in (2015, 2023, 2024, 2026):
        print(y, "Friday 13ths:", ", ".join(d.strftime("%b %d") for d in friday13(y)),
              "leap" if calendar.isleap(y) else "common")
    print("leap years 1900-2024:", calendar.leapdays(1900, 2025))
    for y in (1961, 2000, 2008, 2019, 2024, 2038):
        e = easter(y)
        print(f"Easter {y}: {e.isoformat()} ({e:%A}), day {e.timetuple().tm_yday}, week {e.isocalendar()[1]}")
    for y in (2022, 2023, 2024):
        print("Memorial day", last_weekday_of_month(y, 5, calendar.MONDAY),
              "Thanksgiving", [d for d in (date(y, 11, i) for i in range(1, 31)) if d.weekday() == 3][3])

    rows = []
    for line in EVENTS.splitlines():
        stamp, name = line[:16], line[17:]
        dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
        rows.append((dt, name))
    rows.sort()
    ref = datetime(2024, 6, 1, 12, 0)
    for dt, name in rows:
        delta = ref - dt
        print(f"{name:<8} {dt:%Y-%m-%d %H:%M %a} {dt.strftime('%j %U %p %I')} "
              f"{delta.days:>6}d {delta.seconds // 3600:>2}h  {delta.total_seconds():>14,.0f}s")
    print(Counter(dt.strftime("%A") for dt, _ in rows).most_common(2))
    print(repr(timedelta(days=1, seconds=5, microseconds=7)), timedelta(hours=-1), timedelta(weeks=3) / 7)
    print(timedelta(days=400) // timedelta(days=7), timedelta(days=400) % timedelta(days=7))
    print(age(date(1990, 2, 28), date(2024, 2, 27)), age(date(1990, 2, 28), date(2024, 2, 28)))
    print("business days Q1 2024:", business_days(date(2024, 1, 1), date(2024, 4, 1)))
    print(date(2024, 3, 10).replace(day=31) - date(2024, 1, 1), date.fromordinal(738000), date(2024, 1, 1).toordinal())
    print(datetime.combine(date(2024, 5, 5), time(6, 30, 15)).isoformat(sep=" "), time(23, 5).strftime("%H:%M:%S"))
    print(datetime(2024, 1, 31) + timedelta(days=30), date.fromisoformat("2023-10-09").isoweekday())
    print(date(2020, 1, 1) < date(2020, 1, 2), max(date(2020, 5, 1), date(2019, 12, 31)))
    cal = calendar.TextCalendar(calendar.MONDAY)
    print(cal.formatmonth(2024, 2))
    print(calendar.month(2023, 12, w=3))
    print(calendar.weekheader(3), list(calendar.day_abbr)[:3], calendar.month_name[9])
    print(calendar.monthcalendar(2024, 9)[0], calendar.weekday(2024, 9, 1))
    try:
        date(2023, 2, 29)
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        datetime.strptime("2023-13-01", "%Y-%m-%d")
    except ValueError as exc:
        print("ValueError:", exc)
