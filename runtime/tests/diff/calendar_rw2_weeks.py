# calendar: firstweekday folding, itermonthdays3 at month/year edges, formatyear's
# width clamping, setfirstweekday checks, different_locale.
import calendar

c = calendar.Calendar(9)
print(c.firstweekday, c.getfirstweekday(), c._firstweekday, list(c.iterweekdays()))
c.setfirstweekday(-1)
print(c.firstweekday)
for fw in (0, 3, 6):
    c = calendar.Calendar(fw)
    for y, m in ((2024, 1), (2023, 12), (2024, 2), (2021, 2), (1, 1), (9999, 12)):
        days = list(c.itermonthdays3(y, m))
        print(fw, y, m, len(days), days[:2], days[-2:])
        print(list(c.itermonthdays(y, m))[:8])
tc = calendar.TextCalendar()
print(tc.formatyear(2024, w=0, l=0, c=0, m=4))
print(tc.formatyear(2023, 3, 2, 1, 2)[:400])
for bad in (7, -1, 2.5):
    try:
        calendar.setfirstweekday(bad)
        print("ok", bad, calendar.firstweekday())
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e)
calendar.setfirstweekday(calendar.MONDAY)
dl = calendar.different_locale("C")
print(dl.locale, dl.oldlocale)
with dl:
    print(calendar.month_name[3])
print(dl.oldlocale is not None)
