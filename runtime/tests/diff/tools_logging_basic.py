# logging: hierarchy, levels, handlers, formatters (%, {, $ styles), filters, exceptions.
import io
import logging
import os
import sys
import time


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print("--- levels")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)
for lv in (0, 10, 20, 30, 40, 50, 15, "INFO", "WARN", "FATAL", "nope"):
    print(repr(logging.getLevelName(lv)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))

print("--- hierarchy")
root = logging.getLogger()
print(root is logging.root, root.name, logging.getLogger("root") is root, logging.getLogger(""))
abc = logging.getLogger("a.b.c")
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, a.parent is root, abc.parent.name)
x = logging.getLogger("x.y")
xp = logging.getLogger("x")
print(x.parent is xp, xp.parent is root, a.getChild("b") is ab, root.getChild("q").name)
print(abc, a, root)
print(abc.getEffectiveLevel(), abc.level, a.isEnabledFor(logging.INFO))
a.setLevel("DEBUG")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc)
a.setLevel(logging.NOTSET)
err(lambda: a.setLevel("LOUD"))
err(lambda: a.setLevel(1.5))
err(lambda: logging.getLogger(5))
err(lambda: abc.log("x", "msg"))
print(abc.hasHandlers(), root.handlers)

print("--- basic handlers")
stream = io.StringIO()
h = logging.StreamHandler(stream)
print(h, h.level, h.formatter, logging.StreamHandler(sys.stdout))
log = logging.getLogger("app")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.DEBUG)
log.debug("debug %s", "msg")
log.info("info %d %d", 1, 2)
log.warning("warn %(a)s/%(b)s", {"a": 1, "b": 2})
log.error("error")
log.critical("crit %r", [1])
log.log(25, "notice")
print(stream.getvalue(), end="")
h.setLevel(logging.ERROR)
log.warning("hidden")
log.error("shown")
print(stream.getvalue().splitlines()[-1], log.hasHandlers())

print("--- formatters")


def fmt_test(*args, **kwargs):
    s = io.StringIO()
    hh = logging.StreamHandler(s)
    try:
        hh.setFormatter(logging.Formatter(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
        return
    lg = logging.getLogger("fmt")
    lg.handlers = [hh]
    lg.propagate = False
    lg.warning("value=%s", 42)
    print(repr(s.getvalue()))


fmt_test("%(levelname)s %(name)s %(message)s %(lineno)d %(funcName)s %(module)s %(filename)s")
fmt_test("%(levelno)s|%(levelname)-8s|%(name)5s|%(message)r")
fmt_test("{levelname}:{name}:{message} at {lineno} in {funcName}", style="{")
fmt_test("{levelname:>10}|{message!r}", style="{")
fmt_test("$levelname ${name} $message", style="$")
fmt_test(None)
fmt_test("%(message)s %(custom)s", defaults={"custom": "dflt"})
fmt_test("no fields at all")
fmt_test("{no fields}", style="{")
fmt_test("{}", style="{")
fmt_test("plain", style="$")
fmt_test("%(message)s", style="#")
fmt_test("%(nosuch)s")
fmt_test("{message!x}", style="{")

print("--- asctime")
rec = logging.makeLogRecord({"msg": "at %s", "args": ("noon",), "created": 86400 * 365.25 * 30,
                             "msecs": 123.0, "levelname": "INFO", "name": "t"})
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.format(rec), f.usesTime())
f2 = logging.Formatter("[%(asctime)s] %(message)s", datefmt="%Y/%m/%d %H-%M")
f2.converter = time.gmtime
print(f2.format(rec))
f3 = logging.Formatter("{asctime} {message}", style="{", datefmt="%d.%m.%Y")
f3.converter = time.gmtime
print(f3.format(rec), f3.usesTime(), logging.Formatter("%(message)s").usesTime())
print(rec.getMessage(), rec.levelname, rec.name)
print(logging.Formatter("%(message)s").format(logging.LogRecord("n", 20, "p", 1, "m %(k)s", ({"k": 9},), None)))

print("--- filters")
s = io.StringIO()
hf = logging.StreamHandler(s)
hf.setFormatter(logging.Formatter("%(name)s:%(message)s"))
lf = logging.getLogger("filt")
lf.handlers = [hf]
lf.propagate = False
hf.addFilter(logging.Filter("filt.keep"))
for name in ("filt", "filt.keep", "filt.keep.sub", "filt.keeper", "other"):
    logging.getLogger(name).propagate = True
    logging.getLogger(name).error("from %s", name)
hf.filters = []
lf.addFilter(lambda r: "odd" not in r.getMessage())
lf.error("even msg")
lf.error("odd msg")


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


up = Upper()
lf.addFilter(up)
lf.error("shout")
lf.removeFilter(up)
lf.error("quiet")
print(s.getvalue(), end="")
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "z"})))

print("--- propagation")
s1, s2 = io.StringIO(), io.StringIO()
parent = logging.getLogger("prop")
child = logging.getLogger("prop.child")
parent.addHandler(logging.StreamHandler(s1))
child.addHandler(logging.StreamHandler(s2))
parent.propagate = False
child.warning("both")
child.propagate = False
child.warning("child only")
child.propagate = True
parent.setLevel(logging.ERROR)
child.warning("child warning, parent level irrelevant to handlers")
print(repr(s1.getvalue()), repr(s2.getvalue()))

print("--- extra / stack / exception")
s = io.StringIO()
he = logging.StreamHandler(s)
he.setFormatter(logging.Formatter("%(levelname)s %(message)s %(user)s"))
le = logging.getLogger("exc")
le.handlers = [he]
le.propagate = False
le.warning("with extra", extra={"user": "bob"})
err(lambda: le.warning("clash", extra={"message": 1}))
err(lambda: le.warning("clash", extra={"name": 1}))
he.setFormatter(logging.Formatter("%(levelname)s %(funcName)s %(message)s"))


def fail():
    raise ValueError("bad value")


def catcher():
    try:
        fail()
    except ValueError:
        le.exception("caught %s", "it")
    try:
        fail()
    except ValueError as e:
        le.error("again", exc_info=e)
        le.error("no info", exc_info=False)


catcher()
le.error("explicit", exc_info=(KeyError, KeyError("k"), None))
# CPython names the main script by its absolute path: keep the output location-free.
here = os.path.dirname(os.path.abspath(__file__)) + os.sep
print(s.getvalue().replace(here, ""), end="")

print("--- disable")
s = io.StringIO()
ld = logging.getLogger("dis")
ld.handlers = [logging.StreamHandler(s)]
ld.propagate = False
ld.setLevel(logging.DEBUG)
logging.disable(logging.WARNING)
ld.warning("no")
ld.error("yes")
print(ld.isEnabledFor(logging.WARNING), ld.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
ld.warning("back")
ld.disabled = True
ld.error("disabled logger")
ld.disabled = False
print(repr(s.getvalue()))

print("--- NullHandler / lastResort / adapter")
ln = logging.getLogger("nullh")
ln.addHandler(logging.NullHandler())
ln.error("dropped")
print(logging.lastResort, logging.lastResort.level)
saved = sys.stderr
sys.stderr = io.StringIO()
logging.getLogger("nohandlers").warning("to last resort %d", 1)
logging.getLogger("nohandlers").info("below last resort level")
got = sys.stderr.getvalue()
sys.stderr = saved
print(repr(got))
s = io.StringIO()
la = logging.getLogger("adapt")
la.handlers = [logging.StreamHandler(s)]
la.handlers[0].setFormatter(logging.Formatter("%(message)s [%(ip)s]"))
la.propagate = False
ad = logging.LoggerAdapter(la, {"ip": "1.2.3.4"})
ad.warning("adapted %s", "msg")
print(s.getvalue(), end="")
print(ad, ad.isEnabledFor(logging.WARNING), ad.name)

print("--- basicConfig")
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s|%(name)s|%(message)s")
logging.info("root info %s", 1)
logging.debug("not shown")
logging.warning("root warning")
logging.getLogger("cfg.child").info("child via root")
logging.basicConfig(format="ignored %(message)s")
logging.error("still old format")
err(lambda: logging.basicConfig(force=True, stream=sys.stdout, filename="x.log"))
err(lambda: logging.basicConfig(force=True, stream=sys.stdout, style="?"))
err(lambda: logging.basicConfig(force=True, stream=sys.stdout, bogus=1))
logging.basicConfig(force=True, stream=sys.stdout, style="{", format="{levelname}!{message}")
logging.critical("forced %s", "config")
print(logging.root.level, len(logging.root.handlers))

print("--- records")
r = logging.LogRecord("n", logging.INFO, "/p/mod.py", 7, "hello %s", ("w",), None, "fn")
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno,
      r.funcName, r.getMessage(), r.args, r.exc_info, r.threadName, r.processName)
print(repr(r))
print(logging.makeLogRecord({"msg": 5}).getMessage())
err(lambda: logging.LogRecord("n", 20, "p", 1, "%d", ("x",), None).getMessage())
print(issubclass(logging.FileHandler, logging.StreamHandler), logging.getLoggerClass() is logging.Logger)

print("--- record file names")

for p in ["/a/b/f.py", "f.py", ".bashrc", "/x/..a", "a..b", "/x/y/", "noext", "/a.b/c", "...", "a.", "x/.a.b"]:
    r = logging.LogRecord("n", 20, p, 1, "m", (), None)
    print(repr(p), repr(r.filename), repr(r.module))
