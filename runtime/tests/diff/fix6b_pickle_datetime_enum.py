# datetime objects pickle with CPython's byte states (and load CPython's pickles); enum
# members pickle by name, flag combinations as ors.
import pickle, copy, enum
from datetime import date, datetime, time, timezone, timedelta
objs = [date(2020, 1, 2), date(1, 1, 1), date(9999, 12, 31), datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2021, 11, 7, 1, 30, fold=1),
        datetime(2020, 5, 6, 7, 8, 9, 123456, tzinfo=timezone.utc), datetime(2020, 5, 6, tzinfo=timezone(timedelta(hours=-5), "EST"), fold=1),
        time(1, 2, 3, 4), time(23, 59, 59, 999999, fold=1), time(5, tzinfo=timezone(timedelta(minutes=90)))]
for proto in range(6):
    for o in objs:
        d = pickle.dumps(o, proto)
        back = pickle.loads(d)
        print(proto, d.hex(), back == o, back.fold if hasattr(back, "fold") else "", repr(back))
for o in objs:
    print(o.__reduce__(), o.__reduce_ex__(4), copy.copy(o) == o, copy.deepcopy(o).__repr__())
print(date(b"\x07\xe4\x01\x02"), date("\x07\xe4\x01\x02"), datetime(b"\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06", timezone.utc), time(b"\x81\x02\x03\x00\x00\x04").fold)
for bad in [lambda: datetime(b"\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06", "tz"), lambda: date("\u0100\xe4\x01\x02"), lambda: date(b"\x07\xe4\x0d\x02")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyDate(date):
    pass
print(repr(pickle.loads(pickle.dumps(MyDate(2000, 2, 29)))), MyDate(2000, 2, 29).__reduce__()[0].__name__)
class Color(enum.Enum):
    RED = 1
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
class Num(enum.IntFlag):
    A = 1
    B = 2
for m in [Color.RED, Perm.R, Perm.R | Perm.W, Perm.R | Perm.W | Perm.X, Perm(0), Num.A | Num.B, Num(9), Num(8)]:
    r = m.__reduce_ex__(4)
    print(repr(m), r[0].__name__, r[1], pickle.loads(pickle.dumps(m)) is m or pickle.loads(pickle.dumps(m)) == m)
print(repr(datetime(2020, 1, 1, fold=1, tzinfo=timezone.utc)), repr(time(1, 2, fold=1, tzinfo=timezone.utc)))
