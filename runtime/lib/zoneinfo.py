"""IANA time zones (Ember): ZoneInfo reads the system's compiled TZif files.

Behaviour follows CPython 3.11's zoneinfo: the same lookup of keys along TZPATH, the same
handling of wall times in gaps and folds, and the POSIX TZ rule of a file's footer for
times after its last listed transition. The `tzdata` package is not consulted.
"""

import os as _os
from bisect import bisect_right as _bisect_right
from datetime import tzinfo as _tzinfo, timedelta as _timedelta, datetime as _datetime

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
                   "/etc/zoneinfo")
TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    """No time zone file was found for the requested key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path was found in PYTHONTZPATH."""


ZoneInfoNotFoundError.__module__ = "zoneinfo"
InvalidTZPathWarning.__module__ = "zoneinfo"


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r"
                            % (type(to).__name__, to))
        if not all(map(_os.path.isabs, to)):
            raise ValueError("tzpaths must be absolute paths")
        paths = to
    else:
        env = _os.environ.get("PYTHONTZPATH", None)
        if env is None:
            paths = _DEFAULT_TZPATH
        else:
            paths = []
            for p in env.split(_os.pathsep):
                if not p:
                    continue
                if _os.path.isabs(p):
                    paths.append(p)
                else:
                    import warnings
                    warnings.warn("Invalid paths specified in PYTHONTZPATH environment "
                                  "variable. Paths should be absolute but found the following "
                                  "relative paths:\n    " + p, InvalidTZPathWarning, stacklevel=2)
    TZPATH = tuple(paths)


reset_tzpath()


def _check_key(key):
    if _os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    norm = _os.path.normpath(key)
    if len(norm) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    base = _os.path.normpath(_os.path.join("/_", "_"))[:-1]
    if not _os.path.normpath(_os.path.join(base, norm)).startswith(base):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def _find_file(key):
    _check_key(key)
    for root in TZPATH:
        path = _os.path.join(root, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    zones = set()
    for root in TZPATH:
        if not _os.path.isdir(root):
            continue
        for here, dirs, files in _os.walk(root):
            if here == root:
                for special in ("right", "posix"):
                    if special in dirs:
                        dirs.remove(special)
            for name in files:
                path = _os.path.join(here, name)
                key = _os.path.relpath(path, start=root)
                if not key or key in zones:
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            zones.add(key)
                except OSError:
                    pass
    zones.discard("posixrules")
    return zones


class _Period:
    """One local-time regime: its UTC offset, DST amount and abbreviation."""
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, offset, saving, abbr):
        self.utcoff, self.dstoff, self.tzname = offset, saving, abbr


def _secs(sec):
    return _timedelta(seconds=sec)


_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()


def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


# --- reading TZif data -----------------------------------------------------------------------

def _read_tzif(data):
    """(transition times, type index per transition, utc offsets, isdst flags,
    abbreviations, footer TZ string) from the bytes of a TZif file."""
    if data[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]

    def counts(at):
        return [int.from_bytes(data[at + 20 + 4 * k:at + 24 + 4 * k], "big") for k in range(6)]

    isut, isstd, leap, timecnt, typecnt, charcnt = counts(0)
    tsize = 4
    pos = 44
    if version not in (b"\x00", b""):
        # Skip the 32-bit block; the 64-bit one after it is authoritative.
        pos += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
        isut, isstd, leap, timecnt, typecnt, charcnt = counts(pos)
        pos += 44
        tsize = 8
    times = [int.from_bytes(data[pos + tsize * k:pos + tsize * (k + 1)], "big", signed=True)
             for k in range(timecnt)]
    pos += tsize * timecnt
    idx = list(data[pos:pos + timecnt])
    pos += timecnt
    offs, dsts, abbr_at = [], [], []
    for k in range(typecnt):
        rec = data[pos + 6 * k:pos + 6 * k + 6]
        offs.append(int.from_bytes(rec[:4], "big", signed=True))
        dsts.append(rec[4])
        abbr_at.append(rec[5])
    pos += 6 * typecnt
    chars = data[pos:pos + charcnt]
    pos += charcnt
    abbrs = []
    for at in abbr_at:
        end = chars.find(b"\x00", at)
        abbrs.append(chars[at:end if end >= 0 else len(chars)].decode())
    pos += leap * (tsize + 4) + isstd + isut
    footer = None
    if tsize == 8:
        rest = data[pos:]
        if rest[:1] == b"\n":
            end = rest.find(b"\n", 1)
            footer = rest[1:end if end >= 0 else len(rest)].decode()
    return times, idx, offs, dsts, abbrs, footer


def _dst_amounts(idx, offs, dsts):
    """How far each DST type is ahead of standard time, judged (as CPython does) from the
    standard time in force just before or just after a transition into it."""
    amounts = [0] * len(dsts)
    wanted = sum(1 for d in dsts if d)
    found = 0
    complete = False
    for i in range(1, len(idx)):
        if found == wanted:
            complete = True
            break
        t = idx[i]
        if not dsts[t] or amounts[t]:
            continue
        amount = 0
        before = idx[i - 1]
        if not dsts[before]:
            amount = offs[t] - offs[before]
        if not amount and i + 1 < len(idx):
            after = idx[i + 1]
            if not dsts[after]:
                amount = offs[t] - offs[after]
        if amount:
            found += 1
            amounts[t] = amount
    if not complete:
        for t in range(len(dsts)):
            if dsts[t] and not amounts[t]:
                amounts[t] = 3600
    return amounts


# --- POSIX TZ strings (the footer) -----------------------------------------------------------

def _parse_offset(text, what):
    sign = 1
    if text[:1] in ("+", "-"):
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    parts = text.split(":")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() and 0 < len(p) <= 3 for p in parts):
        raise ValueError("Invalid %s: %s" % (what, text))
    total = 0
    for scale, p in zip((3600, 60, 1), parts):
        total += scale * int(p)
    return sign * total


class _Rule:
    """A footer's transition day rule (Jn, n or Mm.w.d) and time of day."""
    __slots__ = ("kind", "a", "b", "c", "secs")

    def __init__(self, spec):
        day, _, at = spec.partition("/")
        self.secs = _parse_offset(at, "time") if at else 7200
        self.a = self.b = self.c = 0
        if day.startswith("M"):
            fields = day[1:].split(".")
            if len(fields) != 3 or not all(f.isdigit() for f in fields):
                raise ValueError("Invalid dst start/end date: %s" % spec)
            self.kind = "M"
            self.a, self.b, self.c = map(int, fields)
            if not (1 <= self.a <= 12 and 1 <= self.b <= 5 and 0 <= self.c <= 6):
                raise ValueError("Invalid dst start/end date: %s" % spec)
        elif day.startswith("J"):
            self.kind = "J"
            self.a = int(day[1:])
            if not 1 <= self.a <= 365:
                raise ValueError("Invalid dst start/end date: %s" % spec)
        else:
            self.kind = "n"
            self.a = int(day)
            if not 0 <= self.a <= 365:
                raise ValueError("Invalid dst start/end date: %s" % spec)

    def local_seconds(self, year):
        """The rule's moment in `year`, as seconds since the epoch of local wall time."""
        jan1 = _datetime(year, 1, 1).toordinal()
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        if self.kind == "J":
            days = self.a - 1 + (1 if leap and self.a >= 60 else 0)
        elif self.kind == "n":
            days = self.a
        else:
            month, week, weekday = self.a, self.b, self.c
            first = _datetime(year, month, 1)
            # Python weekday: Monday 0; POSIX weekday: Sunday 0.
            first_dow = (first.weekday() + 1) % 7
            day = 1 + (weekday - first_dow) % 7 + 7 * (week - 1)
            mlen = _month_len(year, month)
            while day > mlen:
                day -= 7
            days = first.toordinal() - jan1 + day - 1
        return (jan1 - _EPOCH_ORD + days) * 86400 + self.secs


def _month_len(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _take_abbr(text, pos):
    if text[pos:pos + 1] == "<":
        end = text.find(">", pos)
        if end < 0:
            raise ValueError("Invalid STD format in %r" % text)
        return text[pos + 1:end], end + 1
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[pos:end], end


def _take_offset(text, pos):
    end = pos
    while end < len(text) and (text[end] in "+-:" or text[end].isdigit()):
        end += 1
    return text[pos:end], end


class _PosixTZ:
    """Standard and (optionally) daylight periods with yearly rules between them."""

    def __init__(self, text):
        std_abbr, pos = _take_abbr(text, 0)
        off, pos = _take_offset(text, pos)
        if not std_abbr or not off:
            raise ValueError("Invalid TZ string: %s" % text)
        std_off = -_parse_offset(off, "std offset")
        self.std = _Period(_secs(std_off), _secs(0), std_abbr)
        self.dst = None
        if pos >= len(text):
            return
        dst_abbr, pos = _take_abbr(text, pos)
        if not dst_abbr:
            raise ValueError("Invalid TZ string: %s" % text)
        off, pos = _take_offset(text, pos)
        dst_off = -_parse_offset(off, "dst offset") if off else std_off + 3600
        rules = text[pos:].split(",")
        if len(rules) != 3 or rules[0]:
            raise ValueError("Invalid TZ string: %s" % text)
        self.start = _Rule(rules[1])
        self.end = _Rule(rules[2])
        self.diff = dst_off - std_off
        self.dst = _Period(_secs(dst_off), _secs(self.diff), dst_abbr)
        self._std_secs = std_off
        self._dst_secs = dst_off

    def _window(self, year):
        return self.start.local_seconds(year), self.end.local_seconds(year)

    def period_local(self, ts, year, fold):
        if self.dst is None:
            return self.std
        start, end = self._window(year)
        # Wall times in the gap or the overlap belong to the side that `fold` picks.
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        return self.dst if in_dst else self.std

    def period_utc(self, ts, year):
        """(period, fold) for a UTC timestamp."""
        if self.dst is None:
            return self.std, 0
        start, end = self._window(year)
        start -= self._std_secs
        end -= self._dst_secs
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        if self.diff > 0:
            lo, hi = end, end + self.diff
        else:
            lo, hi = start, start - self.diff
        return (self.dst if in_dst else self.std), int(lo <= ts < hi)


# --- the tzinfo -------------------------------------------------------------------------------

_cache = {}
_NOT_FOUND = object()


class ZoneInfo(_tzinfo):
    def __new__(cls, key):
        zone = _cache.get((cls, key), _NOT_FOUND)
        if zone is _NOT_FOUND:
            zone = cls._from_key(key)
            zone._from_cache = True
            _cache[(cls, key)] = zone
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._from_key(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _from_key(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        with open(path, "rb") as f:
            data = f.read()
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = None
        zone._load(data)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = repr(fobj)
        zone._from_cache = False
        zone._load(fobj.read())
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            for k in [k for k in _cache if issubclass(k[0], cls)]:
                del _cache[k]
        else:
            for key in only_keys:
                _cache.pop((cls, key), None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        times, idx, offs, dsts, abbrs, footer = _read_tzif(data)
        amounts = _dst_amounts(idx, offs, dsts)
        periods = [_Period(_secs(offs[t]), _secs(amounts[t]), abbrs[t])
                   for t in range(len(offs))]
        self._utc_times = times
        self._trans_periods = [periods[t] for t in idx]
        # Wall-clock transition times: [0] reads a repeated or skipped stretch with the
        # larger of the two offsets (fold=0), [1] with the smaller one (fold=1).
        early, late = [], []
        for i, t in enumerate(times):
            a = offs[idx[i - 1]] if i else offs[0]
            b = offs[idx[i]]
            early.append(t + max(a, b))
            late.append(t + min(a, b))
        self._wall_times = (early, late)
        self._before = None
        for t in range(len(periods)):
            if not dsts[t]:
                self._before = periods[t]
                break
        else:
            if periods:
                self._before = periods[0]
        self._after = None
        if footer:
            rule = _PosixTZ(footer)
            self._after = rule if rule.dst is not None else rule.std
        elif times:
            self._after = self._trans_periods[-1]
        elif periods:
            self._after = periods[0]

    def _period(self, dt):
        if dt is None:
            # Only a zone with one fixed offset has an answer without a datetime.
            after = self._after
            if not self._utc_times and isinstance(after, _Period):
                return after
            return None
        walls = self._wall_times[dt.fold]
        ts = _local_seconds(dt)
        if walls and ts < walls[0]:
            return self._before
        if walls and ts <= walls[-1]:
            return self._trans_periods[_bisect_right(walls, ts) - 1]
        after = self._after
        if isinstance(after, _PosixTZ):
            return after.period_local(ts, dt.year, dt.fold)
        return after

    def utcoffset(self, dt):
        p = self._period(dt)
        return None if p is None else p.utcoff

    def dst(self, dt):
        p = self._period(dt)
        return None if p is None else p.dstoff

    def tzname(self, dt):
        p = self._period(dt)
        return None if p is None else p.tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _local_seconds(dt)
        times = self._utc_times
        n = len(times)
        fold = 0
        if n and ts < times[0]:
            period = self._before
        elif not n or ts > times[-1]:
            after = self._after
            if isinstance(after, _PosixTZ):
                period, fold = after.period_utc(ts, dt.year)
            else:
                period = after
        else:
            i = _bisect_right(times, ts)
            if n > 1 and ts >= times[1]:
                prev, period = self._trans_periods[i - 2], self._trans_periods[i - 1]
            else:
                prev, period = self._before, self._trans_periods[0]
            back = (prev.utcoff - period.utcoff).total_seconds()
            fold = int(back > ts - times[i - 1])
        out = dt + period.utcoff
        return out.replace(fold=1) if fold else out

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return "%s(key=%r)" % (self._qualname(), self._key)
        return "%s.from_file(%s)" % (self._qualname(), self._file_repr)

    def _qualname(self):
        cls = type(self)
        if cls is ZoneInfo:
            return "zoneinfo.ZoneInfo"
        return "%s.%s" % (cls.__module__, cls.__qualname__)

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


ZoneInfo.__module__ = "zoneinfo"
