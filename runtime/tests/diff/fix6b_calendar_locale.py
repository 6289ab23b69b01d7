# calendar.LocaleTextCalendar / LocaleHTMLCalendar / different_locale in the C locale.
import calendar, locale
c = calendar.LocaleTextCalendar()
print(c.formatmonth(2024, 1) == calendar.TextCalendar().formatmonth(2024, 1), isinstance(c.locale, str))
print(c.formatmonth(2023, 11, w=3))
h = calendar.LocaleHTMLCalendar(6)
print(h.formatmonth(2024, 1) == calendar.HTMLCalendar(6).formatmonth(2024, 1), h.formatweekday(0), h.formatmonthname(2024, 3))
c2 = calendar.LocaleTextCalendar(locale="C")
print(c2.locale, repr(c2.formatweekday(0, 9)), repr(c2.formatmonthname(2024, 2, 20)), c2.formatyear(2024).splitlines()[:4])
before = locale.setlocale(locale.LC_TIME)
with calendar.different_locale("C"):
    print("in", locale.setlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_TIME) == before, "LocaleTextCalendar" in calendar.__all__)
