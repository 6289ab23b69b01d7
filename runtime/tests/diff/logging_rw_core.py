import io, sys, time, logging

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

# levels
for v in (0, 10, 20, 30, 40, 50, 5, "INFO", "WARN", "FATAL", "nope", None):
    print(repr(v), repr(logging.getLevelName(v)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelNamesMapping()["NOTICE"], "NOTICE" in logging.getLevelNamesMapping())
m = logging.getLevelNamesMapping(); m["X"] = 1; print("X" in logging.getLevelNamesMapping())
print(logging.WARN, logging.FATAL, logging.BASIC_FORMAT)
show("setLevel bad", lambda: logging.getLogger("t.lv").setLevel("BOGUS"))
show("setLevel type", lambda: logging.getLogger("t.lv").setLevel(1.5))
show("handler level", lambda: logging.Handler(level=[]))

# records
r = logging.LogRecord("n", 20, "/x/y/mod.py", 7, "v=%s %s", ("a", 3), None, "fn")
print(repr(r), r.getMessage(), r.filename, r.module, r.levelname, r.funcName, r.lineno, r.exc_text, r.stack_info)
r2 = logging.LogRecord("n", 20, "p", 1, "%(k)s-%(j)d", ({"k": "K", "j": 4},), None)
print(r2.args, r2.getMessage())
r3 = logging.LogRecord("n", 20, ".hidden", 1, 42, (), None)
print(r3.module, r3.filename, r3.getMessage())
r4 = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "levelno": 40, "custom": 1})
print(r4.getMessage(), r4.levelno, r4.levelname, r4.name, r4.custom)
print(logging.getLogRecordFactory() is logging.LogRecord)

# formatters
rec = logging.LogRecord("app.sub", 30, "/p/m.py", 12, "hello %s", ("world",), None, "f")
rec.created = 1700000000.25
rec.msecs = 250.0
fmts = [
    ("%(levelname)s:%(name)s:%(message)s", "%"),
    ("%(levelno)03d|%(lineno)-4d|%(module)s|%(funcName)s", "%"),
    ("{levelname:>8}|{name!r}|{message}", "{"),
    ("{levelno:03d} {name:.3}", "{"),
    ("${levelname} $name ${message}", "$"),
    ("[%(asctime)s] %(message)s", "%"),
]
for fs, st in fmts:
    f = logging.Formatter(fs, style=st)
    f.converter = time.gmtime
    print(repr(f.format(rec)), f.usesTime())
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d %H.%M")
f.converter = time.gmtime
print(f.format(rec), f.formatTime(rec), f.formatTime(rec, "%H"))
f.default_msec_format = None
print(f.formatTime(rec))
f = logging.Formatter("%(foo)s %(message)s", defaults={"foo": "D"})
print(f.format(rec))
f = logging.Formatter("{foo} {message}", style="{", defaults={"foo": "E"})
print(f.format(rec))
rec.foo = "own"
print(f.format(rec))
del rec.foo
for fs, st in [("%(message)", "%"), ("plain", "%"), ("{x!z}", "{"), ("{x:>>>}", "{"), ("none", "{"), ("$", "$"), ("none", "$"), ("${a", "$"), ("x", "?"), ("{a.b[0]}", "{"), ("{0}", "{"), ("%(a)5.2f", "%"), ("$$ $a", "$"), ("{a:*^10,.2f}", "{")]:
    show("fmt %r %s" % (fs, st), lambda: logging.Formatter(fs, style=st)._fmt)
show("validate off", lambda: logging.Formatter("plain", validate=False).format(rec))
show("missing field", lambda: logging.Formatter("%(nothere)s").format(rec))
show("missing {", lambda: logging.Formatter("{nothere}", style="{").format(rec))
print(logging.Formatter().format(rec), logging.Formatter(None, None, "{").format(rec))
try:
    1 / 0
except ZeroDivisionError:
    erec = logging.LogRecord("e", 40, "p", 1, "boom", None, sys.exc_info())
out = logging.Formatter("%(message)s").format(erec)
print(out.splitlines()[0], out.splitlines()[1], out.splitlines()[-1], erec.exc_text is not None)
srec = logging.LogRecord("s", 40, "p", 1, "with stack", None, None, sinfo="Stack here")
print(repr(logging.Formatter().format(srec)))
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([rec, rec])), repr(bf.format([])), repr(logging.BufferingFormatter().format([rec])))

# filters
flt = logging.Filter("a.b")
for n in ("a.b", "a.b.c", "a.bc", "a", "x"):
    print(n, flt.filter(logging.makeLogRecord({"name": n})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "q"})))

# handlers and loggers
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s/%(levelname)s: %(message)s"))
print(repr(h), repr(logging.StreamHandler(io.StringIO())), repr(logging.NullHandler()))
h.setLevel("INFO")
print(repr(h), h.level, h.name)
h.name = "mine"
print(h.get_name())
top = logging.getLogger("top")
top.addHandler(h)
top.addHandler(h)
top.setLevel(logging.DEBUG)
child = logging.getLogger("top.mid.leaf")
mid = logging.getLogger("top.mid")
print(child.parent is mid, mid.parent is top, top.parent is logging.root, child.name, repr(child), repr(logging.root))
print(top.getChild("mid") is mid, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root, logging.getLogger("") is logging.root)
child.debug("dropped by handler level")
child.info("info %d", 1)
child.warning("warn %s", "x")
child.error("err")
child.critical("crit")
child.log(25, "notice")
show("log bad", lambda: child.log("INFO", "x"))
try:
    raise KeyError("k")
except KeyError:
    child.exception("caught")
child.info("exc inline", exc_info=ValueError("v"))
mid.propagate = False
child.info("stops at mid")
mid.propagate = True
child.addFilter(lambda r: "secret" not in r.getMessage())
child.info("a secret")
child.info("public")
class Odd:
    def filter(self, record):
        record.msg = record.msg.upper()
        return True
odd = Odd()
child.addFilter(odd)
child.info("shout")
child.removeFilter(odd)
child.filters.clear()
child.info("with %(x)s", {"x": "dict"})
child.info("extra: %s", "e", extra={"user": "bob"})
show("extra clash", lambda: child.info("x", extra={"message": 1}))
show("extra clash2", lambda: child.info("x", extra={"name": 1}))
child.disabled = True
child.error("disabled")
child.disabled = False
print(child.isEnabledFor(10), child.getEffectiveLevel(), mid.hasHandlers(), logging.getLogger("zzz").hasHandlers())
logging.disable(logging.INFO)
child.info("disabled by disable()")
child.warning("still shown")
logging.disable(logging.NOTSET)
child.info("back")
lines = out.getvalue().splitlines()
for line in lines:
    if not line.startswith("  File") and not line.startswith("    "):
        print(line)
top.removeHandler(h)

# adapter
out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setFormatter(logging.Formatter("%(user)s %(message)s"))
lg = logging.getLogger("adapt")
lg.addHandler(h2)
lg.propagate = False
ad = logging.LoggerAdapter(lg, {"user": "ann"})
ad.warning("hi %s", "there")
ad.error("e")
ad.setLevel(logging.ERROR)
ad.warning("dropped")
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(40), ad.hasHandlers(), ad.manager is lg.manager)
class Pre(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "[%s] %s" % (self.extra["user"], msg), kwargs
Pre(lg, {"user": "zed"}).critical("pre")
print(out2.getvalue(), end="")

# logger classes
class MyLogger(logging.Logger):
    pass
show("bad class", lambda: logging.setLoggerClass(int))
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("custom.one")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("custom.two")).__name__, type(logging.getLogger("custom")).__name__)
print(type(logging.Logger.manager.loggerDict.get("newph.x") or logging.getLogger("newph.x.y").parent).__name__, type(logging.Logger.manager.loggerDict["newph.x"]).__name__)

# last resort and basicConfig
saved = sys.stderr
sys.stderr = io.StringIO()
logging.getLogger("nohandlers").warning("to last resort")
logging.getLogger("nohandlers").info("not shown")
got = sys.stderr.getvalue()
sys.stderr = saved
print(repr(got))
show("bc both", lambda: logging.basicConfig(stream=io.StringIO(), filename="x"))
show("bc handlers", lambda: logging.basicConfig(handlers=[], stream=io.StringIO()))
show("bc style", lambda: logging.basicConfig(style="?"))
show("bc extra", lambda: logging.basicConfig(stream=io.StringIO(), bogus=1))
print(len(logging.root.handlers))
for hd in logging.root.handlers[:]:
    logging.root.removeHandler(hd)
bout = io.StringIO()
logging.basicConfig(stream=bout, level="DEBUG", format="{levelname}-{message}", style="{")
logging.debug("d")
logging.info("i %s", 1)
logging.basicConfig(stream=bout, format="ignored %(message)s")
logging.warning("w")
logging.basicConfig(stream=bout, format="forced %(message)s", force=True)
logging.error("e")
logging.critical("c")
logging.log(logging.WARNING, "l")
print(repr(bout.getvalue()), logging.root.level, repr(logging.root.handlers[0]).startswith("<StreamHandler"))
logging.shutdown()
print("done")
