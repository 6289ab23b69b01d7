"""datetime: dates, times, intervals and fixed-offset time zones (Ember).

Written for Ember from the documented behaviour of CPython 3.11's datetime module. Dates use
the proleptic Gregorian calendar; ordinals count days from 0001-01-01 (ordinal 1). Local time
comes from the time module (time.localtime/time.mktime); where the runtime has no zone data
these report UTC, so naive "local" conversions then assume UTC.
"""

import time as _time
import sys as _sys

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

# The default of replace()'s arguments: None is an argument like any other there (the
# constructor rejects it), as in CPython's C datetime.
_KEEP = object()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                   'August', 'September', 'October', 'November', 'December']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = [None, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                 'Sunday']



def _tname(x):
    """The type name CPython's argument errors show ('None' for None)."""
    return 'None' if x is None else type(x).__name__

def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


# Days in 400, 100 and 4 years of the Gregorian cycle.
_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle.
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    try:
        value = value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % (type(value).__name__,)) from None
    return value


def _state_bytes(state, kind):
    """A pickled state as bytes (a protocol 0-2 pickle loaded with encoding='latin1'
    gives a str)."""
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError(
                "Failed to encode latin1 string when unpickling a %s object. "
                "pickle.load(data, encoding='latin1') is assumed." % kind) from None
    return state


def _time_state(hour, minute, second, us, fold):
    us2, us3 = divmod(us, 256)
    us1, us2 = divmod(us2, 256)
    return bytes([hour + 128 * fold, minute, second, us1, us2, us3])


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % (year,))
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    fold = int(_check_int(fold))
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % (type(tz).__name__,))


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24), not %r.' % (offset,))


def _format_offset(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] for a UTC offset, '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of `year`."""
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _wrap_strftime(obj, fmt, timetuple):
    """Formats `obj` by the strftime directives of `fmt` (done here, not by the C library)."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % (_tname(fmt),))
    year, month, day, hh, mm, ss, wday, yday = timetuple[:8]
    us = getattr(obj, 'microsecond', 0)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch in '-_0^#' or ch.isdigit() or (ch in 'EO' and i < n):
            # glibc's flags (-, _, 0, ^, #), field width and E/O modifiers: `%-d`, `%_H`,
            # `%^a`, `%10B`, `%Ey`...
            i, text = _strftime_flagged(obj, fmt, i - 1, timetuple)
            out.append(text)
            continue
        if ch == 'a':
            out.append(_DAYNAMES[wday + 1])
        elif ch == 'A':
            out.append(_FULLDAYNAMES[wday + 1])
        elif ch == 'w':
            out.append(str((wday + 1) % 7))
        elif ch == 'u':
            out.append(str(wday + 1))
        elif ch == 'd':
            out.append('%02d' % day)
        elif ch == 'e':
            out.append('%2d' % day)
        elif ch == 'b' or ch == 'h':
            out.append(_MONTHNAMES[month])
        elif ch == 'B':
            out.append(_FULLMONTHNAMES[month])
        elif ch == 'm':
            out.append('%02d' % month)
        elif ch == 'y':
            out.append('%02d' % (year % 100))
        elif ch == 'Y':
            out.append(str(year) if year >= 1000 else '%d' % year)
        elif ch == 'C':
            # glibc pads the century only through the year's own digits.
            out.append(str(year // 100) if year < 1000 else '%02d' % (year // 100))
        elif ch == 'H':
            out.append('%02d' % hh)
        elif ch == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif ch == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif ch == 'P':
            out.append('am' if hh < 12 else 'pm')
        elif ch == 'k':
            out.append('%2d' % hh)
        elif ch == 'l':
            out.append('%2d' % (hh % 12 or 12))
        elif ch == 's':
            # glibc: seconds since the epoch of the fields read as local time.
            out.append('%d' % _time.mktime(tuple(timetuple[:8]) + (-1,)))
        elif ch == 'M':
            out.append('%02d' % mm)
        elif ch == 'S':
            out.append('%02d' % ss)
        elif ch == 'f':
            out.append('%06d' % us)
        elif ch == 'j':
            out.append('%03d' % yday)
        elif ch == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif ch == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif ch in 'GVg':
            iy, iw, _ = _isocalendar(year, month, day)
            if ch == 'G':
                out.append(str(iy))
            elif ch == 'g':
                out.append('%02d' % (iy % 100))
            else:
                out.append('%02d' % iw)
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name or '')
        elif ch == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday + 1], _MONTHNAMES[month],
                                                        day, hh, mm, ss, year))
        elif ch == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'X':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif ch == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif ch == 'T':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif ch == 'R':
            out.append('%02d:%02d' % (hh, mm))
        elif ch == 'r':
            out.append('%02d:%02d:%02d %s' % (hh % 12 or 12, mm, ss, 'AM' if hh < 12 else 'PM'))
        elif ch == 'n':
            out.append('\n')
        elif ch == 't':
            out.append('\t')
        elif ch == '%':
            out.append('%')
        else:
            out.append('%' + ch)
    return ''.join(out)


# Numeric strftime conversions: (default width, default pad character).
_STRFTIME_NUMERIC = {
    'd': (2, '0'), 'e': (2, ' '), 'm': (2, '0'), 'y': (2, '0'), 'Y': (1, '0'), 'C': (2, '0'),
    'H': (2, '0'), 'I': (2, '0'), 'k': (2, ' '), 'l': (2, ' '), 'M': (2, '0'), 'S': (2, '0'),
    'j': (3, '0'), 'U': (2, '0'), 'W': (2, '0'), 'V': (2, '0'), 'G': (1, '0'), 'g': (2, '0'),
    'u': (1, '0'), 'w': (1, '0'), 's': (1, '0'),
}


def _strftime_flagged(obj, fmt, i, timetuple):
    """The text of the directive at fmt[i:] (after its '%') with glibc flags, width and
    E/O modifiers; returns (index after the directive, text)."""
    n = len(fmt)
    start = i
    flags = ''
    while i < n and fmt[i] in '-_0^#':
        flags += fmt[i]
        i += 1
    w = ''
    while i < n and fmt[i].isdigit():
        w += fmt[i]
        i += 1
    if i < n and fmt[i] in 'EO':
        i += 1
    if i >= n:
        # An incomplete directive is kept as written.
        return n, '%' + fmt[start:]
    ch = fmt[i]
    i += 1
    if ch not in _STRFTIME_NUMERIC and ch not in 'aAbBhpPZcxXDTRrFnt%':
        return i, '%' + fmt[start:i]
    text = _wrap_strftime(obj, '%' + ch, timetuple)
    pad = ''
    for f in reversed(flags):
        if f in '-_0':
            pad = f
            break
    if ch in _STRFTIME_NUMERIC:
        width, padch = _STRFTIME_NUMERIC[ch]
        digits = text.strip()
        neg = digits.startswith('-')
        digits = digits.lstrip('-').lstrip('0') or '0'
        if pad == '-':
            return i, ('-' if neg else '') + digits
        if pad:
            padch = ' ' if pad == '_' else '0'
        width = int(w) if w else width
        body = ('-' if neg else '') + digits
        if padch == '0':
            return i, ('-' if neg else '') + digits.rjust(width - neg, '0')
        return i, body.rjust(width, ' ')
    if '^' in flags:
        text = text.upper()
    elif '#' in flags:
        if ch in 'aAbBh':
            text = text.upper()
        elif ch in 'pZ':
            text = text.lower()
    if w:
        text = text.rjust(int(w), '0' if pad == '0' else ' ')
    return i, text


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if today < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    else:
        nxt = _iso_week1_monday(iso_year + 1)
        if today >= nxt:
            iso_year += 1
            week1 = nxt
    week, wd = divmod(today - week1, 7)
    return iso_year, week + 1, wd + 1


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ---------------------------------------------------------------------------------------------

class timedelta:
    """A duration: days, seconds (< 1 day) and microseconds (< 1 second), normalised."""
    __ember_tp_name__ = 'datetime.timedelta'
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        parts = ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                 (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                 (weeks, 604800000000))
        total = 0
        frac = 0.0
        for value, scale in parts:
            if isinstance(value, int):
                total += value * scale
            elif isinstance(value, float):
                whole = int(value) if value == value and value not in (float('inf'), float('-inf')) else None
                if whole is None:
                    if value != value:
                        raise ValueError('cannot convert float NaN to integer')
                    raise OverflowError('cannot convert float infinity to integer')
                # The integral part stays exact; only the fraction goes through floats.
                total += whole * scale
                frac += (value - whole) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_NAMES[scale], type(value).__name__))
        if frac:
            total += round(frac)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, 86400000000)
        seconds, micro = divmod(rest, 1000000)
        if abs(days) > 999999999:
            if not -2 ** 31 <= days < 2 ** 31:
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError('days=%d; must have magnitude <= 999999999' % (days,))
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = micro
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tpname(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_us()
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return usec // other._to_us()
        if other == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return timedelta._from_us(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_us()
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('division by zero')
            return usec / other._to_us()
        if other == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_us(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer modulo by zero')
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __rdivmod__(self, other):
        if isinstance(other, timedelta):
            return other.__divmod__(self)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_TD_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
             60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}


def _tpname(obj):
    """The type name reprs show: datetime.X for this module's classes, the bare name for
    subclasses (as CPython's C types do)."""
    tp = type(obj)
    if tp.__module__ == 'datetime':
        return 'datetime.' + tp.__qualname__
    return tp.__qualname__


def _divide_and_round(a, b):
    """a / b rounded half to even, exactly."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------

def _parse_isoformat_date(s):
    """(y, m, d) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    if len(s) < 7 or not s[:4].isdigit():
        raise ValueError
    year = int(s[:4])
    has_sep = s[4] == '-'
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = s[pos:pos + 2]
        if len(week) != 2 or not week.isdigit():
            raise ValueError
        pos += 2
        weekday = 1
        if len(s) > pos:
            if has_sep:
                if s[pos] != '-':
                    raise ValueError
                pos += 1
            if len(s) != pos + 1 or not s[pos].isdigit():
                raise ValueError
            weekday = int(s[pos])
        return _iso_to_ymd(year, int(week), weekday)
    if has_sep:
        if len(s) != 10 or s[7] != '-':
            raise ValueError
        mm, dd = s[5:7], s[8:10]
    else:
        if len(s) != 8:
            raise ValueError
        mm, dd = s[4:6], s[6:8]
    if not (mm.isdigit() and dd.isdigit() and mm.isascii() and dd.isascii()):
        raise ValueError
    return year, int(mm), int(dd)


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


def _parse_hh_mm_ss_ff(s):
    """[hour, minute, second, microsecond] from HH[:MM[:SS[.fff[fff]]]] (or without colons)."""
    comps = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for i in range(3):
        if n - pos < 2 or not s[pos:pos + 2].isdigit() or not s[pos:pos + 2].isascii():
            raise ValueError('Incomplete time component')
        comps[i] = int(s[pos:pos + 2])
        pos += 2
        if pos >= n or i == 2:
            break
        nxt = s[pos]
        if has_sep is None:
            has_sep = nxt == ':'
        if nxt == ':':
            if not has_sep:
                raise ValueError('Invalid time separator')
            pos += 1
        elif has_sep or nxt in '.,':
            break
    if pos < n:
        if s[pos] not in '.,' or comps[2] is None:
            raise ValueError('Invalid microsecond component')
        pos += 1
        frac = s[pos:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError('Invalid microsecond component')
        digits = frac[:6]
        us = int(digits) * 10 ** (6 - len(digits))
        if len(frac) > 6 and int(frac[6]) >= 5:
            pass
        comps[3] = us
    return comps


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo or None) from an ISO time string."""
    if len(s) < 2:
        raise ValueError('Isoformat time too short')
    tz_pos = -1
    for i, ch in enumerate(s):
        if ch in '+-Z':
            tz_pos = i
            break
    time_part = s if tz_pos < 0 else s[:tz_pos]
    comps = _parse_hh_mm_ss_ff(time_part)
    tzi = None
    if tz_pos >= 0:
        tzstr = s[tz_pos:]
        if tzstr == 'Z':
            tzi = timezone.utc
        else:
            if tzstr[0] == 'Z':
                raise ValueError('Malformed time zone string')
            body = tzstr[1:]
            if len(body) not in (2, 4, 5, 6, 8, 9) and len(body) < 10:
                raise ValueError('Malformed time zone string')
            tzc = _parse_hh_mm_ss_ff(body)
            td = timedelta(hours=tzc[0], minutes=tzc[1], seconds=tzc[2], microseconds=tzc[3])
            if tzstr[0] == '-':
                td = -td
            tzi = timezone.utc if not td else timezone(td)
    return comps + [tzi]


# ---------------------------------------------------------------------------------------------

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""
    __ember_tp_name__ = 'datetime.date'
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, (bytes, str)) and len(year) == 4
                and 1 <= ord(year[2:3]) <= 12):
            # The pickled state (as __reduce__ gives it).
            b = _state_bytes(year, 'date')
            year, month, day = b[0] * 256 + b[1], b[2], b[3]
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(_check_timestamp(t))[:9]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s' % _tname(fmt))
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP):
        if year is _KEEP:
            year = self._year
        if month is _KEEP:
            month = self._month
        if day is _KEEP:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                if type(self) is date:
                    return _new_date(y, m, d)
                return type(self)(y, m, d)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        # The state is CPython's: year (two bytes), month, day.
        return (type(self), (bytes([self._year >> 8, self._year & 255, self._month,
                                    self._day]),))


class _IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % ('datetime.IsoCalendarDate', *self)


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _check_timestamp(t):
    if isinstance(t, (int, float)):
        return t
    try:
        return float(t)
    except (TypeError, ValueError):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % (type(t).__name__,)) from None


# ---------------------------------------------------------------------------------------------

class tzinfo:
    """Abstract base of time zone information objects."""
    __ember_tp_name__ = 'datetime.tzinfo'
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None))

# The class under another name, for the methods whose tzinfo argument hides it.
_tzinfo = tzinfo


class time:
    """A time of day (hour, minute, second, microsecond) with an optional tzinfo."""
    __ember_tp_name__ = 'datetime.time'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6
                and ord(hour[0:1]) & 0x7F < 24):
            # The pickled state, with the tzinfo second.
            b = _state_bytes(hour, 'time')
            tzinfo = minute or None
            if tzinfo is not None and not isinstance(tzinfo, _tzinfo):
                raise TypeError("bad tzinfo state arg")
            hour, fold = (b[0] - 128, 1) if b[0] > 127 else (b[0], 0)
            minute, second, microsecond = b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5]
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_tpname(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string.startswith('T') else time_string
        try:
            fields = _parse_isoformat_time(s)
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*fields)

    def strftime(self, fmt):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s' % _tname(fmt))
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=_KEEP, minute=_KEEP, second=_KEEP, microsecond=_KEEP, tzinfo=True, *,
                fold=_KEEP):
        if hour is _KEEP:
            hour = self._hour
        if minute is _KEEP:
            minute = self._minute
        if second is _KEEP:
            second = self._second
        if microsecond is _KEEP:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _KEEP:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce_ex__(self, protocol):
        # CPython's state: six bytes (fold in the hour's top bit from protocol 4) and
        # the tzinfo, if any.
        state = _time_state(self._hour, self._minute, self._second, self._microsecond,
                            self._fold if protocol > 3 else 0)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __setstate__(self, fold):
        self._fold = fold
        self._hashcode = -1


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, with an optional tzinfo."""
    __ember_tp_name__ = 'datetime.datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if (day is None and isinstance(year, (bytes, str)) and len(year) == 10
                and 1 <= ord(year[2:3]) & 0x7F <= 12):
            # The pickled state, with the tzinfo second.
            b = _state_bytes(year, 'datetime')
            tzinfo = month
            if tzinfo is not None and not isinstance(tzinfo, _tzinfo):
                raise TypeError("bad tzinfo state arg")
            month, fold = (b[2] - 128, 1) if b[2] > 127 else (b[2], 0)
            year, day, hour, minute, second = b[0] * 256 + b[1], b[3], b[4], b[5], b[6]
            microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        if utc:
            y, m, d, hh, mm, ss = _utc_fields(t)
        else:
            y, m, d, hh, mm, ss = _time.localtime(t)[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # A local time seen twice (clocks set back) is the second one if an earlier UTC
            # instant maps to the same wall time: then it gets fold=1.
            day = 24 * 3600
            y, m, d, hh, mm, ss = _time.localtime(t - day)[:6]
            probe1 = cls(y, m, d, hh, mm, ss, us, tz)
            trans = result - probe1 - timedelta(seconds=day)
            if trans.days < 0:
                y, m, d, hh, mm, ss = _time.localtime(t + trans // timedelta(seconds=1))[:6]
                probe2 = cls(y, m, d, hh, mm, ss, us, tz)
                if probe2 == result:
                    result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo_arg(tz)
        t = _check_timestamp(t)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(_check_timestamp(t), True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % _tname(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % _tname(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            sep = _find_isoformat_date_end(date_string)
            date_components = _parse_isoformat_date(date_string[:sep])
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        tstr = date_string[sep + 1:]
        if tstr:
            try:
                time_components = _parse_isoformat_time(tstr)
            except Exception:
                raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        else:
            if sep < len(date_string):
                raise ValueError('Invalid isoformat string: %r' % (date_string,))
            time_components = [0, 0, 0, 0, None]
        return cls(*(list(date_components) + time_components))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, dst)

    def _local_timestamp(self):
        """Seconds since the epoch of this naive local time. Local time is a function of UTC
        with jumps, so solve local(u) == t for u: try the offset in force at t, then the other
        offset near it; fold picks between two solutions, or the side of a gap."""
        epoch = datetime(1970, 1, 1)
        day = 24 * 3600
        t = (self - epoch) // timedelta(seconds=1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(seconds=1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (day if self._fold else -day)
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        # t falls in a gap: neither offset reproduces it.
        return max(u1, u2) if self._fold == 0 else min(u1, u2)

    def timestamp(self):
        if self._tzinfo is None:
            s = self._local_timestamp()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self._year, self._month, self._day
        hh, mm, ss = self._hour, self._minute, self._second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP, hour=_KEEP, minute=_KEEP, second=_KEEP,
                microsecond=_KEEP, tzinfo=True, *, fold=_KEEP):
        if year is _KEEP:
            year = self._year
        if month is _KEEP:
            month = self._month
        if day is _KEEP:
            day = self._day
        if hour is _KEEP:
            hour = self._hour
        if minute is _KEEP:
            minute = self._minute
        if second is _KEEP:
            second = self._second
        if microsecond is _KEEP:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _KEEP:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        try:
            lt = _time.localtime(ts)
            gmtoff = lt.tm_gmtoff or 0
            zone = lt.tm_zone
        except (AttributeError, OverflowError, ValueError, OSError):
            gmtoff, zone = 0, 'UTC'
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo_arg(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=None)
        if tz is None:
            # The local zone in force at the UTC instant (not at the wall time, which may be
            # in a gap or an overlap).
            tz = utc.replace(tzinfo=timezone.utc)._local_timezone()
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute,
                                                  self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s(%s)' % (_tpname(self), ', '.join(map(str, L)))
        # CPython's datetime (unlike its time) shows fold before tzinfo.
        if self._fold:
            s = s[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute,
                         other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def _to_us(self):
        days = self.toordinal()
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._to_us() + other._to_us()
        days, rest = divmod(total, 86400000000)
        if 0 < days <= _MAXORDINAL:
            secs, us = divmod(rest, 1000000)
            hh, rem = divmod(secs, 3600)
            mm, ss = divmod(rem, 60)
            y, m, d = _ord2ymd(days)
            if type(self) is datetime:
                return _new_datetime(y, m, d, hh, mm, ss, us, self._tzinfo)
            return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_us(self._to_us() - other._to_us())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._to_us())
            else:
                self._hashcode = hash(t._to_us() - tzoff._to_us())
        return self._hashcode

    def __reduce_ex__(self, protocol):
        # CPython's state: ten bytes (fold in the month's top bit from protocol 4) and
        # the tzinfo, if any.
        fold = self._fold if protocol > 3 else 0
        state = bytes([self._year >> 8, self._year & 255, self._month + 128 * fold,
                       self._day]) + _time_state(self._hour, self._minute, self._second,
                                                 self._microsecond, 0)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __setstate__(self, fold):
        self._fold = fold
        self._hashcode = -1


_date_class = date
_time_class = time


def _new_date(y, m, d):
    """A date from fields already known valid (arithmetic results skip the checks)."""
    self = object.__new__(date)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


def _new_datetime(y, m, d, hh, mm, ss, us, tz, fold=0):
    """A datetime from fields already known valid."""
    self = object.__new__(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._hashcode = -1
    self._fold = fold
    return self


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_tpname(x), _tpname(y)))


def _modf(t):
    """(fraction, integral) of a timestamp, integral part exact for ints."""
    if isinstance(t, int):
        return 0.0, t
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    whole = int(t)
    return t - whole, whole


def _utc_fields(t):
    days, secs = divmod(t, 86400)
    y, m, d = _ord2ymd(days + _ymd2ord(1970, 1, 1))
    hh, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _find_isoformat_date_end(s):
    """Index just past the date part of an ISO datetime string."""
    n = len(s)
    if n >= 8 and s[4] == '-' and s[5] != 'W':
        return 10 if n > 10 else n if n == 10 else 10
    if n >= 8 and s[4] == '-' and s[5] == 'W':
        return 10 if n >= 10 and s[8] == '-' else 8
    if n >= 5 and s[4] == 'W':
        return 8 if n > 7 and s[7].isdigit() else 7
    return 8


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------

class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""
    __ember_tp_name__ = 'datetime.timezone'
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % _tname(offset))
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _tname(name))
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tpname(self), self._offset)
        return '%s(%r, %r)' % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc: argument must be a datetime')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------------------
# strptime: a backtracking matcher that accepts what CPython's _strptime regular expressions
# accept (the same alternatives, tried in the same order), without needing the re module.

_D = '0123456789'
_NZ = '123456789'
# Each numeric directive: its alternatives, each a sequence of allowed character sets.
_NUMERIC = {
    'd': [['3', '01'], ['12', _D], ['0', _NZ], [_NZ], [' ', _NZ]],
    'H': [['2', '0123'], ['01', _D], [_D]],
    'I': [['1', '012'], ['0', _NZ], [_NZ]],
    'G': [[_D, _D, _D, _D]],
    'j': [['3', '6', '0123456'], ['3', '012345', _D], ['12', _D, _D], ['0', _NZ, _D],
          ['0', '0', _NZ], [_NZ, _D], ['0', _NZ], [_NZ]],
    'm': [['1', '012'], ['0', _NZ], [_NZ]],
    'M': [['012345', _D], [_D]],
    'S': [['6', '01'], ['012345', _D], [_D]],
    'U': [['5', '0123'], ['01234', _D], [_D]],
    'w': [['0123456']],
    'u': [['1234567']],
    'V': [['5', '0123'], ['0', _NZ], ['1234', _D], [_D]],
    'y': [[_D, _D]],
    'Y': [[_D, _D, _D, _D]],
    'f': [[_D] * n for n in range(6, 0, -1)],
}
_NUMERIC['W'] = _NUMERIC['U']
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _names_alternatives(names):
    """(index, name) pairs, longest names first as CPython's generated regex orders them."""
    pairs = [(i, n) for i, n in names]
    pairs.sort(key=lambda p: len(p[1]), reverse=True)
    return pairs


def _tokenize_strptime_format(fmt):
    """Tokens: ('lit', ch), ('ws',), ('dir', ch)."""
    tokens = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        i += 1
        if ch == '%':
            if i >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i]
            i += 1
            if d in _EXPANSIONS:
                tokens.extend(_tokenize_strptime_format(_EXPANSIONS[d]))
            elif d == '%':
                tokens.append(('lit', '%'))
            elif d in _NUMERIC or d in 'aAbBpzZ':
                tokens.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', ch))
    return tokens


def _directive_candidates(d, data, pos):
    """(value, new position) for each way directive d can match at pos, in regex order."""
    out = []
    if d in _NUMERIC:
        for alt in _NUMERIC[d]:
            seg = data[pos:pos + len(alt)]
            if len(seg) == len(alt) and all(c in cs for c, cs in zip(seg, alt)):
                out.append((seg, pos + len(alt)))
        return out
    if d in 'aAbBp':
        if d == 'a':
            names = [(k - 1, v) for k, v in enumerate(_DAYNAMES) if v]
        elif d == 'A':
            names = [(k - 1, v) for k, v in enumerate(_FULLDAYNAMES) if v]
        elif d == 'b':
            names = [(k, v) for k, v in enumerate(_MONTHNAMES) if v]
        elif d == 'B':
            names = [(k, v) for k, v in enumerate(_FULLMONTHNAMES) if v]
        else:
            names = [(0, 'AM'), (1, 'PM')]
        low = data[pos:].lower()
        for idx, name in _names_alternatives(names):
            if low.startswith(name.lower()):
                out.append((idx, pos + len(name)))
        return out
    if d == 'Z':
        names = ['utc', 'gmt']
        try:
            for n in _time.tzname:
                if n.lower() not in names:
                    names.append(n.lower())
        except AttributeError:
            pass
        low = data[pos:].lower()
        for name in sorted(names, key=len, reverse=True):
            if name and low.startswith(name):
                out.append((data[pos:pos + len(name)], pos + len(name)))
        return out
    if d == 'z':
        if data[pos:pos + 1] == 'Z':
            return [('Z', pos + 1)]
        if data[pos:pos + 1] not in ('+', '-'):
            return []
        # [+-]HH[:]MM[[:]SS[.ffffff]], longest alternative first.
        i = pos + 1
        if not (len(data) >= i + 2 and data[i] in _D and data[i + 1] in _D):
            return []
        i += 2
        cands_end = []
        for sep in ((':',) if data[i:i + 1] == ':' else ('',)):
            j = i + len(sep)
            if not (len(data) >= j + 2 and data[j] in '012345' and data[j + 1] in _D):
                return []
            j += 2
            base = j
            k = j + (1 if data[j:j + 1] == ':' else 0)
            if len(data) >= k + 2 and data[k] in '012345' and data[k + 1] in _D:
                k += 2
                ends = [k]
                if data[k:k + 1] == '.':
                    m = k + 1
                    while m < len(data) and m - (k + 1) < 6 and data[m] in _D:
                        m += 1
                    ends = [e for e in range(m, k + 1, -1)] + ends
                cands_end.extend(ends)
            cands_end.append(base)
        return [(data[pos:e], e) for e in cands_end]
    return out


def _strptime_match(tokens, ti, data, pos, fields):
    """First match (in regex order) of tokens[ti:] at data[pos:]; returns the end or -1."""
    if ti == len(tokens):
        return pos
    tok = tokens[ti]
    if tok[0] == 'lit':
        if pos < len(data) and data[pos].lower() == tok[1].lower():
            return _strptime_match(tokens, ti + 1, data, pos + 1, fields)
        return -1
    if tok[0] == 'ws':
        end = pos
        while end < len(data) and data[end].isspace():
            end += 1
        for e in range(end, pos, -1):
            r = _strptime_match(tokens, ti + 1, data, e, fields)
            if r >= 0:
                return r
        return -1
    d = tok[1]
    for value, newpos in _directive_candidates(d, data, pos):
        saved = fields.get(d, _MISSING)
        fields[d] = value
        r = _strptime_match(tokens, ti + 1, data, newpos, fields)
        if r >= 0:
            return r
        if saved is _MISSING:
            del fields[d]
        else:
            fields[d] = saved
    return -1


_MISSING = object()
_STRPTIME_CACHE = {}


def _week_julian(year, week_of_year, day_of_week, week_starts_mon):
    """Day of the year from a %U/%W week number and a Monday-based weekday."""
    first_weekday = date(year, 1, 1).weekday()
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _strptime(cls, data, fmt):
    year, month, day, hour, minute, second, fraction, _, _, offset, zname = \
        _strptime_parts(data, fmt)
    tz = None
    if offset is not None:
        tz = timezone(offset, zname) if zname is not None else timezone(offset)
    return cls(year, month, day, hour, minute, second, fraction, tz)


def _strptime_struct(data, fmt):
    """time.strptime: the parsed fields as a struct_time (tm_zone/tm_gmtoff from %Z/%z)."""
    if not isinstance(data, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % type(data))
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(fmt))
    year, month, day, hour, minute, second, _, wday, yday, offset, zname = \
        _strptime_parts(data, fmt)
    isdst = -1
    if zname is not None:
        # As CPython's locale table: UTC/GMT and the standard zone name are not DST.
        low = zname.lower()
        std, dst = _time.tzname
        if low in ('utc', 'gmt', std.lower()):
            isdst = 0
        elif _time.daylight and low == dst.lower():
            isdst = 1
    gmtoff = None
    if offset is not None:
        gmtoff = offset.days * 86400 + offset.seconds
    return _time.struct_time((year, month, day, hour, minute, second, wday, yday, isdst,
                              zname, gmtoff))


def _strptime_parts(data, fmt):
    """(year, month, day, hour, minute, second, microsecond, weekday, day of year,
    UTC offset or None, %Z text or None) parsed from data by fmt."""
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % _tname(data))
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % _tname(fmt))
    tokens = _STRPTIME_CACHE.get(fmt)
    if tokens is None:
        tokens = _tokenize_strptime_format(fmt)
        if len(_STRPTIME_CACHE) > 100:
            _STRPTIME_CACHE.clear()
        _STRPTIME_CACHE[fmt] = tokens
    fields = {}
    end = _strptime_match(tokens, 0, data, 0, fields)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = week_of_year = None
    week_starts_mon = True
    iso_year = iso_week = None
    offset = None
    if 'y' in fields:
        y = int(fields['y'])
        year = y + (2000 if y <= 68 else 1900)
    if 'Y' in fields:
        year = int(fields['Y'])
    if 'G' in fields:
        iso_year = int(fields['G'])
    for key in ('m', 'b', 'B'):
        if key in fields:
            month = int(fields[key])
    if 'd' in fields:
        day = int(fields['d'])
    if 'H' in fields:
        hour = int(fields['H'])
    if 'I' in fields:
        hour = int(fields['I'])
        ampm = fields.get('p')
        if ampm in (None, 0):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if 'M' in fields:
        minute = int(fields['M'])
    if 'S' in fields:
        second = int(fields['S'])
    if 'f' in fields:
        s = fields['f']
        fraction = int(s + '0' * (6 - len(s)))
    for key in ('a', 'A'):
        if key in fields:
            weekday = fields[key]
    if 'w' in fields:
        weekday = (int(fields['w']) - 1) % 7
    if 'u' in fields:
        weekday = int(fields['u']) - 1
    if 'j' in fields:
        julian = int(fields['j'])
    if 'U' in fields or 'W' in fields:
        key = 'U' if 'U' in fields else 'W'
        week_of_year = int(fields[key])
        week_starts_mon = key == 'W'
    if 'V' in fields:
        iso_week = int(fields['V'])
    if 'z' in fields:
        z = fields['z']
        if z == 'Z':
            offset = timedelta(0)
        else:
            sign = -1 if z[0] == '-' else 1
            body = z[1:].replace(':', '')
            hh, mm = int(body[0:2]), int(body[2:4])
            ss = int(body[4:6]) if len(body) >= 6 else 0
            us = body[7:] if len(body) > 7 else ''
            micro = int(us + '0' * (6 - len(us))) if us else 0
            offset = sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=micro)
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        year, month, day = _iso_to_ymd(iso_year, iso_week, weekday + 1)
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        julian = _week_julian(year, week_of_year, weekday, week_starts_mon)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        y, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
        year = y
    else:
        # (date() rejects a day past the month's end, with CPython's message.)
        julian = date(year, month, day).toordinal() - _ymd2ord(year, 1, 1) + 1
    if weekday is None:
        weekday = date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, weekday, julian, offset,
            fields.get('Z'))


datetime_CAPI = None
