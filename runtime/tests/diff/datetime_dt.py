# datetime: datetime objects, timezones, timestamps, formatting and parsing
import datetime as dtmod
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import time as _time


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(repr(d), str(d), d.year, d.hour, d.microsecond, d.tzinfo, d.fold, d.date(), d.time(), d.timetz())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)))
print(repr(datetime(2024, 1, 1, 0, 0, 0, 5)), repr(datetime(2024, 1, 1, fold=1)))
print(d.isoformat(), d.isoformat(' '), d.isoformat(timespec='minutes'), d.isoformat('T', 'milliseconds'))
print(datetime(2024, 1, 1).isoformat(), datetime(2024, 1, 1).isoformat(timespec='microseconds'), d.ctime())
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple(), d.timetuple().tm_yday)
print(d + timedelta(hours=10), d - timedelta(days=70), d - datetime(2024, 1, 1), datetime(2024, 1, 1) - d)
print(d + timedelta(microseconds=543211), timedelta(1) + d, d.replace(hour=0, microsecond=0), d.replace(tzinfo=UTC))
print(d > datetime(2024, 3, 10), d == datetime(2024, 3, 10, 14, 5, 9, 123456), hash(d) == hash(d.replace()))
print(datetime.combine(date(2020, 5, 6), time(7, 8)), datetime.combine(date(2020, 5, 6), time(7, tzinfo=UTC)))
print(datetime.min, datetime.max, datetime.resolution, d == d.date(), d.date() == d)
print(datetime.fromisoformat('2011-11-04'), datetime.fromisoformat('2011-11-04T00:05:23'))
print(repr(datetime.fromisoformat('2011-11-04 00:05:23.283+00:00')), repr(datetime.fromisoformat('2011-11-04T00:05:23Z')))
print(repr(datetime.fromisoformat('20111104T000523')), repr(datetime.fromisoformat('2011-W01-2T00:05:23.283')))
print(repr(datetime.fromisoformat('2011-11-04T00:05:23+04:00')), repr(datetime.fromisoformat('2011-11-04T00:05-05:30')))
print(d.strftime('%Y/%m/%d %H:%M:%S.%f %a %b %j %p %I %y %%'), f'{d:%d.%m.%Y %H:%M}', format(d, ''))
print(datetime.strptime('2024-03-10 14:05:09', '%Y-%m-%d %H:%M:%S'), datetime.strptime('10/Mar/24 2PM', '%d/%b/%y %I%p'))
print(repr(datetime.strptime('2024-03-10T14:05:09.5+0200', '%Y-%m-%dT%H:%M:%S.%f%z')), datetime.strptime('July 4 1976', '%B %d %Y'))
print(datetime.strptime('2024 100', '%Y %j'), datetime.strptime('Monday 2024-01-01', '%A %Y-%m-%d'))
show('strptime-mismatch', lambda: datetime.strptime('2024-03', '%Y-%m-%d'))
show('strptime-extra', lambda: datetime.strptime('2024-03-01x', '%Y-%m-%d'))
show('strptime-bad-directive', lambda: datetime.strptime('2024', '%Q'))
show('strptime-day', lambda: datetime.strptime('2023-02-30', '%Y-%m-%d'))

utc = timezone.utc
tz2 = timezone(timedelta(hours=2))
tzn = timezone(timedelta(hours=-5, minutes=-30), 'EST-ish')
for tz in [utc, tz2, tzn, timezone(timedelta(0)), timezone(timedelta(0), 'Z0'), timezone(timedelta(seconds=61)),
           timezone(timedelta(microseconds=1)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(UTC is utc, utc == timezone(timedelta(0)), tz2 == timezone(timedelta(hours=2), 'x'), hash(tz2) == hash(timezone(timedelta(hours=2))))
a = datetime(2024, 6, 1, 12, tzinfo=tz2)
print(repr(a), str(a), a.utcoffset(), a.tzname(), a.dst(), a.isoformat(), a.timestamp())
print(a.astimezone(utc), a.astimezone(tzn), repr(a.astimezone(tzn)), a == a.astimezone(utc), a - a.astimezone(tzn))
print(a.strftime('%z %Z %H'), datetime(2024, 6, 1, tzinfo=tzn).strftime('%z|%Z'), a.utctimetuple())
print(datetime(2024, 6, 1, 10, tzinfo=utc) == a, datetime(2024, 6, 1, 10, tzinfo=utc) < a, hash(a) == hash(a.astimezone(utc)))
print(a - datetime(2024, 1, 1, tzinfo=utc), a + timedelta(hours=20), datetime(2024, 6, 1) == a)
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, utc), datetime.fromtimestamp(-1.25, tz2))
print(repr(datetime.fromtimestamp(86400 * 365.25 * 30, tz=utc)), datetime.utcfromtimestamp(1234567890))
print(datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(2038, 1, 19, 3, 14, 8, tzinfo=utc).timestamp())
print(datetime(2000, 1, 1, tzinfo=utc).timestamp(), datetime(1900, 1, 1, 0, 0, 0, 1, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=utc).timestamp(), utc))
show('dt-naive-aware-cmp', lambda: datetime(2024, 1, 1) < a)
show('dt-naive-aware-sub', lambda: datetime(2024, 1, 1) - a)
show('dt-month', lambda: datetime(2024, 0, 1))
show('dt-hour', lambda: datetime(2024, 1, 1, 25))
show('dt-tz', lambda: datetime(2024, 1, 1, tzinfo='UTC'))
show('dt-iso-bad', lambda: datetime.fromisoformat('2024-01-01X'))
show('dt-iso-bad2', lambda: datetime.fromisoformat('nope'))
show('dt-iso-range', lambda: datetime.fromisoformat('2024-02-30T10:00'))
show('dt-overflow', lambda: datetime.max + timedelta(1))
show('dt-combine', lambda: datetime.combine(1, time()))
show('tz-bad', lambda: timezone(5))
show('tz-range', lambda: timezone(timedelta(hours=24)))
show('tz-name', lambda: timezone(timedelta(0), 3))
show('astz-bad', lambda: a.astimezone(5))
show('utcoffset-arg', lambda: utc.utcoffset(5))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return 'Fixed(%s)' % self.name


f = Fixed(9, 'JST')
b = datetime(2024, 1, 1, 9, tzinfo=f)
print(repr(b), b, b.utcoffset(), b.tzname(), b.dst(), b.astimezone(utc), b == datetime(2024, 1, 1, tzinfo=utc))
print(utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)), f.fromutc(datetime(2024, 1, 1, tzinfo=f)), b.timetuple().tm_isdst)
show('tzinfo-abstract', lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


show('tzinfo-bad', lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())


class MyDate(date):
    pass


class MyDT(datetime):
    def hello(self):
        return 'hi'


print(repr(MyDate(2020, 1, 1)), type(MyDate(2020, 1, 1) + timedelta(1)).__name__, MyDT(2020, 1, 1).hello())
print(repr(MyDT(2020, 1, 1, 5)), type(MyDT.fromisoformat('2020-01-01')).__name__, type(MyDT.fromtimestamp(0, utc)).__name__)
now = datetime.now()
print(type(now).__name__, now.tzinfo, abs(datetime.now(utc).timestamp() - _time.time()) < 5, date.today() >= date(2024, 1, 1))
print(datetime.now(utc).tzinfo, type(datetime.utcnow()).__name__, abs((datetime.utcnow() - datetime.now(utc).replace(tzinfo=None)).total_seconds()) < 5)
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.timezone.utc, sorted([datetime(2020, 1, 2), datetime(2020, 1, 1)]))
for f in [lambda: utc.tzname(5), lambda: utc.dst(5), lambda: utc.fromutc(5), lambda: utc.fromutc(datetime(2020, 1, 1)),
          lambda: tzinfo().tzname(None), lambda: tzinfo().dst(None), lambda: tzinfo().fromutc(5),
          lambda: tzinfo().fromutc(datetime(2020, 1, 1))]:
    show('tzerr', f)
