"""Calendar printing and arithmetic (Ember): leap years, month ranges, Calendar and TextCalendar.

Month and day names are the English ones of the C locale (Ember's locale module knows
only the C locales): the Locale* calendars switch LC_TIME as CPython's do, with the same
names.
"""

import datetime
import sys
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
           "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY",
           "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1-12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0-6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


January = 1
February = 2

# Days per month; index 0 is unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _names:
    """A read-only sequence of names that supports indexing, slicing and len()."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


day_name = _names(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
day_abbr = _names(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
month_name = _names(["", "January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"])
month_abbr = _names(["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                     "Nov", "Dec"])

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    """Whether year is a leap year in the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The day of the week of a date, 0 for Monday to 6 for Sunday."""
    if datetime.MINYEAR <= year <= datetime.MAXYEAR:
        return datetime.date(year, month, day).weekday()
    # The Gregorian calendar repeats every 400 years: use a year date() accepts.
    return datetime.date(2000 + year % 400, month, day).weekday()


def _monthlen(year, month):
    return 29 if month == February and isleap(year) else mdays[month]


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _nextmonth(year, month):
    return (year, month + 1) if month < 12 else (year + 1, 1)


class Calendar:
    """Base calendar class: prepares data for formatting, weeks starting at firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    # The stored value is kept as given; reading it folds it into 0..6.
    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        after = (self.firstweekday - day1 - ndays) % 7
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        # The tail of the previous month, this month, then the head of the next one.
        y, m = _prevmonth(year, month)
        stop = _monthlen(y, m) + 1
        for day in range(stop - before, stop):
            yield y, m, day
        for day in range(1, ndays + 1):
            yield year, month, day
        y, m = _nextmonth(year, month)
        for day in range(1, after + 1):
            yield y, m, day

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        dates = list(self.itermonthdates(year, month))
        return [dates[i:i + 7] for i in range(0, len(dates), 7)]

    def monthdays2calendar(self, year, month):
        days = list(self.itermonthdays2(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdayscalendar(self, year, month):
        days = list(self.itermonthdays(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    """A calendar that formats months and years as plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        s = "" if day == 0 else "%2i" % day
        return s.center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        return (f"{title} {theyear!r}" if withyear else title).center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        out = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip()
        out += "\n" * l
        out += self.formatweekheader(w).rstrip()
        out += "\n" * l
        for week in self.monthdays2calendar(theyear, themonth):
            out += self.formatweek(week, w).rstrip()
            out += "\n" * l
        return out

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = 7 * (w + 1) - 1
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), "\n" * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            parts.append("\n" * l)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            parts.append(formatstring(names, colwidth, c).rstrip())
            parts.append("\n" * l)
            parts.append(formatstring((header for k in months), colwidth, c).rstrip())
            parts.append("\n" * l)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = ["" if j >= len(cal) else self.formatweek(cal[j], w) for cal in row]
                parts.append(formatstring(weeks, colwidth, c).rstrip())
                parts.append("\n" * l)
        return "".join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Months and years as HTML tables (the CSS class names can be overridden)."""

    # CSS classes: per weekday (cells and header), blank cells, month and year tables.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = "%s %s" % (name, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, name)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(w) for w in self.monthdays2calendar(theyear, themonth))
        rows.append("</table>")
        return "\n".join(rows) + "\n"

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n'
                 % self.cssclass_year,
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for first in range(January, January + 12, width):
            parts.append("<tr>")
            for m in range(first, min(first + width, 13)):
                parts.append("<td>%s</td>" % self.formatmonth(theyear, m, withyear=False))
            parts.append("</tr>")
        parts.append("</table>")
        return "".join(parts)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                "<html>\n", "<head>\n",
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
                % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        head.append("<title>Calendar for %d</title>\n" % theyear)
        page = "".join(head) + "</head>\n<body>\n" + self.formatyear(theyear, width) \
            + "</body>\n</html>\n"
        return page.encode(encoding, "xmlcharrefreplace")


class different_locale:
    """Context manager: LC_TIME set to a locale for the duration."""

    def __init__(self, locale):
        self.locale, self.oldlocale = locale, None

    def __enter__(self):
        import locale as _locale
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    import locale as _locale
    name = _locale.setlocale(_locale.LC_TIME, None)
    if name == "C":
        # LC_TIME was never set: take the user's preferred locale.
        with different_locale(""):
            name = _locale.setlocale(_locale.LC_TIME, None)
    return name


class _LocaleNames:
    """Day and month names looked up under self.locale (default: the user's locale)."""

    def _take_locale(self, locale):
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, *args):
        with different_locale(self.locale):
            return super().formatweekday(*args)

    def formatmonthname(self, *args, **kwargs):
        with different_locale(self.locale):
            return super().formatmonthname(*args, **kwargs)


class LocaleTextCalendar(_LocaleNames, TextCalendar):
    """A TextCalendar whose names come from a given locale (default: the user's)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self._take_locale(locale)


class LocaleHTMLCalendar(_LocaleNames, HTMLCalendar):
    """An HTMLCalendar whose names come from a given locale (default: the user's)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self._take_locale(locale)


# The module-level functions are bound methods of one shared TextCalendar.
c = TextCalendar()
(firstweekday, monthcalendar, prweek, week, weekheader, prmonth, month, calendar,
 prcal) = (c.getfirstweekday, c.monthdayscalendar, c.prweek, c.formatweek,
           c.formatweekheader, c.prmonth, c.formatmonth, c.formatyear, c.pryear)


def setfirstweekday(firstweekday):
    if MONDAY <= firstweekday <= SUNDAY:
        c.firstweekday = firstweekday
    else:
        raise IllegalWeekdayError(firstweekday)


_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints formatstring()'s line."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings centred in columns of colwidth, spacing blanks apart, on one line."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """The Unix timestamp of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
