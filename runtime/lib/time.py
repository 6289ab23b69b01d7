"""time: clocks, sleep and calendar conversions (the clocks live in the Rust module _time)."""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, process_time_ns, thread_time,
                   thread_time_ns, clock_gettime, clock_gettime_ns, clock_getres,
                   sleep, strftime, asctime, ctime, mktime,
                   CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW,
                   CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID,
                   CLOCK_BOOTTIME, CLOCK_TAI)
import _time
import _structseq

struct_time = _structseq.structseq(
    "time", "struct_time",
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
     "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"], 9)


_time.struct_time = struct_time
gmtime = _time.gmtime
localtime = _time.localtime


def tzset():
    global timezone, altzone, daylight, tzname
    _time.tzset()
    timezone, altzone, daylight, tzname = _time._zone_info()


tzset()


class _ClockInfo:
    """What get_clock_info returns (CPython's types.SimpleNamespace)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "namespace(%s)" % ", ".join(
            "%s=%r" % (k, v) for k, v in self.__dict__.items())

    def __eq__(self, other):
        if not isinstance(other, _ClockInfo):
            return NotImplemented
        return self.__dict__ == other.__dict__


_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True, CLOCK_REALTIME),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False, CLOCK_MONOTONIC),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False, CLOCK_MONOTONIC),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False,
                     CLOCK_PROCESS_CPUTIME_ID),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False,
                    CLOCK_THREAD_CPUTIME_ID),
}


def get_clock_info(name):
    try:
        impl, mono, adjustable, clock = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError("unknown clock") from None
    return _ClockInfo(implementation=impl, monotonic=mono, adjustable=adjustable,
                      resolution=clock_getres(clock))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parses string by format into a struct_time (the parser is datetime's)."""
    import datetime
    return datetime._strptime_struct(string, format)
