# datetime: pickle/copy round trips and a DST-aware tzinfo (the documentation example)
import pickle, copy
from datetime import *
objs = [timedelta(1, 2, 3), date(2020, 2, 29), time(1, 2, 3, 4, timezone.utc), datetime(2020, 1, 2, 3, 4, 5, 6, timezone(timedelta(hours=-3), 'X')), timezone.utc, timezone(timedelta(minutes=90)), datetime(2020, 1, 1, fold=1), time(5, fold=1)]
for o in objs:
    for proto in range(0, 6):
        r = pickle.loads(pickle.dumps(o, proto))
        assert r == o and type(r) is type(o), (o, proto, r)
    print(repr(copy.copy(o)), repr(copy.deepcopy(o)), copy.deepcopy(o) == o)

ZERO = timedelta(0)
HOUR = timedelta(hours=1)
def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt
DSTSTART = datetime(1, 3, 8, 2)
DSTEND = datetime(1, 11, 1, 2)
class USTimeZone(tzinfo):
    def __init__(self, hours, reprname, stdname, dstname):
        self.stdoffset = timedelta(hours=hours)
        self.reprname = reprname
        self.stdname = stdname
        self.dstname = dstname
    def __repr__(self):
        return self.reprname
    def tzname(self, dt):
        return self.dstname if self.dst(dt) else self.stdname
    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(DSTSTART.replace(year=dt.year))
        end = first_sunday_on_or_after(DSTEND.replace(year=dt.year))
        if start + HOUR <= dt.replace(tzinfo=None) < end - HOUR:
            return HOUR
        if end - HOUR <= dt.replace(tzinfo=None) < end:
            return ZERO if dt.fold else HOUR
        return ZERO
Eastern = USTimeZone(-5, "Eastern", "EST", "EDT")
for m in [1, 3, 6, 11]:
    d = datetime(2021, m, 10, 12, tzinfo=Eastern)
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(timezone.utc), d.timetuple().tm_isdst, d.strftime('%Z %z'))
u = datetime(2021, 7, 4, 16, tzinfo=timezone.utc)
print(u.astimezone(Eastern), repr(u.astimezone(Eastern)), Eastern.fromutc(u.replace(tzinfo=Eastern)))
print(datetime(2021, 11, 7, 1, 30, tzinfo=Eastern).utcoffset(), datetime(2021, 11, 7, 1, 30, fold=1, tzinfo=Eastern).utcoffset())
print(datetime(2021, 6, 1, tzinfo=Eastern) - datetime(2021, 1, 1, tzinfo=Eastern))
print(datetime(2021, 6, 1, 12, tzinfo=Eastern) == datetime(2021, 6, 1, 16, tzinfo=timezone.utc))
print(hash(datetime(2021, 6, 1, 12, tzinfo=Eastern)) == hash(datetime(2021, 6, 1, 16, tzinfo=timezone.utc)))
print(time(12, tzinfo=Eastern).utcoffset(), time(12, tzinfo=Eastern).tzname())
