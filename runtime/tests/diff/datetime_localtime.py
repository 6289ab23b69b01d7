# datetime: naive local time through a DST zone (timestamp, fromtimestamp fold, astimezone in gaps/overlaps)
import os, time
os.environ['TZ'] = 'America/New_York'
time.tzset()
from datetime import datetime
for args in [(2021, 3, 14, 1, 59), (2021, 3, 14, 2, 30), (2021, 3, 14, 3, 0), (2021, 11, 7, 0, 59), (2021, 11, 7, 1, 30), (2021, 11, 7, 2, 0)]:
    for fold in (0, 1):
        d = datetime(*args, fold=fold)
        ts = d.timestamp()
        print(d, fold, ts, datetime.fromtimestamp(ts), d.astimezone())
print(datetime.fromtimestamp(1636263000), datetime.fromtimestamp(1636263000).fold, datetime.fromtimestamp(1636266600).fold)
print(time.tzname)
