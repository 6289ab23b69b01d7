# time.strptime (fields, tm_zone/tm_gmtoff, errors) and the glibc strftime extensions
# %k %l %P %s on datetime objects.
import time
import datetime

print(time.strptime('2024-03-05 +0530', '%Y-%m-%d %z'))
t = time.strptime('2024-03-05 UTC', '%Y-%m-%d %Z')
print(t, t.tm_zone, t.tm_gmtoff)
t = time.strptime('2024-03-05 -0130', '%Y-%m-%d %z')
print(t.tm_zone, t.tm_gmtoff)
t = time.strptime('10:20', '%H:%M')
print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime('Tue Mar  5 10:20:30 2024'))
print(time.strptime('02-29', '%m-%d'))
print(time.strptime('2024 10 1', '%Y %W %w'))
print(time.strptime('2024-065', '%Y-%j')[:3])
print(time.mktime(time.strptime('2024-01-01', '%Y-%m-%d')) > 0)
for a in [(1,), ('x', 1), ('2024', '%Y-%m'), ('2023-02-29', '%Y-%m-%d'),
          ('2024-01-01x', '%Y-%m-%d'), ('x', '%Q')]:
    try:
        time.strptime(*a)
    except Exception as e:
        print(type(e).__name__, e)

for d in [datetime.datetime(2024, 1, 1, 0, 5), datetime.datetime(1999, 12, 31, 23, 59, 59),
          datetime.datetime(2021, 6, 15, 12, 5, 9), datetime.datetime(2000, 1, 1, 9)]:
    print(d.strftime('[%k] [%l] [%P] [%p] [%I]'))
    # %s reads the fields as local time, as timestamp() does for a naive datetime.
    print(d.strftime('%s') == str(int(d.timestamp())))
print(datetime.date(2020, 5, 17).strftime('%k|%l|%P'))
