# datetime: randomised cross-checks of calendar arithmetic, formatting and parsing
import random
from datetime import date, datetime, time, timedelta, timezone
r = random.Random(1234)
out = []
for i in range(400):
    o = r.randint(1, 3652059)
    d = date.fromordinal(o)
    out.append((str(d), d.weekday(), tuple(d.isocalendar()), d.strftime('%a %b %d %j %U %W %G %V %u %y %C'), d.toordinal() == o))
    assert date.fromisoformat(d.isoformat()) == d
    iy, iw, iwd = d.isocalendar()
    assert date.fromisocalendar(iy, iw, iwd) == d
for i in range(300):
    td = timedelta(days=r.randint(-10**6, 10**6), seconds=r.uniform(-10**5, 10**5), microseconds=r.randint(-10**7, 10**7))
    out.append((repr(td), str(td), td.total_seconds(), str(td * 1.7), str(td / 3), str(td // 7), str(-td)))
for i in range(300):
    ts = r.uniform(-2 * 10**9, 4 * 10**9)
    dt = datetime.fromtimestamp(ts, timezone.utc)
    tz = timezone(timedelta(minutes=r.randint(-1439, 1439)))
    local = dt.astimezone(tz)
    out.append((str(dt), dt.timestamp() == round(ts, 6) or abs(dt.timestamp() - ts) < 1e-5, str(local), local.isoformat(timespec='milliseconds'), local.strftime('%Y%m%d %H%M%S %z %I%p %f'), hash(local) == hash(dt)))
    assert datetime.fromisoformat(local.isoformat()) == local
for i in range(200):
    a = datetime(r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))
    b = a.replace(year=r.randint(1, 9999))
    out.append((str(a - b), a < b, repr(a), a.ctime(), a.isoformat(' ', 'minutes')))
for i in range(100):
    f = r.uniform(-1e6, 1e6)
    out.append((repr(timedelta(seconds=f)), repr(timedelta(milliseconds=f)), repr(timedelta(minutes=f / 1000)), repr(timedelta(days=f / 1e5))))
# Every result goes into a checksum (the full listing would overflow the test's pipe); a
# sample of each is printed so that a mismatch is visible.


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % (2 ** 61 - 1)
    return h


print(len(out), checksum('\n'.join(map(str, out))))
for x in out[::25]:
    print(x)
