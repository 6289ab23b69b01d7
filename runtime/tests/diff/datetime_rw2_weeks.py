from datetime import datetime, timedelta, timezone, date

for year in (2000, 2001, 2017, 2018, 2023, 2024):
    row = []
    for week in (0, 1, 2, 52):
        for day in (0, 1, 6):
            for fmt in ('%Y %U %w', '%Y %W %w'):
                try:
                    d = datetime.strptime(f'{year} {week} {day}', fmt)
                    row.append(d.strftime('%j'))
                except ValueError as e:
                    row.append('E')
    print(year, ' '.join(row))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc)
print(repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(0), 'Z')))
for bad in ((timedelta(hours=1), 5), (5,), (timedelta(0), None)):
    try:
        timezone(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(date.min, date.max, date.resolution)
