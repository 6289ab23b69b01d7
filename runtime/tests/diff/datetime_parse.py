# datetime: ISO parsing corners, strptime directives and errors, overflow messages
from datetime import *
def show(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
for s in ['2011-11-04', '2011-11-04T00', '2011-11-04T0005', '2011-11-04T00:05', '2011-11-04T00:05:23.2', '2011-11-04T00:05:23.123456789',
          '2011-11-04 00:05:23,5', '2011-11-04T00:05:23+0530', '2011-11-04T00:05:23-05:30:15', '2011-11-04T00:05:23+05:30:15.5', '2011-W52', '2011W527', '2011-W52-7T10',
          '2011-11-04T', '2011-11-04X00:05', '2011-1104', '2011-11-04T24:00', '2011-11-04T00:05:23+', '2011-11-04T00:05:23.', '+2011-11-04', '2011-11-04T00:05:23Z',
          '2011-11-04T00:05:60', '0000-01-01', '20111104T000523Z', '2011-11-04T00:05:23.123+01', '2011-11-04 00:05:23.1234567+01:00', '2011-11-0４']:
    show(s, lambda: datetime.fromisoformat(s))
for s in ['00:05', '0005', '00:05:23.1', '000523', '00', 'T00:05', '00:05:23+01:00', '00:05:23.123456789', '24:00', '00:5', '00:05:23 ', '1:02']:
    show('t' + s, lambda: time.fromisoformat(s))
for s in ['2011-11-04', '20111104', '2011-W01-1', '2011W011', '2011-11-4', '2011-11-04T', '2011-13-01', '2011-02-29', '0000-12-31']:
    show('d' + s, lambda: date.fromisoformat(s))
show('fmt', lambda: format(datetime(2020, 1, 2, 3, 4, 5), 5))
show('fmt2', lambda: format(date(2020, 1, 2), '%Y|%%|%q'))
show('fmt3', lambda: datetime(2020, 1, 2).strftime(5))
show('tz', lambda: str(timezone(timedelta(hours=5, minutes=30))))
show('tzneg', lambda: (str(timezone(-timedelta(hours=5, minutes=30, seconds=10))), repr(timezone(-timedelta(hours=5)))))
show('td-inf', lambda: timedelta(seconds=1e20))
show('td-nan', lambda: timedelta(hours=float('nan')))
show('td-mul-big', lambda: timedelta(days=999999999) * 2)
show('td-neg-str', lambda: (str(timedelta(microseconds=-1)), str(timedelta(days=-2, seconds=5)), str(-timedelta(days=1, microseconds=5))))
show('strp-Z', lambda: datetime.strptime('2020-01-01 UTC', '%Y-%m-%d %Z'))
show('strp-y', lambda: (datetime.strptime('68', '%y'), datetime.strptime('69', '%y')))
show('strp-pct', lambda: datetime.strptime('5% 2020', '%d%% %Y'))
show('strp-ws', lambda: datetime.strptime('  2020 -  01', ' %Y - %m'))
show('strp-type', lambda: datetime.strptime(5, '%Y'))
show('strp-us', lambda: datetime.strptime('1.5', '%S.%f'))
show('strp-short', lambda: datetime.strptime('2020-1-2 3:4:5', '%Y-%m-%d %H:%M:%S'))
show('strp-H', lambda: datetime.strptime('25', '%H'))
show('strp-j', lambda: datetime.strptime('2020 366', '%Y %j'))
show('strp-trail', lambda: datetime.strptime('2020 ', '%Y'))
show('strp-stray', lambda: datetime.strptime('2020', '%Y%'))
show('date-strp', lambda: date.strptime if hasattr(date, 'strptime') else 'none')
show('time-strp', lambda: time.strptime if hasattr(time, 'strptime') else 'none')
show('combine-kw', lambda: datetime.combine(date(2020, 1, 1), time(1), tzinfo=timezone.utc))
show('utc-name', lambda: (timezone.utc.tzname(None), UTC, datetime(2020,1,1,tzinfo=UTC).tzname()))
show('max-tz', lambda: (timezone.max, timezone.min, repr(timezone.max)))
show('replace-bad', lambda: date(2020, 1, 31).replace(month=2))
show('dt-date-eq', lambda: (datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1)))
show('timetuple', lambda: (datetime(2020, 1, 1, tzinfo=UTC).timetuple(), datetime(2020, 3, 1).utctimetuple()))
show('isocal-repr', lambda: (date(2020, 1, 1).isocalendar(), type(date(2020, 1, 1).isocalendar()).__name__))
show('min-max', lambda: (repr(time.max), repr(datetime.max), repr(date.min), timedelta.max.days))
show('bool', lambda: (bool(time(0)), bool(datetime.min), bool(date.min)))
show('time-dst', lambda: time(1, tzinfo=UTC).dst())
show('dt-fold-eq', lambda: datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1))
for f in [lambda: timedelta(days=10**10), lambda: timedelta(days=3*10**9), lambda: timedelta(days=2**31-1), lambda: timedelta(days=999999999)*3, lambda: timedelta(days=-2**31), lambda: timedelta(days=-2**31+1), lambda: datetime.strptime('12AM', '%I%p'), lambda: datetime.strptime('12', '%I'),lambda: datetime.strptime('1 +0130 UTC', '%d %z %Z'), lambda: datetime.strptime('Jan', '%b'), lambda: datetime.strptime('jAnUaRy', '%B'), lambda: datetime.strptime('2020 T', '%Y t'), lambda: datetime.strptime('2020', '%Y '), lambda: datetime.strptime('12/31/99', '%x'), lambda: datetime.strptime('Mon Jan  6 10:00:00 2020', '%c'), lambda: datetime.strptime('2020 05 1', '%Y %W %w'),
          lambda: datetime.strptime('2020 00 0', '%Y %U %w'), lambda: datetime.strptime('2021 00 1', '%Y %W %w'), lambda: datetime.strptime('2020 53 4', '%G %V %u'), lambda: datetime.strptime('2020 53', '%Y %V'), lambda: datetime.strptime('29 2', '%d %m'),
          lambda: datetime.strptime('123', '%H%M'), lambda: datetime.strptime('1234567', '%H%M%S%f'), lambda: datetime.strptime('2020-01-01T10:00:00+05:30:15.25', '%Y-%m-%dT%H:%M:%S%z'), lambda: datetime.strptime('+01', '%z'), lambda: datetime.strptime('10 pm', '%I %p'), lambda: datetime.strptime('Thursday 5', '%A %d'), lambda: datetime.strptime('Thu', '%a'), lambda: datetime.strptime(' 5', '%d'), lambda: datetime.strptime('200', '%j'), lambda: datetime.strptime('60', '%S'), lambda: datetime.strptime('61', '%S'), lambda: datetime.strptime('Z', '%z')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
# format() and __format__ reject non-str specs with TypeError (used to crash the runtime)
for v in [5, 2.5, 'x', None, [1]]:
    try: print(format(v, 5))
    except TypeError as e: print(e)
try: print((5).__format__(5))
except TypeError as e: print(e)
try: print((2.5).__format__(None))
except TypeError as e: print(e)
try: print('x'.__format__(1))
except TypeError as e: print(e)
