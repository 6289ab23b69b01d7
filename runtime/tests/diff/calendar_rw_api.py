# calendar: month ranges, weekday outside date()'s years, errors, first weekday, text/HTML/locale calendars, module-level functions, timegm.
import calendar as cal
print(cal.monthrange(2024, 2), cal.monthrange(2023, 2), cal.monthrange(1900, 2), cal.weekday(2024, 11, 27), cal.weekday(10000, 1, 1), cal.weekday(-5, 3, 1))
for bad in (0, 13):
    try:
        cal.monthrange(2024, bad)
    except cal.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    cal.setfirstweekday(9)
except cal.IllegalWeekdayError as e:
    print(e, e.weekday)
c = cal.TextCalendar(6)
print(list(c.iterweekdays()), c.firstweekday, c.getfirstweekday())
c.firstweekday = 9
print(c.firstweekday, list(c.iterweekdays()))
print(c.formatmonthname(2024, 3, 20), "|", c.formatmonthname(2024, 3, 20, withyear=False), "|")
print(cal.month(2024, 2, 3, 1))
print(cal.calendar(2023, 2, 1, 4, 4))
print(list(cal.Calendar(3).itermonthdays2(2024, 1))[:9])
print(cal.Calendar().monthdays2calendar(2024, 12)[-1])
print(list(cal.Calendar().itermonthdays4(2024, 3))[:3])
h = cal.HTMLCalendar(0)
print(h.formatmonth(2024, 2))
print(h.cssclass_month, h.cssclass_month_head, h.cssclass_year, h.cssclass_year_head, h.cssclass_noday, h.cssclasses_weekday_head)
lt = cal.LocaleTextCalendar(0, "C")
print(lt.locale, lt.formatweekday(0, 3), lt.formatmonthname(2024, 5, 12), lt.formatmonth(2024, 5))
lh = cal.LocaleHTMLCalendar(0, "C")
print(lh.formatweekday(2), lh.formatmonthname(2024, 5))
print(cal.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
cal.format(["x", "y"], 4, 1)
print(cal.timegm((2024, 11, 27, 12, 30, 15, 0, 0, 0)), cal.timegm((1970, 1, 1, 0, 0, 0)))
print(cal.monthcalendar(2024, 9), cal.weekheader(2), cal.week([(1, 0), (2, 1), (0, 2)], 3))
cal.setfirstweekday(cal.SUNDAY)
print(cal.firstweekday(), cal.weekheader(3))
cal.prmonth(2021, 7)
cal.setfirstweekday(0)
print(cal.leapdays(1900, 2025), cal.isleap(2000), cal.isleap(1900), cal.prevmonth if hasattr(cal, "prevmonth") else cal._prevmonth(2024, 1), cal._nextmonth(2024, 12), cal._monthlen(2024, 2))
