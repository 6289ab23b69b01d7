# datetime: timedelta, date, time — construction, reprs, arithmetic, errors
import datetime
from datetime import timedelta, date, time, datetime as dt, timezone, MINYEAR, MAXYEAR


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(MINYEAR, MAXYEAR)
for td in [timedelta(), timedelta(1), timedelta(seconds=1), timedelta(microseconds=1),
           timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25, minutes=61),
           timedelta(weeks=2, milliseconds=1500), timedelta(days=1.5), timedelta(seconds=0.1),
           timedelta(minutes=-0.5), timedelta(days=2, seconds=3, microseconds=4),
           timedelta(hours=-49.25), timedelta.max, timedelta.min, timedelta.resolution]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(days=1, hours=2)
b = timedelta(hours=5, seconds=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 0.5, a / 2, a / b, a // b, a % b)
print(divmod(a, b), a // 3, a / 3, b / 1.5, a > b, a == timedelta(hours=26), a != b, bool(timedelta()))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), sorted([a, b, timedelta(0)]))
print(timedelta(microseconds=1) / 3, timedelta(microseconds=2) / 3, timedelta(microseconds=5) * 0.5)
show('td-big', lambda: timedelta(days=1000000000))
show('td-str', lambda: timedelta('1'))
show('td-div0', lambda: a / 0)
show('td-floordiv0', lambda: a // timedelta(0))
show('td-max-over', lambda: timedelta.max + timedelta(1))
print(a == 1, a != 'x')

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar())
print(d.isocalendar().week, d.toordinal(), date.fromordinal(738945), d.ctime(), d.timetuple())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), timedelta(7) + d)
print(d.replace(day=1), d.replace(year=2023, day=28), date.min, date.max, date.resolution)
print(date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'), date.fromisoformat('2021-W01-1'))
print(date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar())
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d != date(2024, 2, 28), max(d, date(2030, 1, 1)))
print(hash(d) == hash(date(2024, 2, 29)), {d: 1}[date(2024, 2, 29)], date(2024, 1, 1) == dt(2024, 1, 1))
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %% %H:%M:%S %p %G-W%V-%u'), format(d, '%d/%m/%Y'), f'{d}')
print(d.strftime('%c | %x | %X | %I'), '{:%b %d}'.format(d))
for y in [1, 4, 100, 400, 1900, 2000, 2023, 9999]:
    for md in [(1, 1), (2, 28), (12, 31)]:
        x = date(y, *md)
        print(x, x.toordinal(), x.weekday(), tuple(x.isocalendar()), date.fromordinal(x.toordinal()) == x, end='; ')
    print()
show('date-month', lambda: date(2024, 13, 1))
show('date-day', lambda: date(2023, 2, 29))
show('date-year', lambda: date(0, 1, 1))
show('date-year-big', lambda: date(10000, 1, 1))
show('date-float', lambda: date(2024.0, 1, 1))
show('date-str', lambda: date('2024', 1, 1))
show('date-iso-bad', lambda: date.fromisoformat('2024-1-5'))
show('date-iso-bad2', lambda: date.fromisoformat('hello'))
show('date-iso-type', lambda: date.fromisoformat(20240101))
show('date-ord0', lambda: date.fromordinal(0))
show('date-overflow', lambda: date.max + timedelta(1))
show('date-cmp-dt', lambda: d < dt(2024, 1, 1))
show('isocal-bad', lambda: date.fromisocalendar(2021, 53, 1))
show('isocal-bad2', lambda: date.fromisocalendar(2021, 5, 8))

t = time(13, 5, 9, 250)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), repr(time(5, fold=1)))
print(t.isoformat(), t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('seconds'), t.isoformat('milliseconds'))
print(time(1, 2).isoformat('microseconds'), t.replace(hour=1), t.replace(microsecond=0), time.min, time.max)
print(time.fromisoformat('12:34'), time.fromisoformat('12:34:56.123'), time.fromisoformat('12:34:56.123456+05:30'))
print(repr(time.fromisoformat('T1234')), time.fromisoformat('12:00Z'), time.fromisoformat('01:02:03,5'))
print(t < time(14), t == time(13, 5, 9, 250), hash(t) == hash(time(13, 5, 9, 250)), t.strftime('%H|%I|%M|%S|%f|%p|%Y'))
tz = timezone(timedelta(hours=2))
ta = time(12, tzinfo=tz)
print(repr(ta), str(ta), ta.utcoffset(), ta.tzname(), ta.dst(), ta == time(10, tzinfo=timezone.utc), ta.strftime('%z %Z'))
show('time-hour', lambda: time(24))
show('time-minute', lambda: time(1, 60))
show('time-second', lambda: time(1, 1, 60))
show('time-us', lambda: time(1, 1, 1, 1000000))
show('time-fold', lambda: time(1, fold=2))
show('time-tz', lambda: time(1, tzinfo=5))
show('time-cmp-mixed', lambda: ta < time(1))
show('time-iso-bad', lambda: time.fromisoformat('25:00'))
show('time-iso-bad2', lambda: time.fromisoformat('1'))
show('time-timespec', lambda: t.isoformat('nanos'))
print(ta == time(12), time(12) == ta)
# big-int true division must round once (timedelta.total_seconds relies on it)
print(-86399999913600000000 / 10**6, 10**400 / 10**399, 1 / 10**400, -(2**70) / 7, 0 / -10**30)
print((2**60 + 1) / 2**7, (10**22 + 1) / 10**6, 999999999 * 86400 * 10**6 / 10**6)
