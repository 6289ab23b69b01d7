# time: clocks, sleep, struct_time, gmtime/strftime/asctime/mktime, and error messages.
import time


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Clocks: types, monotonicity, agreement between float and ns forms.
for name in ["time", "perf_counter", "monotonic", "process_time", "thread_time"]:
    f = getattr(time, name)
    fns = getattr(time, name + "_ns")
    a = f()
    b = f()
    n = fns()
    print(name, type(a).__name__, type(n).__name__, b >= a, n > 0)
print("ns agree", abs(time.time_ns() / 1e9 - time.time()) < 5)
print("perf agree", abs(time.perf_counter_ns() / 1e9 - time.perf_counter()) < 5)
t0 = time.perf_counter()
time.sleep(0.01)
time.sleep(0)
time.sleep(False)
dt = time.perf_counter() - t0
print("slept", 0.009 < dt < 2.0)
print("clock_gettime", time.clock_gettime(time.CLOCK_MONOTONIC) > 0,
      type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print("getres", time.clock_getres(time.CLOCK_MONOTONIC) > 0)

# Argument errors.
t("sleep str", lambda: time.sleep("x"))
t("sleep neg", lambda: time.sleep(-1))
t("sleep negf", lambda: time.sleep(-0.5))
t("sleep nan", lambda: time.sleep(float("nan")))
t("sleep none", lambda: time.sleep(None))
t("sleep 0 args", lambda: time.sleep())
t("sleep 2 args", lambda: time.sleep(1, 2))
t("sleep huge", lambda: time.sleep(1e300))
t("sleep hugeint", lambda: time.sleep(10 ** 20))
t("time arg", lambda: time.time(1))
t("perf arg", lambda: time.perf_counter(1))
t("monotonic_ns arg", lambda: time.monotonic_ns(1))

# gmtime and struct_time.
g = time.gmtime(0)
print(g)
print(len(g), g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, g.n_fields, g.n_sequence_fields, g.n_unnamed_fields)
print(g[:3], g[-1], tuple(g), list(g)[6])
print(g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), isinstance(g, tuple))
print(type(g).__name__, type(g).__module__)
print(time.gmtime(1e9))
print(time.gmtime(1234567890.9))
print(time.gmtime(-1.5))
print(time.gmtime(True))
print(time.gmtime(951782400))   # 2000-02-29
print(time.gmtime(4102444800))  # 2100-01-01
t("gmtime str", lambda: time.gmtime("x"))
t("gmtime nan", lambda: time.gmtime(float("nan")))
t("gmtime 1e30", lambda: time.gmtime(1e30))
t("gmtime 10**30", lambda: time.gmtime(10 ** 30))
t("gmtime 1e18", lambda: time.gmtime(1e18))
t("gmtime args", lambda: time.gmtime(1, 2))
s = time.struct_time((2020, 2, 3, 4, 5, 6, 0, 34, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 3, 4, 5, 6, 0, 34, 0, "XYZ", 3600))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
t("struct_time short", lambda: time.struct_time((1, 2)))
t("struct_time long", lambda: time.struct_time(range(12)))
t("struct_time int", lambda: time.struct_time(5))

# strftime on fixed times.
ts = time.gmtime(1e9)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%j %U %W %w", "%y %C %e", "%p %I",
            "%%", "", "plain text", "%D %T", "%G-W%V-%u", "%Z %z", "%s" * 0 + "x"]:
    print(repr(fmt), repr(time.strftime(fmt, ts)))
print(time.strftime("%Y %m %d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a", (2020, 1, 1, 0, 0, 0, 6, 1, 0)))
print(time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.strftime("%H:%M:%S", (2020, 1, 1, 23, 59, 61, 0, 1, 5)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (2020, 1, 1, 0, 0, 0, -9, 1, 0), (2020, -1, 1, 0, 0, 0, 0, 1, 0),
            (1, 2), (2020.5, 1, 1, 0, 0, 0, 0, 1, 0), (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0)]:
    t("strftime bad %r" % (bad,), lambda: time.strftime("%Y", bad))
t("strftime str tuple", lambda: time.strftime("%Y", "abc"))
t("strftime int fmt", lambda: time.strftime(1))
t("strftime nul", lambda: time.strftime("a\0b", ts))
t("strftime no args", lambda: time.strftime())

# asctime, ctime, mktime.
print(time.asctime(ts))
print(time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((-5, 12, 31, 23, 59, 59, 6, 365, 0)))
t("asctime 8", lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1)))
t("asctime bad", lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)))
t("asctime args", lambda: time.asctime(1, 2))
t("ctime str", lambda: time.ctime("x"))
t("mktime int", lambda: time.mktime(5))
t("mktime 8", lambda: time.mktime((2020, 1, 1, 0, 0, 0, 0, 1)))
lt = time.localtime(1e9)
print("mktime roundtrip", time.mktime(lt) == 1e9, type(time.mktime(lt)).__name__)
print("localtime type", type(lt).__name__, len(lt))
print("ctime matches", time.ctime(1e9) == time.asctime(time.localtime(1e9)))
print("zone", type(time.timezone).__name__, type(time.altzone).__name__,
      type(time.daylight).__name__, len(time.tzname))
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(info.resolution).__name__)
t("clock info bad", lambda: time.get_clock_info("x"))
