"""Dates, times, durations and fixed-offset zones, for Ember.

Calendar arithmetic runs on proleptic Gregorian ordinals (0001-01-01 is day 1). Local time
comes from the time module; where the runtime has no zone data that reports UTC, so naive
"local" conversions then assume UTC.
"""

import time as _time
import sys

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059            # 9999-12-31
_EPOCH_ORDINAL = 719163          # 1970-01-01
_DAY_US = 86400000000
_SEC_US = 1000000
_MAX_TZ_US = _DAY_US - 1         # a UTC offset stays strictly inside one day

# Defaults that are not None: replace() passes None on to the constructor (which rejects
# it), and the constructors tell a missing argument from an explicit None.
_KEEP = object()
_NOARG = object()

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_MONTHNAMES = (None,) + tuple('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split())
_FULLMONTHNAMES = (None,) + tuple(
    'January February March April May June July August September October November December'
    .split())
_DAYNAMES = (None,) + tuple('Mon Tue Wed Thu Fri Sat Sun'.split())
_FULLDAYNAMES = (None,) + tuple(
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split())


def _tname(x):
    """The type name CPython's argument errors show ('None' for None)."""
    return 'None' if x is None else type(x).__name__


def _tpname(obj):
    """The type name reprs show: datetime.X for this module's classes, the bare name for
    subclasses (as CPython's C types do)."""
    tp = type(obj)
    if tp.__module__ == 'datetime':
        return 'datetime.' + tp.__qualname__
    return tp.__qualname__


# --- the calendar ------------------------------------------------------------------------
# Ordinals are computed on years that start in March: the leap day then ends its year, so
# month lengths follow the fixed pattern 153 days per 5 months.

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_DAYS[m]


def _ymd_to_ord(y, m, d):
    if m < 3:
        y -= 1
        m += 9
    else:
        m -= 3
    cycles, y = divmod(y, 400)
    return (cycles * 146097 + y * 365 + y // 4 - y // 100
            + (153 * m + 2) // 5 + d - 306)


def _ord_to_ymd(n):
    cycles, k = divmod(n + 305, 146097)          # k: day within a 400-year cycle
    yr = (k - k // 1460 + k // 36524 - k // 146096) // 365
    k -= yr * 365 + yr // 4 - yr // 100          # k: day within the March-based year
    mp = (5 * k + 2) // 153
    d = k - (153 * mp + 2) // 5 + 1
    yr += cycles * 400
    if mp < 10:
        return yr, mp + 3, d
    return yr + 1, mp - 9, d


def _day_of_year(y, m, d):
    return _ymd_to_ord(y, m, d) - _ymd_to_ord(y, 1, 1) + 1


def _week_one_start(year):
    """Ordinal of the Monday that opens ISO week 1 (the week holding January 4th)."""
    jan4 = _ymd_to_ord(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _isocalendar(y, m, d):
    day = _ymd_to_ord(y, m, d)
    iso_year = y
    if m == 12 and day >= _week_one_start(y + 1):
        iso_year += 1
    elif m == 1 and day < _week_one_start(y):
        iso_year -= 1
    week, wd = divmod(day - _week_one_start(iso_year), 7)
    return iso_year, week + 1, wd + 1


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 1 <= week <= 52:
        # Week 53 exists when the year starts on a Thursday (or a Wednesday, leap years).
        jan1 = (_ymd_to_ord(year, 1, 1) + 6) % 7
        if week != 53 or not (jan1 == 3 or jan1 == 2 and _leap(year)):
            raise ValueError('Invalid week: %d' % week)
    if not 1 <= day <= 7:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _ord_to_ymd(_week_one_start(year) + 7 * (week - 1) + day - 1)


def _struct(y, m, d, hh, mi, ss, isdst):
    o = _ymd_to_ord(y, m, d)
    return _time.struct_time((y, m, d, hh, mi, ss, (o + 6) % 7, o - _ymd_to_ord(y, 1, 1) + 1,
                              isdst))


def _ctime_text(y, m, d, hh, mi, ss):
    return '%s %s %2d %02d:%02d:%02d %04d' % (
        _DAYNAMES[_ymd_to_ord(y, m, d) % 7 or 7], _MONTHNAMES[m], d, hh, mi, ss, y)


# --- argument checking -------------------------------------------------------------------

def _as_int(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    try:
        conv = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return conv(v)


def _valid_date(y, m, d):
    if type(y) is not int or type(m) is not int or type(d) is not int:
        y, m, d = _as_int(y), _as_int(m), _as_int(d)
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if m < 1 or m > 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or d > _month_len(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _valid_time(hh, mi, ss, us, fold):
    if type(hh) is not int or type(mi) is not int or type(ss) is not int or type(us) is not int:
        hh, mi, ss, us = _as_int(hh), _as_int(mi), _as_int(ss), _as_int(us)
    if hh < 0 or hh > 23:
        raise ValueError('hour must be in 0..23')
    if mi < 0 or mi > 59:
        raise ValueError('minute must be in 0..59')
    if ss < 0 or ss > 59:
        raise ValueError('second must be in 0..59')
    if us < 0 or us > 999999:
        raise ValueError('microsecond must be in 0..999999')
    if type(fold) is not int:
        fold = _as_int(fold)
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return hh, mi, ss, us, fold


def _need_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _checked_offset(kind, off):
    """A tzinfo's utcoffset()/dst() answer, vetted as CPython does."""
    if off is not None:
        if not isinstance(off, timedelta):
            raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                            % (kind, type(off).__name__))
        if not -_DAY_US < off._total < _DAY_US:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24).')
    return off


def _checked_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _timestamp_arg(t):
    if not isinstance(t, (int, float)):
        try:
            t = float(t)
        except (TypeError, ValueError):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__) from None
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    if not -2.0 ** 63 <= t < 2.0 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return t


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, the fraction rounded half to even."""
    if isinstance(t, int):
        return t, 0
    whole = int(t)
    carry, us = divmod(round((t - whole) * 1e6), _SEC_US)
    return whole + carry, us


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


def _clock_state(hh, mi, ss, us, fold):
    """CPython's six-byte pickled time of day; fold rides in the hour's top bit."""
    return bytes((hh | fold << 7, mi, ss, us >> 16, (us >> 8) & 255, us & 255))


# --- text ----------------------------------------------------------------------------------

def _offset_text(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] for a UTC offset, '' for None."""
    if off is None:
        return ''
    us = off._total
    sign = '-' if us < 0 else '+'
    secs, us = divmod(abs(us), _SEC_US)
    mins, secs = divmod(secs, 60)
    text = '%s%02d%s%02d' % (sign, mins // 60, sep, mins % 60)
    if secs or us:
        text += '%s%02d' % (sep, secs)
        if us:
            text += '.%06d' % us
    return text


# timespec -> (pattern, how many of hour, minute, second, fraction it shows)
_TIMESPECS = {
    'hours': ('%02d', 1),
    'minutes': ('%02d:%02d', 2),
    'seconds': ('%02d:%02d:%02d', 3),
    'milliseconds': ('%02d:%02d:%02d.%03d', 4),
    'microseconds': ('%02d:%02d:%02d.%06d', 4),
}


def _clock_text(hh, mi, ss, us, timespec, argno):
    if not isinstance(timespec, str):
        raise TypeError('isoformat() argument %d must be str, not %s'
                        % (argno, type(timespec).__name__))
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    spec = _TIMESPECS.get(timespec)
    if spec is None:
        raise ValueError('Unknown timespec value')
    if timespec == 'milliseconds':
        us //= 1000
    return spec[0] % (hh, mi, ss, us)[:spec[1]]


def _format_with(obj, fmt):
    """__format__ of dates and times: strftime for a non-empty spec."""
    if not isinstance(fmt, str):
        raise TypeError('__format__() argument 1 must be str, not %s' % _tname(fmt))
    return obj.strftime(fmt) if fmt else str(obj)

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
            out.append(_offset_text(off, ''))
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


# strftime directives a format made of them is compiled for: the %-template of each and
# the expressions giving its values (over year, month, day, hh, mm, ss, wday, yday, us).
_AMPM = "('AM' if hh < 12 else 'PM')"
_STRFTIME_PLAIN = {
    'a': ('%s', ('_DAYNAMES[wday + 1]',)), 'A': ('%s', ('_FULLDAYNAMES[wday + 1]',)),
    'w': ('%d', ('(wday + 1) % 7',)), 'u': ('%d', ('wday + 1',)),
    'd': ('%02d', ('day',)), 'e': ('%2d', ('day',)),
    'b': ('%s', ('_MONTHNAMES[month]',)), 'h': ('%s', ('_MONTHNAMES[month]',)),
    'B': ('%s', ('_FULLMONTHNAMES[month]',)), 'm': ('%02d', ('month',)),
    'y': ('%02d', ('year % 100',)), 'Y': ('%d', ('year',)), 'C': ('%d', ('year // 100',)),
    'H': ('%02d', ('hh',)), 'I': ('%02d', ('hh % 12 or 12',)), 'p': ('%s', (_AMPM,)),
    'P': ('%s', ("('am' if hh < 12 else 'pm')",)), 'k': ('%2d', ('hh',)),
    'l': ('%2d', ('hh % 12 or 12',)), 'M': ('%02d', ('mm',)), 'S': ('%02d', ('ss',)),
    'f': ('%06d', ('us',)), 'j': ('%03d', ('yday',)),
    'U': ('%02d', ('(yday + 6 - (wday + 1) % 7) // 7',)),
    'W': ('%02d', ('(yday + 6 - wday) // 7',)),
    'c': ('%s %s %2d %02d:%02d:%02d %d',
          ('_DAYNAMES[wday + 1]', '_MONTHNAMES[month]', 'day', 'hh', 'mm', 'ss', 'year')),
    'x': ('%02d/%02d/%02d', ('month', 'day', 'year % 100')),
    'D': ('%02d/%02d/%02d', ('month', 'day', 'year % 100')),
    'X': ('%02d:%02d:%02d', ('hh', 'mm', 'ss')), 'T': ('%02d:%02d:%02d', ('hh', 'mm', 'ss')),
    'F': ('%d-%02d-%02d', ('year', 'month', 'day')), 'R': ('%02d:%02d', ('hh', 'mm')),
    'r': ('%02d:%02d:%02d %s', ('hh % 12 or 12', 'mm', 'ss', _AMPM)),
    'n': ('\n', ()), 't': ('\t', ()), '%': ('%%', ()),
}
_STRFTIME_FUNCS = {}


def _strftime_func(fmt):
    """A function of (year, month, day, hh, mm, ss, wday, yday, us) giving what
    _wrap_strftime gives for the str fmt, made once per format; False when fmt has a
    directive (flags, zones, ISO weeks, %s) only _wrap_strftime handles."""
    f = _STRFTIME_FUNCS.get(fmt)
    if f is not None:
        return f
    template = []
    values = []
    i = 0
    n = len(fmt)
    f = None
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            template.append(ch)
            continue
        if i >= n:
            template.append('%%')
            break
        ch = fmt[i]
        i += 1
        plain = _STRFTIME_PLAIN.get(ch)
        if plain is not None:
            template.append(plain[0])
            values.extend(plain[1])
        elif ch in '-_0^#EOzZsGVg' or ch.isdigit():
            f = False
            break
        else:
            template.append('%%' + ch)
    if f is None:
        f = eval('lambda year, month, day, hh, mm, ss, wday, yday, us: %r %% (%s)'
                 % (''.join(template), ''.join(v + ', ' for v in values)))
    if len(_STRFTIME_FUNCS) > 200:
        _STRFTIME_FUNCS.clear()
    _STRFTIME_FUNCS[fmt] = f
    return f


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




# --- timedelta -----------------------------------------------------------------------------

# (argument, microseconds per unit), in the order CPython looks at the arguments.
_TD_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', _SEC_US),
             ('minutes', 60 * _SEC_US), ('hours', 3600 * _SEC_US), ('days', _DAY_US),
             ('weeks', 7 * _DAY_US))


def _td_total(values):
    """Exact microseconds of timedelta arguments that are not all ints. Float arguments
    contribute their integral microseconds exactly; the sub-microsecond remainders are
    summed and rounded once, a tie going to the even total (as CPython's C code does)."""
    total = 0
    spare = 0.0
    for value, (name, scale) in zip(values, _TD_UNITS):
        if isinstance(value, int):
            total += value * scale
        elif isinstance(value, float):
            whole = int(value)
            total += whole * scale
            scaled = (value - whole) * scale
            part = int(scaled)
            total += part
            spare += scaled - part
        else:
            raise TypeError('unsupported type for timedelta %s component: %s'
                            % (name, type(value).__name__))
    if spare:
        extra = round(spare)
        if abs(extra - spare) == 0.5:
            odd = total & 1
            extra = 2 * round((spare + odd) * 0.5) - odd
        total += int(extra)
    return total


def _td_make(cls, total):
    days, rest = divmod(total, _DAY_US)
    if days > 999999999 or days < -999999999:
        if not -2 ** 31 <= days < 2 ** 31:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(cls)
    self._dpart = days
    self._spart, self._upart = divmod(rest, _SEC_US)
    self._total = total
    self._hash = -1
    return self


def _round_div(a, b):
    """a / b rounded to the nearest integer, ties to even, without floats."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b < 0:
        twice, b = -twice, -b
    if twice > b or (twice == b and q & 1):
        q += 1
    return q


def _float_ratio(x):
    return x.as_integer_ratio()


class timedelta:
    """A signed duration, kept as whole days, seconds under a day and microseconds under
    a second (and the exact total, for arithmetic)."""
    __ember_tp_name__ = 'datetime.timedelta'
    __slots__ = ('_dpart', '_spart', '_upart', '_total', '_hash')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                     + seconds) * _SEC_US + milliseconds * 1000 + microseconds
        else:
            total = _td_total((microseconds, milliseconds, seconds, minutes, hours, days,
                               weeks))
        return _td_make(cls, total)

    days = property(lambda self: self._dpart, doc='Number of days.')
    seconds = property(lambda self: self._spart, doc='Seconds within the day (0-86399).')
    microseconds = property(lambda self: self._upart,
                            doc='Microseconds within the second (0-999999).')

    def total_seconds(self):
        return self._total / _SEC_US

    def __repr__(self):
        shown = ['%s=%d' % pair for pair in (('days', self._dpart), ('seconds', self._spart),
                                              ('microseconds', self._upart)) if pair[1]]
        return '%s(%s)' % (_tpname(self), ', '.join(shown) or '0')

    def __str__(self):
        mins, secs = divmod(self._spart, 60)
        text = '%d:%02d:%02d' % (mins // 60, mins % 60, secs)
        if self._upart:
            text = '%s.%06d' % (text, self._upart)
        n = self._dpart
        if n:
            text = '%d %s, %s' % (n, 'day' if n in (1, -1) else 'days', text)
        return text

    # Arithmetic results are plain timedeltas, whatever the operands' subclasses.
    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_make(timedelta, self._total - other._total)
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_make(timedelta, self._total + other._total)
        return NotImplemented

    __radd__ = __add__

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_make(timedelta, other._total - self._total)
        return NotImplemented

    def __neg__(self):
        return _td_make(timedelta, -self._total)

    def __pos__(self):
        return _td_make(timedelta, self._total)

    def __abs__(self):
        return _td_make(timedelta, abs(self._total))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_make(timedelta, self._total * other)
        if isinstance(other, float):
            num, den = _float_ratio(other)
            return _td_make(timedelta, _round_div(self._total * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._total // other._total
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_make(timedelta, self._total // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError('division by zero')
            return self._total / other._total
        if isinstance(other, (int, float)):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            if isinstance(other, int):
                return _td_make(timedelta, _round_div(self._total, other))
            num, den = _float_ratio(other)
            return _td_make(timedelta, _round_div(den * self._total, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError('integer modulo by zero')
            return _td_make(timedelta, self._total % other._total)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._total:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._total, other._total)
            return q, _td_make(timedelta, r)
        return NotImplemented

    def __rdivmod__(self, other):
        return other.__divmod__(self) if isinstance(other, timedelta) else NotImplemented

    def __eq__(self, other):
        return self._total == other._total if isinstance(other, timedelta) else NotImplemented

    def __ne__(self, other):
        return self._total != other._total if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._total < other._total if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._total <= other._total if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._total > other._total if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._total >= other._total if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        h = self._hash
        if h == -1:
            h = self._hash = hash((self._dpart, self._spart, self._upart))
        return h

    def __bool__(self):
        return self._total != 0

    def __reduce__(self):
        return (type(self), (self._dpart, self._spart, self._upart))


timedelta.min = timedelta(-999999999)
timedelta.max = _td_make(timedelta, 1000000000 * _DAY_US - 1)
timedelta.resolution = timedelta(microseconds=1)
_ZERO = timedelta(0)


# --- ISO 8601 parsing ---------------------------------------------------------------------

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



# --- date ----------------------------------------------------------------------------------

def _raw_date(cls, y, m, d):
    """A date from fields already known valid (arithmetic results skip the checks)."""
    self = object.__new__(cls)
    self._y = y
    self._mo = m
    self._dd = d
    self._hash = -1
    return self


def _missing_arg(name, pos):
    return TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _is_plain_date(x):
    return isinstance(x, date) and not isinstance(x, datetime)


class date:
    """A day of the proleptic Gregorian calendar."""
    __ember_tp_name__ = 'datetime.date'
    __slots__ = ('_y', '_mo', '_dd', '_hash')

    def __new__(cls, year, month=_NOARG, day=_NOARG):
        if month is _NOARG:
            if isinstance(year, (bytes, str)) and len(year) == 4 and 1 <= ord(year[2:3]) <= 12:
                # The pickled state: two bytes of year, then month and day.
                raw = _state_bytes(year, 'date')
                return cls(raw[0] << 8 | raw[1], raw[2], raw[3])
            _as_int(year)
            raise _missing_arg('month', 2)
        if day is _NOARG:
            _as_int(year), _as_int(month)
            raise _missing_arg('day', 3)
        y, m, d = _valid_date(year, month, day)
        return _raw_date(cls, y, m, d)

    # -- alternate constructors
    @classmethod
    def fromtimestamp(cls, t):
        fields = _time.localtime(_timestamp_arg(t))
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) not in (7, 8, 10):
                raise ValueError
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    # -- fields and views
    year = property(lambda self: self._y, doc='year (1-9999)')
    month = property(lambda self: self._mo, doc='month (1-12)')
    day = property(lambda self: self._dd, doc='day (1-31)')

    def toordinal(self):
        return _ymd_to_ord(self._y, self._mo, self._dd)

    def weekday(self):
        return (_ymd_to_ord(self._y, self._mo, self._dd) + 6) % 7

    def isoweekday(self):
        return _ymd_to_ord(self._y, self._mo, self._dd) % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._y, self._mo, self._dd))

    def timetuple(self):
        return _struct(self._y, self._mo, self._dd, 0, 0, 0, -1)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP):
        return type(self)(self._y if year is _KEEP else year,
                          self._mo if month is _KEEP else month,
                          self._dd if day is _KEEP else day)

    # -- text
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._y, self._mo, self._dd)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._y, self._mo, self._dd)

    __str__ = isoformat

    def ctime(self):
        return _ctime_text(self._y, self._mo, self._dd, 0, 0, 0)

    def strftime(self, fmt):
        if type(fmt) is str:
            cls = type(self)
            if (cls is date or cls is datetime and self._tz is None) and _strftime_func(fmt):
                # timetuple()'s fields, straight from ours.
                y, m, d = self._y, self._mo, self._dd
                o = _ymd_to_ord(y, m, d)
                if cls is date:
                    return _STRFTIME_FUNCS[fmt](y, m, d, 0, 0, 0, (o + 6) % 7,
                                                o - _ymd_to_ord(y, 1, 1) + 1, 0)
                return _STRFTIME_FUNCS[fmt](y, m, d, self._h, self._mi, self._s, (o + 6) % 7,
                                            o - _ymd_to_ord(y, 1, 1) + 1, self._us)
        return _wrap_strftime(self, fmt, self.timetuple())

    __format__ = _format_with

    # -- ordering: plain dates only; a datetime answers for itself
    def __eq__(self, other):
        if _is_plain_date(other) and not isinstance(self, datetime):
            return (self._y, self._mo, self._dd) == (other._y, other._mo, other._dd)
        return NotImplemented

    def __lt__(self, other):
        if _is_plain_date(other):
            return (self._y, self._mo, self._dd) < (other._y, other._mo, other._dd)
        return NotImplemented

    def __le__(self, other):
        if _is_plain_date(other):
            return (self._y, self._mo, self._dd) <= (other._y, other._mo, other._dd)
        return NotImplemented

    def __gt__(self, other):
        if _is_plain_date(other):
            return (self._y, self._mo, self._dd) > (other._y, other._mo, other._dd)
        return NotImplemented

    def __ge__(self, other):
        if _is_plain_date(other):
            return (self._y, self._mo, self._dd) >= (other._y, other._mo, other._dd)
        return NotImplemented

    def __hash__(self):
        h = self._hash
        if h == -1:
            h = self._hash = hash((self._y, self._mo, self._dd))
        return h

    # -- arithmetic
    def _moved(self, days):
        n = _ymd_to_ord(self._y, self._mo, self._dd) + days
        if n < 1 or n > _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord_to_ymd(n)
        if type(self) is date:
            return _raw_date(date, y, m, d)
        return type(self)(y, m, d)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._moved(-other._dpart)
        if _is_plain_date(other):
            return _td_make(timedelta, (self.toordinal() - other.toordinal()) * _DAY_US)
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._moved(other._dpart)
        return NotImplemented

    __radd__ = __add__

    def __reduce__(self):
        y = self._y
        return (type(self), (bytes((y >> 8, y & 255, self._mo, self._dd)),))


class _IsoCalendarDate(tuple):
    """date.isocalendar()'s answer: a (year, week, weekday) tuple with names."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    def __reduce__(self):
        # Pickles as a plain tuple, as CPython's does.
        return (tuple, (tuple(self),))


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'

date.resolution = timedelta(days=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)


# --- tzinfo --------------------------------------------------------------------------------

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
        full = dt.utcoffset()
        if full is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        # Shift by the standard offset, then ask again for the DST part at the new wall time.
        standard = full - saving
        if standard:
            dt = dt + standard
            saving = dt.dst()
            if saving is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + saving

    def __reduce__(self):
        init = getattr(self, '__getinitargs__', None)
        return (type(self), init() if init else (), getattr(self, '__dict__', None))


# Other names of the classes, for the methods whose arguments hide them.
_tzinfo_class = tzinfo
_date_class = date


# --- time ----------------------------------------------------------------------------------

def _raw_time(cls, hh, mi, ss, us, tz, fold):
    self = object.__new__(cls)
    self._h = hh
    self._mi = mi
    self._s = ss
    self._us = us
    self._tz = tz
    self._fd = fold
    self._hash = -1
    return self


def _unpickle_tz(tz):
    if tz is not None and not isinstance(tz, _tzinfo_class):
        raise TypeError('bad tzinfo state arg')
    return tz


def _clock_keys(a, b, eq_only):
    """Comparable keys for two times, on a common UTC footing when their offsets differ;
    None for a naive/aware mix under ==."""
    if a._tz is not b._tz:
        off_a = a.utcoffset()
        off_b = b.utcoffset()
        if off_a != off_b:
            if off_a is None or off_b is None:
                if eq_only:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            # Offsets count in whole minutes here, as CPython's do.
            return ((a._h * 60 + a._mi - off_a._total // 60000000, a._s, a._us),
                    (b._h * 60 + b._mi - off_b._total // 60000000, b._s, b._us))
    return (a._h, a._mi, a._s, a._us), (b._h, b._mi, b._s, b._us)


class time:
    """A time of day, optionally tied to a tzinfo."""
    __ember_tp_name__ = 'datetime.time'
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fd', '_hash')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 0x7F < 24:
            # The pickled state; the tzinfo, if any, comes second.
            raw = _state_bytes(hour, 'time')
            return cls(raw[0] & 0x7F, raw[1], raw[2], raw[3] << 16 | raw[4] << 8 | raw[5],
                       _unpickle_tz(minute or None), fold=raw[0] >> 7)
        hour, minute, second, microsecond, fold = _valid_time(hour, minute, second,
                                                              microsecond, fold)
        _need_tzinfo(tzinfo)
        return _raw_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    hour = property(lambda self: self._h, doc='hour (0-23)')
    minute = property(lambda self: self._mi, doc='minute (0-59)')
    second = property(lambda self: self._s, doc='second (0-59)')
    microsecond = property(lambda self: self._us, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tz, doc='timezone info object')
    fold = property(lambda self: self._fd)

    # -- ordering
    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        keys = _clock_keys(self, other, True)
        return keys is not None and keys[0] == keys[1]

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        mine, theirs = _clock_keys(self, other, False)
        return mine < theirs

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        mine, theirs = _clock_keys(self, other, False)
        return mine <= theirs

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        mine, theirs = _clock_keys(self, other, False)
        return mine > theirs

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        mine, theirs = _clock_keys(self, other, False)
        return mine >= theirs

    def __hash__(self):
        if self._hash == -1:
            plain = self.replace(fold=0) if self._fd else self
            off = plain.utcoffset()
            mins = plain._h * 60 + plain._mi - (off._total // 60000000 if off else 0)
            self._hash = hash((mins // 60, mins % 60, plain._s, plain._us))
        return self._hash

    # -- text
    def __repr__(self):
        args = '%d, %d' % (self._h, self._mi)
        if self._us:
            args += ', %d, %d' % (self._s, self._us)
        elif self._s:
            args += ', %d' % self._s
        if self._tz is not None:
            args += ', tzinfo=%r' % (self._tz,)
        if self._fd:
            args += ', fold=1'
        return '%s(%s)' % (_tpname(self), args)

    def isoformat(self, timespec='auto'):
        return (_clock_text(self._h, self._mi, self._s, self._us, timespec, 1)
                + _offset_text(self.utcoffset()))

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_isoformat_time(text)
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*fields)

    def strftime(self, fmt):
        if type(fmt) is str and type(self) is time and self._tz is None and _strftime_func(fmt):
            return _STRFTIME_FUNCS[fmt](1900, 1, 1, self._h, self._mi, self._s, 0, 1, self._us)
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._h, self._mi, self._s, 0, 1, -1))

    __format__ = _format_with

    # -- zone queries (a time has no date, so the tzinfo is asked about None)
    def utcoffset(self):
        if self._tz is None:
            return None
        return _checked_offset('utcoffset', self._tz.utcoffset(None))

    def tzname(self):
        if self._tz is None:
            return None
        return _checked_name(self._tz.tzname(None))

    def dst(self):
        if self._tz is None:
            return None
        return _checked_offset('dst', self._tz.dst(None))

    def replace(self, hour=_KEEP, minute=_KEEP, second=_KEEP, microsecond=_KEEP, tzinfo=True, *,
                fold=_KEEP):
        return type(self)(self._h if hour is _KEEP else hour,
                          self._mi if minute is _KEEP else minute,
                          self._s if second is _KEEP else second,
                          self._us if microsecond is _KEEP else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fd if fold is _KEEP else fold)

    # -- pickling: CPython's byte state (fold kept from protocol 4 on), then the tzinfo
    def __reduce_ex__(self, protocol):
        state = _clock_state(self._h, self._mi, self._s, self._us,
                             self._fd if protocol > 3 else 0)
        args = (state,) if self._tz is None else (state, self._tz)
        return (type(self), args)

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __setstate__(self, fold):
        self._fd = fold
        self._hash = -1


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
_time_class = time


# --- datetime ------------------------------------------------------------------------------

def _raw_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    """A datetime from fields already known valid."""
    self = object.__new__(cls)
    self._y = y
    self._mo = m
    self._dd = d
    self._h = hh
    self._mi = mi
    self._s = ss
    self._us = us
    self._tz = tz
    self._fd = fold
    self._hash = -1
    return self


def _dt_us(x):
    """Microseconds from the start of ordinal day 0 to x's wall reading."""
    return (((_ymd_to_ord(x._y, x._mo, x._dd) * 24 + x._h) * 60 + x._mi) * 60
            + x._s) * _SEC_US + x._us


def _dt_order(a, b, eq_only):
    """-1, 0 or 1 for two datetimes (compared in UTC when their offsets differ); None for
    a naive/aware mix under ==."""
    ka = _dt_us(a)
    kb = _dt_us(b)
    if a._tz is not b._tz:
        off_a = a.utcoffset()
        off_b = b.utcoffset()
        if off_a != off_b:
            if off_a is None or off_b is None:
                if eq_only:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            ka -= off_a._total
            kb -= off_b._total
    return (ka > kb) - (ka < kb)


def _dt_mismatch(a, b):
    """A datetime's ordering against a non-datetime: dates are an error, anything else is
    left to the other operand."""
    if isinstance(b, date):
        raise TypeError("can't compare %s to %s" % (_tpname(a), _tpname(b)))
    return NotImplemented


def _wall(u):
    """The local wall clock at epoch second u, counted in seconds from 1970-01-01 00:00."""
    y, m, d, hh, mi, ss = _time.localtime(u)[:6]
    return (_ymd_to_ord(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mi * 60 + ss


def _local_fold(u):
    """Whether the local reading at epoch second u is the second of two equal readings.
    A day back the clock had to be ahead by more than the elapsed day; then the reading
    repeats if the earlier instant, moved by that jump, shows it too."""
    now = _wall(u)
    jump = now - _wall(u - 86400) - 86400
    return jump < 0 and _wall(u + jump) == now


def _utc_fields(t):
    days, secs = divmod(t, 86400)
    y, m, d = _ord_to_ymd(days + _EPOCH_ORDINAL)
    return y, m, d, secs // 3600, secs // 60 % 60, secs % 60


class datetime(date):
    """A date together with a time of day, optionally tied to a tzinfo."""
    __ember_tp_name__ = 'datetime.datetime'
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fd')

    def __new__(cls, year, month=_NOARG, day=_NOARG, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if day is _NOARG:
            if (isinstance(year, (bytes, str)) and len(year) == 10
                    and 1 <= ord(year[2:3]) & 0x7F <= 12):
                # The pickled state (the month's top bit is the fold), then the tzinfo.
                raw = _state_bytes(year, 'datetime')
                tz = _unpickle_tz(None if month is _NOARG else month)
                return cls(raw[0] << 8 | raw[1], raw[2] & 0x7F, raw[3], raw[4], raw[5], raw[6],
                           raw[7] << 16 | raw[8] << 8 | raw[9], tz, fold=raw[2] >> 7)
            _as_int(year)
            if month is _NOARG:
                raise _missing_arg('month', 2)
            _as_int(month)
            raise _missing_arg('day', 3)
        year, month, day = _valid_date(year, month, day)
        hour, minute, second, microsecond, fold = _valid_time(hour, minute, second,
                                                              microsecond, fold)
        _need_tzinfo(tzinfo)
        return _raw_datetime(cls, year, month, day, hour, minute, second, microsecond, tzinfo,
                             fold)

    hour = property(lambda self: self._h, doc='hour (0-23)')
    minute = property(lambda self: self._mi, doc='minute (0-59)')
    second = property(lambda self: self._s, doc='second (0-59)')
    microsecond = property(lambda self: self._us, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tz, doc='timezone info object')
    fold = property(lambda self: self._fd)

    # -- alternate constructors
    @classmethod
    def _from_epoch(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        y, m, d, hh, mi, ss = _utc_fields(secs) if utc else _time.localtime(secs)[:6]
        made = cls(y, m, d, hh, mi, min(ss, 59), us, tz)
        if not utc and _local_fold(secs):
            made._fd = 1
        return made

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _need_tzinfo(tz)
        made = cls._from_epoch(_timestamp_arg(t), tz is not None, tz)
        return made if tz is None else tz.fromutc(made)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_epoch(_timestamp_arg(t), True, None)

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
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, time.tzinfo if tzinfo is True else tzinfo,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        s = date_string
        if type(s) is str and (len(s) == 19 or len(s) == 26) and s[4] == '-' and s[7] == '-' \
                and s[13] == ':' and s[16] == ':' and s.isascii() \
                and (len(s) == 19 or s[19] == '.' or s[19] == ','):
            # YYYY-MM-DD?HH:MM:SS[.ffffff], the common shape, read at once.
            if (s[:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + s[17:19] + s[20:]).isdigit():
                return cls(int(s[:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]),
                           int(s[14:16]), int(s[17:19]), int(s[20:]) if len(s) == 26 else 0)
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) < 7:
                raise ValueError
            cut = _find_isoformat_date_end(date_string)
            fields = list(_parse_isoformat_date(date_string[:cut]))
            rest = date_string[cut + 1:]
            if rest:
                fields += _parse_isoformat_time(rest)
            elif cut < len(date_string):
                raise ValueError
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    # -- views
    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else 1 if saving else 0
        return _struct(self._y, self._mo, self._dd, self._h, self._mi, self._s, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        at = self - off if off else self
        return _struct(at._y, at._mo, at._dd, at._h, at._mi, at._s, 0)

    def date(self):
        return _raw_date(_date_class, self._y, self._mo, self._dd)

    def time(self):
        return _raw_time(_time_class, self._h, self._mi, self._s, self._us, None, self._fd)

    def timetz(self):
        return _raw_time(_time_class, self._h, self._mi, self._s, self._us, self._tz, self._fd)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP, hour=_KEEP, minute=_KEEP, second=_KEEP,
                microsecond=_KEEP, tzinfo=True, *, fold=_KEEP):
        return type(self)(self._y if year is _KEEP else year,
                          self._mo if month is _KEEP else month,
                          self._dd if day is _KEEP else day,
                          self._h if hour is _KEEP else hour,
                          self._mi if minute is _KEEP else minute,
                          self._s if second is _KEEP else second,
                          self._us if microsecond is _KEEP else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fd if fold is _KEEP else fold)

    # -- epoch and local time
    def _local_epoch(self):
        """Epoch seconds of this naive reading taken as local time. The local clock is UTC
        plus an offset that changes in steps, so try the offset in force near the reading,
        then the one a day towards the fold's side; fold picks between two solutions, or
        the side of a gap when there is none."""
        want = ((self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._h * 3600 + self._mi * 60
                + self._s)
        first = _wall(want) - want
        u1 = want - first
        hit1 = _wall(u1) == want
        if hit1:
            probe = u1 + (86400 if self._fd else -86400)
            second = _wall(probe) - probe
            if second == first:
                return u1
        else:
            second = _wall(u1) - u1
        u2 = want - second
        if _wall(u2) == want:
            return u2
        if hit1:
            return u1
        return min(u1, u2) if self._fd else max(u1, u2)

    def timestamp(self):
        if self._tz is None:
            return self._local_epoch() + self._us / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_zone(self):
        if self._tz is None:
            secs = self._local_epoch()
        else:
            secs = (self - _EPOCH)._total // _SEC_US
        try:
            fields = _time.localtime(secs)
            gmtoff, zone = fields.tm_gmtoff or 0, fields.tm_zone
        except (AttributeError, OverflowError, ValueError, OSError):
            gmtoff, zone = 0, 'UTC'
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        if tz is not None:
            _need_tzinfo(tz)
        source = self._tz
        off = None if source is None else source.utcoffset(self)
        if off is None:
            # Naive (or a tzinfo that does not know): read the wall time as local.
            source = (self if source is None else self.replace(tzinfo=None))._local_zone()
            off = source.utcoffset(self)
        if tz is source:
            return self
        utc = (self - off).replace(tzinfo=None)
        if tz is None:
            # The local zone in force at the UTC instant (the wall time may sit in a gap or
            # an overlap).
            tz = utc.replace(tzinfo=timezone.utc)._local_zone()
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- text
    def ctime(self):
        return _ctime_text(self._y, self._mo, self._dd, self._h, self._mi, self._s)

    def isoformat(self, sep='T', timespec='auto'):
        if timespec == 'auto' and self._tz is None and type(sep) is str and len(sep) == 1:
            if self._us:
                return '%04d-%02d-%02d%s%02d:%02d:%02d.%06d' % (
                    self._y, self._mo, self._dd, sep, self._h, self._mi, self._s, self._us)
            return '%04d-%02d-%02d%s%02d:%02d:%02d' % (
                self._y, self._mo, self._dd, sep, self._h, self._mi, self._s)
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._y, self._mo, self._dd, sep)
                + _clock_text(self._h, self._mi, self._s, self._us, timespec, 2)
                + _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        shown = [self._y, self._mo, self._dd, self._h, self._mi, self._s, self._us]
        # Trailing zero microsecond and second are left out (never the minute).
        while len(shown) > 5 and not shown[-1]:
            shown.pop()
        args = ', '.join(map(str, shown))
        if self._fd:
            args += ', fold=1'
        if self._tz is not None:
            args += ', tzinfo=%r' % (self._tz,)
        return '%s(%s)' % (_tpname(self), args)

    # -- zone queries
    def utcoffset(self):
        if self._tz is None:
            return None
        return _checked_offset('utcoffset', self._tz.utcoffset(self))

    def tzname(self):
        if self._tz is None:
            return None
        return _checked_name(self._tz.tzname(self))

    def dst(self):
        if self._tz is None:
            return None
        return _checked_offset('dst', self._tz.dst(self))

    # -- ordering
    def __eq__(self, other):
        if isinstance(other, datetime):
            return _dt_order(self, other, True) == 0
        return False if isinstance(other, date) else NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return _dt_order(self, other, False) < 0
        return _dt_mismatch(self, other)

    def __le__(self, other):
        if isinstance(other, datetime):
            return _dt_order(self, other, False) <= 0
        return _dt_mismatch(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return _dt_order(self, other, False) > 0
        return _dt_mismatch(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return _dt_order(self, other, False) >= 0
        return _dt_mismatch(self, other)

    def __hash__(self):
        if self._hash == -1:
            plain = self.replace(fold=0) if self._fd else self
            off = plain.utcoffset()
            self._hash = hash(_dt_us(plain) - (0 if off is None else off._total))
        return self._hash

    # -- arithmetic
    def _shifted(self, us):
        days, rest = divmod(_dt_us(self) + us, _DAY_US)
        if days < 1 or days > _MAXORDINAL:
            raise OverflowError('date value out of range')
        secs, micro = divmod(rest, _SEC_US)
        y, m, d = _ord_to_ymd(days)
        hh, mi, ss = secs // 3600, secs // 60 % 60, secs % 60
        if type(self) is datetime:
            return _raw_datetime(datetime, y, m, d, hh, mi, ss, micro, self._tz)
        return type(self)(y, m, d, hh, mi, ss, micro, self._tz)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._total)
        if not isinstance(other, datetime):
            return NotImplemented
        gap = _dt_us(self) - _dt_us(other)
        if self._tz is not other._tz:
            off_a = self.utcoffset()
            off_b = other.utcoffset()
            if off_a != off_b:
                if off_a is None or off_b is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                gap += off_b._total - off_a._total
        return _td_make(timedelta, gap)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._total)
        return NotImplemented

    __radd__ = __add__

    # -- pickling: CPython's ten-byte state (fold in the month's top bit from protocol 4),
    # then the tzinfo
    def __reduce_ex__(self, protocol):
        y = self._y
        state = (bytes((y >> 8, y & 255, self._mo | (self._fd if protocol > 3 else 0) << 7,
                        self._dd))
                 + _clock_state(self._h, self._mi, self._s, self._us, 0))
        args = (state,) if self._tz is None else (state, self._tz)
        return (type(self), args)

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __setstate__(self, fold):
        self._fd = fold
        self._hash = -1


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# --- timezone ------------------------------------------------------------------------------

def _zone_arg(dt, method):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                        % (method, type(dt).__name__))


def _raw_timezone(cls, offset, name):
    self = tzinfo.__new__(cls)
    self._delta = offset
    self._label = name
    return self


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""
    __ember_tp_name__ = 'datetime.timezone'
    __slots__ = ('_delta', '_label')

    def __new__(cls, offset, name=_NOARG):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % _tname(offset))
        if name is _NOARG:
            name = None
            if not offset:
                return cls.utc
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % _tname(name))
        if not -_MAX_TZ_US <= offset._total <= _MAX_TZ_US:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        return _raw_timezone(cls, offset, name)

    def __getinitargs__(self):
        return (self._delta,) if self._label is None else (self._delta, self._label)

    def __eq__(self, other):
        return self._delta == other._delta if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._delta)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        args = repr(self._delta)
        if self._label is not None:
            args += ', %r' % (self._label,)
        return '%s(%s)' % (_tpname(self), args)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        _zone_arg(dt, 'utcoffset')
        return self._delta

    def tzname(self, dt):
        _zone_arg(dt, 'tzname')
        if self._label is not None:
            return self._label
        return 'UTC' + _offset_text(self._delta) if self._delta else 'UTC'

    def dst(self, dt):
        _zone_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._delta


timezone.utc = _raw_timezone(timezone, _ZERO, None)
timezone.min = _raw_timezone(timezone, timedelta(hours=-23, minutes=-59), None)
timezone.max = _raw_timezone(timezone, timedelta(hours=23, minutes=59), None)
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
        low = data[pos:].lower()
        for idx, name in _strptime_names(d):
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


def _strptime_regex(tokens):
    """For ASCII data: a regular expression trying the same alternatives in the same order
    as _strptime_match (so finding the same first match), with one group per directive,
    and the directives in group order; None for formats with %z, %Z, a directive used
    twice or non-ASCII literals, which only the matcher takes."""
    import re
    parts = []
    dirs = []
    for tok in tokens:
        if tok[0] == 'lit':
            if not tok[1].isascii():
                return None
            parts.append(re.escape(tok[1]))
        elif tok[0] == 'ws':
            # str.isspace() among ASCII characters.
            parts.append('[\\t-\\r\\x1c- ]+')
        else:
            d = tok[1]
            if d in dirs or d in 'zZ':
                return None
            dirs.append(d)
            if d in _NUMERIC:
                alts = [''.join('[%s]' % cs for cs in alt) for alt in _NUMERIC[d]]
            else:
                alts = [re.escape(name) for _, name in _strptime_names(d)]
            parts.append('(%s)' % '|'.join(alts))
    return re.compile(''.join(parts), re.IGNORECASE), dirs


def _strptime_names(d):
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
    return _names_alternatives(names)


def _week_julian(year, week_of_year, day_of_week, week_starts_mon):
    """Day of the year from a %U/%W week number and a Monday-based weekday."""
    # Count weekdays from the week's first day (Sunday for %U).
    shift = 0 if week_starts_mon else 1
    first = (date(year, 1, 1).weekday() + shift) % 7
    day = (day_of_week + shift) % 7
    # Week 1 begins on the year's first week-start day; week 0 is the
    # (possibly empty) stretch of days before it.
    if first == 0 and week_of_year:
        week_of_year -= 1
    return 1 + 7 * week_of_year + day - first


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
    compiled = _STRPTIME_CACHE.get(fmt)
    if compiled is None:
        tokens = _tokenize_strptime_format(fmt)
        if len(_STRPTIME_CACHE) > 100:
            _STRPTIME_CACHE.clear()
        compiled = _STRPTIME_CACHE[fmt] = (tokens, _strptime_regex(tokens))
    tokens, rx = compiled
    if rx is not None and data.isascii():
        m = rx[0].match(data)
        if m is None:
            end = -1
        else:
            end = m.end()
            fields = dict(zip(rx[1], m.groups()))
            for d in 'aAbBp':
                if d in fields:
                    low = fields[d].lower()
                    for idx, name in _strptime_names(d):
                        if name.lower() == low:
                            fields[d] = idx
                            break
    else:
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
        julian = _ymd_to_ord(year, month, day) - _ymd_to_ord(year, 1, 1) + 1
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
            julian += 366 if _leap(year) else 365
    if julian is not None:
        y, month, day = _ord_to_ymd(julian - 1 + _ymd_to_ord(year, 1, 1))
        year = y
    else:
        # (date() rejects a day past the month's end, with CPython's message.)
        julian = date(year, month, day).toordinal() - _ymd_to_ord(year, 1, 1) + 1
    if weekday is None:
        weekday = date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, weekday, julian, offset,
            fields.get('Z'))


datetime_CAPI = None
