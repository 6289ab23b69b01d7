import calendar
import random
from datetime import date, datetime, timedelta, time, timezone
from decimal import Decimal, ROUND_HALF_UP
from collections import defaultdict, Counter
from itertools import groupby

rng = random.Random(909)
HOLIDAYS = {date(2023, 1, 2), date(2023, 4, 7), date(2023, 4, 10), date(2023, 5, 1), date(2023, 5, 29),
            date(2023, 8, 28), date(2023, 12, 25), date(2023, 12, 26)}


def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if is_business_day(d):
            n -= step
    return d


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))


def last_business_day(y, m):
    d = date(y, m, calendar.monthrange(y, m)[1])
    while not is_business_day(d):
        d -= timedelta(days=1)
    return d


print("Pay dates 2023:")
for m in range(1, 13):
    pd = last_business_day(2023, m)
    bd = sum(1 for day in range(1, calendar.monthrange(2023, m)[1] + 1) if is_business_day(date(2023, m, day)))
    print(f"  {calendar.month_abbr[m]} {pd.isoformat()} {pd:%a} business days={bd:2d} quarter=Q{(m - 1) // 3 + 1}")

print(add_business_days(date(2023, 4, 6), 1), add_business_days(date(2023, 12, 22), 3), add_business_days(date(2023, 1, 3), -1))
print([str(add_months(date(2023, 1, 31), k)) for k in range(0, 14, 1)][:6], add_months(date(2024, 2, 29), 12), add_months(date(2023, 3, 15), -15))

# timesheets
RATE = {"ana": Decimal("42.50"), "ben": Decimal("38.00"), "cho": Decimal("55.25")}
sheets = []
for who in RATE:
    d = date(2023, 3, 1)
    while d.month == 3:
        if is_business_day(d) and rng.random() > 0.1:
            start = datetime.combine(d, time(rng.choice([7, 8, 9]), rng.choice([0, 15, 30, 45])))
            end = start + timedelta(hours=rng.randint(6, 10), minutes=rng.choice([0, 10, 20, 30, 40, 50]))
            sheets.append((who, start, end))
        d += timedelta(days=1)
print("timesheet rows:", len(sheets))


def week_key(row):
    return row[0], row[1].isocalendar()[1]


totals = defaultdict(Decimal)
for (who, wk), rows in groupby(sorted(sheets, key=week_key), key=week_key):
    rows = list(rows)
    worked = sum((e - s for _, s, e in rows), timedelta())
    hours = Decimal(worked.total_seconds()) / 3600
    regular = min(hours, Decimal(40))
    overtime = hours - regular
    pay = (regular * RATE[who] + overtime * RATE[who] * Decimal("1.5")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    totals[who] += pay
    print(f"{who} W{wk:02d} days={len(rows)} worked={str(worked):>15} h={hours:6.2f} ot={overtime:5.2f} pay={pay:>9,}")
for who, amt in sorted(totals.items()):
    print(f"{who:>5}: {amt:>10,.2f}")

# weekday distribution of starts and late arrivals
starts = Counter(s.strftime("%A") for _, s, _ in sheets)
print([(calendar.day_name[i], starts[calendar.day_name[i]]) for i in range(5)])
late = [(w, s.date()) for w, s, _ in sheets if s.time() > time(9, 0)]
print("late:", len(late), late[:3])

# ordinal/iso calendar trips
d = date(2023, 3, 14)
print(d.toordinal(), date.fromordinal(d.toordinal() + 100), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.ctime())
print(d.replace(day=1) - timedelta(days=1), (d - date(2023, 1, 1)).days + 1, d.timetuple().tm_yday, date(2023, 12, 31).isocalendar().week)
print(date.fromisocalendar(2023, 1, 1), date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar())
print(calendar.monthcalendar(2023, 4))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 4, w=3))
for wk in calendar.Calendar().monthdatescalendar(2023, 5)[:2]:
    print([f"{x:%m/%d}" + ("*" if x in HOLIDAYS else "") for x in wk])
print([len(calendar.Calendar().monthdays2calendar(2023, m)) for m in range(1, 13)])
print(calendar.TextCalendar().formatweek(calendar.Calendar().monthdays2calendar(2023, 7)[0], 3))

# durations and negative timedeltas
tds = [timedelta(hours=-1), timedelta(days=-1, seconds=1), timedelta(microseconds=-1), timedelta(days=400, hours=25, milliseconds=1500)]
for td in tds:
    print(str(td), repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(td))
print(timedelta(hours=8) * 5 / 3, timedelta(days=1) / timedelta(hours=7), timedelta(days=1) % timedelta(hours=7), round(timedelta(seconds=7.4)) if False else "")
print(timedelta(hours=1.5), timedelta(minutes=0.5), timedelta(days=0.1) == timedelta(hours=2.4), min(tds), max(tds), sorted(tds)[1])
shift = datetime(2023, 3, 31, 22, 0, tzinfo=timezone(timedelta(hours=2)))
print(shift.astimezone(timezone.utc), shift.utcoffset(), shift.date(), shift.timetz(), (shift + timedelta(hours=3)).strftime("%d %H:%M %z"))
print(datetime(2023, 3, 1) - datetime(2023, 2, 1), datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2023, 1, 1) < datetime(2023, 1, 1, 0, 0, 1))
try:
    date(2023, 1, 1) < datetime(2023, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    add_months(date(2023, 1, 31), 0).replace(month=2)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2023, 1, 1, tzinfo=timezone.utc) - datetime(2023, 1, 1)
except TypeError as e:
    print("TypeError:", e)
