# datetime's argument errors name None as 'None' (not 'NoneType'), as CPython's.
import datetime as dt
tests = [lambda: dt.timezone(None), lambda: dt.timezone(dt.timedelta(0), None), lambda: dt.timezone(dt.timedelta(0), 5),
         lambda: dt.date(2020, 1, 1).strftime(None), lambda: dt.time(1).strftime(None), lambda: dt.datetime(2020, 1, 1).strftime(5),
         lambda: dt.datetime.strptime(None, "%Y"), lambda: dt.datetime.strptime("2020", None), lambda: dt.datetime.strptime(5, "%Y"),
         lambda: dt.date.fromisoformat(None), lambda: dt.datetime.fromisoformat(5), lambda: dt.time.fromisoformat(None),
         lambda: dt.timedelta(None), lambda: dt.date(None, 1, 1), lambda: dt.date(2020, "1", 1), lambda: dt.datetime(2020, 1, 1, None),
         lambda: dt.date.fromtimestamp(None), lambda: dt.datetime.combine(None, dt.time()), lambda: dt.date(2020, 1, 1) + None,
         lambda: dt.timedelta(1) * None, lambda: dt.date.fromordinal(None),
         lambda: format(dt.date(2020, 1, 1), 5), lambda: dt.date(2020, 1, 1).__format__(None), lambda: dt.date(2020, 1, 1) < None,
         lambda: dt.date(2020, 1, 1) < dt.datetime(2020, 1, 1), lambda: dt.date(2020, 1, 1) == dt.datetime(2020, 1, 1),
         lambda: dt.time(1) < dt.time(1, tzinfo=dt.timezone.utc), lambda: dt.datetime.fromisocalendar(2020, 54, 1), lambda: dt.timedelta(days=1e10),
         lambda: dt.datetime(2020, 1, 1).astimezone(5), lambda: dt.datetime.now(5)]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
