import datetime as dt
import pickle, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# timedelta
for args in [(), (1,), (0, 1), (0, 0, 1), (1, 2, 3), (-1,), (0, -1), (0, 0, -1),
             (1.5,), (0, 1.25), (0, 0, 0.5), (0, 0, 1.5), (0, 0, 2.5), (-1.5, 3.7, 2.2)]:
    td = timedelta(*args)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
print(timedelta(weeks=2, days=-3, hours=5, minutes=-7, milliseconds=1234))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
show(timedelta, 'x')
show(timedelta, hours='1')
show(timedelta, float('nan'))
show(timedelta, float('inf'))
show(timedelta, 1000000000)
show(timedelta, -1000000000)
show(lambda: timedelta.max + timedelta(1))
a, b = timedelta(hours=5, seconds=7), timedelta(minutes=3, microseconds=11)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.3, a / 3, a / 0.7, a / b, a // b,
      a // 7, a % b, divmod(a, b), divmod(-a, b))
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == a, a == 5, a != 'x')
show(lambda: a < 3)
show(lambda: a / 0)
show(lambda: a // 0)
show(lambda: a / timedelta(0))
show(lambda: a // timedelta(0))
show(lambda: a % timedelta(0))
show(lambda: divmod(a, timedelta(0)))
show(lambda: a + 1)
show(lambda: a * 'x')
print(hash(timedelta(1, 2, 3)) == hash(timedelta(1, 2, 3)), hash(timedelta(0)) == hash(timedelta(0)))
print(timedelta(days=1) == timedelta(hours=24), {timedelta(hours=24): 1}[timedelta(1)])
print(pickle.loads(pickle.dumps(a)), copy.deepcopy(b), a.__reduce__())
class TD(timedelta):
    pass
print(repr(TD(1, 2)), type(TD(1) + TD(2)).__name__)
print(timedelta(microseconds=-1), timedelta(days=-1, seconds=1), timedelta(days=2, microseconds=5))
print(timedelta(seconds=1) * 1.5e-7, timedelta(seconds=1) * 2.5e-6, timedelta(1) / 3.0)

# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(),
      d.isocalendar().week, d.toordinal(), d.ctime(), d.isoformat(), d.timetuple())
print(date.fromordinal(1), date.fromordinal(3652059), date.fromordinal(738000))
show(date.fromordinal, 0)
show(date.fromordinal, 3652060)
for s in ['2024-02-29', '20240229', '2024-W09', '2024W09', '2024-W09-4', '2024W094', '2024-13-01',
          '2024-02-30', '2024-1-01', 'abcd', '2024-W54', '2020-W53-7', '2021-W53', '2024-W01-8']:
    show(date.fromisoformat, s)
show(date.fromisoformat, 5)
show(date.fromisocalendar, 2020, 53, 7)
show(date.fromisocalendar, 2021, 53, 1)
show(date.fromisocalendar, 2021, 0, 1)
show(date.fromisocalendar, 2021, 5, 0)
show(date.fromisocalendar, 0, 5, 1)
for args in [(0, 1, 1), (10000, 1, 1), (2023, 0, 1), (2023, 13, 1), (2023, 2, 29), (2023, 4, 31),
             (2023, 4, 0), ('2023', 1, 1), (2023.0, 1, 1), (None, 1, 1)]:
    show(date, *args)
show(date, 2023)
print(d.replace(day=1), d.replace(year=2025, day=28), d.replace())
show(d.replace, day=30)
show(d.replace, month=None)
print(d + timedelta(1), d - timedelta(60), timedelta(366) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d)
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: d + 1)
show(lambda: d - 1)
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2024, 3, 1), d != date(2024, 2, 28))
show(lambda: d < 5)
show(lambda: d < datetime(2024, 1, 1))
print(d == datetime(2024, 2, 29), datetime(2024, 2, 29) == d)
print(date.min, date.max, date.resolution)
print(d.strftime('%Y %m %d %a %A %b %B %j %U %W %G %V %u %w %y %C %e %%'))
print(format(d, '%d/%m/%Y'), format(d, ''), f'{d}', f'{d:%A}')
show(format, d, 5)
show(d.strftime, 5)
print(pickle.loads(pickle.dumps(d)), d.__reduce__(), copy.copy(d))
class D(date):
    pass
dd = D(2020, 5, 17)
print(repr(dd), type(dd + timedelta(1)).__name__, type(dd.replace(day=2)).__name__, type(D.fromordinal(5)).__name__)
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29), date(2024, 3, 1)}))
print(date(2005, 1, 1).isocalendar(), date(2008, 12, 29).isocalendar(), date(2010, 1, 3).isocalendar())
ic = date(2021, 1, 1).isocalendar()
print(ic, ic[0], ic.year, ic.weekday, tuple(ic), pickle.loads(pickle.dumps(ic)))

# time
t = time(13, 5, 9, 1234)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.dst(), t.tzname())
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(t.isoformat(spec), time(1, 2).isoformat(spec))
show(t.isoformat, 'bogus')
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)), repr(time(1, fold=1)))
tz5 = timezone(timedelta(hours=5, minutes=30))
tt = time(23, 0, tzinfo=tz5)
print(tt, repr(tt), tt.utcoffset(), tt.tzname(), tt.dst(), tt.isoformat())
print(time(5, tzinfo=timezone(timedelta(seconds=-3661, microseconds=7))))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,), ('1',), (1.0,)]:
    show(time, *args)
show(time, fold=2)
show(time, tzinfo=5)
print(time(12) < time(13), time(12) == time(12, 0), time(12) != time(12, 1), time(12) >= time(11, 59))
print(tt == time(17, 30, tzinfo=timezone.utc), tt < time(18, tzinfo=timezone.utc), tt == time(17, 30))
show(lambda: tt < time(17, 30))
show(lambda: time(1) < 1)
print(time(1) == 1)
print(t.replace(hour=1), t.replace(tzinfo=tz5), t.replace(fold=1).fold, tt.replace(tzinfo=None))
print(t.strftime('%H:%M:%S.%f %p %I %Y'), format(t, '%H'), format(t, ''))
for s in ['12', '12:30', '1230', '12:30:45', '123045', '12:30:45.123', '12:30:45.123456', '12:30:45,5',
          '12:30:45+05:00', '12:30Z', 'T12:30', '12:30:45.1234567', '25:00', '12:3', '12:30:45-0130',
          '1', '', '12:30+05:30:15', '12:30:45.']:
    show(time.fromisoformat, s)
print(pickle.loads(pickle.dumps(tt)), pickle.loads(pickle.dumps(time(1, fold=1))).fold,
      pickle.loads(pickle.dumps(time(1, fold=1), 2)).fold)
print(hash(time(12, tzinfo=timezone.utc)) == hash(time(7, tzinfo=timezone(timedelta(hours=-5)))))
print(time.min, time.max, time.resolution)

# datetime
x = datetime(2023, 11, 5, 1, 30, 15, 250000)
print(x, repr(x), x.date(), x.time(), x.timetz(), x.ctime(), x.isoformat(), x.isoformat(' ', 'minutes'))
print(x.timetuple(), x.utctimetuple(), x.toordinal(), x.weekday())
xa = x.replace(tzinfo=timezone(timedelta(hours=-4), 'EDT'))
print(xa, repr(xa), xa.tzname(), xa.utcoffset(), xa.timestamp(), xa.utctimetuple(), xa.astimezone(timezone.utc))
print(xa.astimezone(timezone(timedelta(hours=9))), xa - datetime(2023, 11, 5, tzinfo=timezone.utc))
print(repr(datetime(2020, 1, 1, fold=1, tzinfo=timezone.utc)), repr(datetime(2020, 1, 1, 0, 0, 1)))
print(x + timedelta(days=30, hours=23), x - timedelta(weeks=100), x - datetime(2000, 1, 1), timedelta(1) + x)
show(lambda: x - xa)
show(lambda: x < xa)
print(x == xa, x != xa)
show(lambda: datetime.max + timedelta(1))
show(lambda: x < date(2023, 1, 1))
show(lambda: x < 1)
print(x == 1, x == date(2023, 11, 5))
print(datetime.combine(date(2020, 2, 2), time(3, 4, tzinfo=timezone.utc)), datetime.combine(date(2020, 2, 2), time(3), tz5))
show(datetime.combine, 1, time())
show(datetime.combine, date(1, 1, 1), 1)
print(datetime.fromtimestamp(86400 * 365.25, timezone.utc), datetime.utcfromtimestamp(1e9), datetime.utcfromtimestamp(-1.5))
print(datetime.fromtimestamp(1700000000.9999999, timezone.utc), datetime.fromtimestamp(0, tz5))
show(datetime.fromtimestamp, float('nan'))
show(datetime.fromtimestamp, 'x')
for s in ['2024-02-29T12:30:45', '2024-02-29 12:30', '2024-02-29T12:30:45.5+01:00', '20240229T1230',
          '2024-02-29', '2024-W09-4T10', '2024-02-29T', '2024-02-29X12', '2024-02-29T12:30:45Z',
          '2024-02-29T24:00', 'nonsense', '2024-02', '2024-02-29T12:30:45.123456789']:
    show(datetime.fromisoformat, s)
print(datetime.strptime('2024-03-05 07:08:09.5 +0130', '%Y-%m-%d %H:%M:%S.%f %z'))
print(datetime.strptime('Tue Mar  5 07:08:09 2024', '%c'), datetime.strptime('5 pm', '%I %p'))
show(datetime.strptime, '2024', '%Y %m')
show(datetime.strptime, '2024 03x', '%Y %m')
show(datetime.strptime, '2024', '%Q')
print(x.strftime('%Y-%m-%dT%H:%M:%S.%f %z|%Z| %a %c %x %X %I%p'), xa.strftime('%z %Z %:z'))
print(x.replace(year=2000, microsecond=0), x.replace(tzinfo=tz5).replace(tzinfo=None) == x)
show(x.replace, hour=25)
print(hash(xa) == hash(xa.astimezone(timezone.utc)), len({x, x.replace(fold=1)}))
for proto in range(0, 6):
    y = pickle.loads(pickle.dumps(xa.replace(fold=1), proto))
    print(proto, repr(y), y.fold)
print(x.__reduce__(), xa.__reduce_ex__(4)[1][0])
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))
class DT(datetime):
    pass
z = DT(2020, 1, 2, 3)
print(repr(z), type(z + timedelta(1)).__name__, type(z.replace(hour=1)).__name__, type(DT.combine(date(1, 2, 3), time())).__name__)
print(type(DT.fromisoformat('2020-01-01')).__name__, type(DT.strptime('2020', '%Y')).__name__)
print(format(x, '%H'), format(x, ''), f'{x:%Y}')
print(x.isocalendar(), x.isoformat(timespec='hours'), xa.isoformat(timespec='milliseconds'))

# timezone / tzinfo
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'Z'), tz5,
           timezone(-timedelta(hours=3, minutes=15), 'X'), timezone.min, timezone.max,
           timezone(timedelta(seconds=1, microseconds=3))]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz == timezone.utc)
show(timezone, 5)
show(timezone, timedelta(1))
show(timezone, timedelta(hours=1), 5)
show(timezone, -timedelta(1))
show(tz5.utcoffset, 5)
show(tz5.tzname, 5)
show(tz5.dst, 5)
show(tz5.fromutc, 5)
show(tz5.fromutc, datetime(2020, 1, 1))
print(tz5.fromutc(datetime(2020, 1, 1, tzinfo=tz5)), timezone.utc is dt.UTC, hash(tz5) == hash(timezone(timedelta(minutes=330), 'n')))
print(pickle.loads(pickle.dumps(tz5)), pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc, tz5.__getinitargs__())
print(timezone(timedelta(hours=2), 'abc').__getinitargs__(), timezone(timedelta(hours=2), 'a') == timezone(timedelta(hours=2), 'b'))
class Fixed(tzinfo):
    def __init__(self, h=0):
        self.h = h
    def utcoffset(self, d):
        return timedelta(hours=self.h)
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return 'F%d' % self.h
f3 = Fixed(3)
y = datetime(2020, 6, 1, 12, tzinfo=f3)
print(y, y.tzname(), y.astimezone(timezone.utc), f3.fromutc(datetime(2020, 1, 1, tzinfo=f3)))
show(f3.fromutc, datetime(2020, 1, 1))
show(f3.fromutc, 1)
show(tzinfo().utcoffset, None)
show(tzinfo().tzname, None)
show(tzinfo().dst, None)
class Bad(tzinfo):
    def utcoffset(self, d):
        return 5
    def tzname(self, d):
        return 5
show(datetime(2020, 1, 1, tzinfo=Bad()).utcoffset)
show(datetime(2020, 1, 1, tzinfo=Bad()).tzname)
show(time(1, tzinfo=Bad()).utcoffset)
class Big(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=24)
show(datetime(2020, 1, 1, tzinfo=Big()).utcoffset)
print(pickle.loads(pickle.dumps(y)).tzinfo.h)
print(dt.MINYEAR, dt.MAXYEAR, sorted(n for n in dir(dt) if not n.startswith('_')))
# argument handling and subclass results
for f in [lambda: date(2020), lambda: date('2020'), lambda: date(2020, 1), lambda: datetime(2020),
          lambda: datetime(2020, 'x'), lambda: datetime(2020, 1), lambda: time(1, tzinfo=Bad()).tzname(),
          lambda: time(1).isoformat(timespec=5), lambda: datetime(1, 1, 1).isoformat(timespec=5),
          lambda: datetime(1, 1, 1).isoformat(sep='ab'), lambda: datetime(1, 1, 1).isoformat(sep=5),
          lambda: datetime.fromtimestamp(float('inf')), lambda: datetime.utcfromtimestamp(1e15),
          lambda: timedelta(1) * float('nan'), lambda: timedelta(1) / 0.0, lambda: time(fold=True).fold,
          lambda: type(+TD(1)).__name__, lambda: type(abs(TD(-1))).__name__, lambda: type(-TD(1)).__name__,
          lambda: timedelta(microseconds=-2.5), lambda: timedelta(seconds=0.5, microseconds=0.5),
          lambda: (timedelta(days=1) // timedelta(hours=5), timedelta(hours=1) % timedelta(minutes=7))]:
    show(f)
print([str(date(y, 12, 28) + timedelta(k)) + ' ' + repr(tuple((date(y, 12, 28) + timedelta(k)).isocalendar()))
       for y in (1999, 2003, 2004, 2008, 2015, 2020) for k in (0, 4, 8)])
