# calendar: leap years, month ranges, names, month/year text output, Calendar iterators, errors
import calendar

print([y for y in range(1895, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 12), (2021, 4)]:
    print(y, m, calendar.monthrange(y, m))
for bad in [0, 13, -1]:
    try:
        calendar.monthrange(2020, bad)
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.IllegalMonthError))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_abbr[-1], calendar.month_name[1:3], len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.month(2024, 2))
print(repr(calendar.month(2023, 10, 3, 2)))
calendar.prmonth(1999, 12)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
calendar.prcal(2020, m=2)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)
try:
    calendar.setfirstweekday(9)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.getfirstweekday())
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdates(2024, 2))[:3], list(cal.itermonthdays3(2024, 12))[-3:])
print(list(cal.itermonthdays4(2024, 1))[:2])
print(cal.monthdatescalendar(2024, 1)[0])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardays2calendar(2024, 4)[0]), cal.yeardatescalendar(2024, 6)[1][0][0][0])
tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2021, 1, w=4))
print(repr(tc.formatweek([(1, 0), (0, 1)], 3)), repr(tc.formatday(7, 0, 4)), repr(tc.formatmonthname(2020, 5, 20)))
print(tc.formatyear(2022, m=6))
print(calendar.timegm((2024, 1, 1, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
try:
    calendar.month(2024, 13)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
