import time
import calendar

st = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(st, st.tm_year, st.tm_yday, st[3], len(st))
print(time.strftime("%Y-%m-%d %H:%M:%S", st), time.strftime("%a %A %b %B %j %U %W %w %y %p %I %%", st))
print(time.strftime("%c | %x | %X", st))
print(time.asctime(st), time.strptime("2023-10-05 07:08:09", "%Y-%m-%d %H:%M:%S")[:8])
print(time.strptime("5 Mar 2021", "%d %b %Y").tm_wday, time.strptime("23:59", "%H:%M")[:6])
print(calendar.timegm(st), time.gmtime(0)[:6], time.gmtime(1700000000), tuple(time.gmtime(86400 * 365.25 * 30))[:3])
try:
    time.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("junk", "%Y")
except ValueError as e:
    print("ValueError:", e)
cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3))
print(calendar.monthcalendar(2024, 3)[:2], list(calendar.Calendar().itermonthdays(2024, 2))[:7])
print(calendar.leapdays(2000, 2025), calendar.isleap(1900), calendar.weekheader(2), list(calendar.day_abbr), calendar.month_name[2])
print([calendar.monthrange(2023, m)[1] for m in range(1, 13)])
print(calendar.calendar(2024, w=2, l=1, c=6, m=3).splitlines()[:10])
print(calendar.HTMLCalendar().formatmonth(2024, 1).splitlines()[:3])
durations = [3725, 59, 86461, 0]
for d in durations:
    h, rem = divmod(d, 3600)
    m, s = divmod(rem, 60)
    print(f"{d:>6}s = {h:02d}:{m:02d}:{s:02d}", time.strftime("%H:%M:%S", time.gmtime(d)))
print(time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, -1)).tm_isdst, type(time.time()).__name__, time.monotonic() > 0, isinstance(time.perf_counter_ns(), int))
