# replace() of date, time and datetime treats None as a value (rejected by the
# constructor), as CPython's C datetime does; omitted arguments keep the old values.
import datetime
d = datetime.date(2020, 1, 2)
t = datetime.time(3, 4, 5, 6)
dt = datetime.datetime(2020, 1, 2, 3, 4, 5, 6)
print(d.replace(month=5), t.replace(second=9), dt.replace(year=1999, fold=1).fold)
print(d.replace(), t.replace(tzinfo=None), dt.replace(tzinfo=datetime.timezone.utc))
for f in [lambda: d.replace(year=None), lambda: t.replace(hour=None),
          lambda: dt.replace(day=None), lambda: dt.replace(fold=None), lambda: t.replace(fold=None)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
for v in [None, 1.5, True, "1", 2]:
    try:
        print(datetime.time(1, fold=v).fold, datetime.datetime(2000, 1, 1, fold=v).fold)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
