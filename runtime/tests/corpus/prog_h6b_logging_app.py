import logging
import io

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
root = logging.getLogger("app")
root.setLevel(logging.DEBUG)
root.addHandler(handler)

root.debug("starting %s v%d", "svc", 2)
root.info("config loaded: %r", {"a": 1})
root.warning("disk at %.1f%%", 91.256)
db = logging.getLogger("app.db")
db.error("connection lost")
db.setLevel(logging.ERROR)
db.warning("suppressed")
db.critical("fatal!")
print(stream.getvalue(), end="")
print(db.getEffectiveLevel(), root.getEffectiveLevel(), db.parent.name, db.isEnabledFor(logging.INFO), root.isEnabledFor(logging.INFO))

s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.setLevel(logging.WARNING)
h2.setFormatter(logging.Formatter("[%(levelno)s|%(funcName)s|%(module)s] %(msg)s -> %(message)s"))
root.addHandler(h2)
def work():
    root.warning("in work %d", 5)
    root.info("not for h2")
work()
print(s2.getvalue(), end="")

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0
s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.addFilter(OnlyEven())
h3.setFormatter(logging.Formatter("%(message)s"))
lg = logging.getLogger("filt")
lg.addHandler(h3)
lg.setLevel(logging.INFO)
lg.propagate = False
for i in range(5):
    lg.info("n=%d", i)
print(s3.getvalue(), end="")

try:
    1 / 0
except ZeroDivisionError:
    lg2 = logging.getLogger("exc")
    s4 = io.StringIO()
    h4 = logging.StreamHandler(s4)
    h4.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    lg2.addHandler(h4)
    lg2.propagate = False
    lg2.exception("failed")
out = s4.getvalue().splitlines()
print(out[0], out[1], out[-1])

class JsonFormatter(logging.Formatter):
    def format(self, record):
        import json
        return json.dumps({"lvl": record.levelname, "msg": record.getMessage(), "name": record.name}, sort_keys=True)
s5 = io.StringIO()
h5 = logging.StreamHandler(s5)
h5.setFormatter(JsonFormatter())
jl = logging.getLogger("json")
jl.addHandler(h5)
jl.propagate = False
jl.warning("hello %s", "world")
jl.error("x", extra={"user": "bob"})
print(s5.getvalue(), end="")

fmt = logging.Formatter("{levelname}:{name}:{message}", style="{")
s6 = io.StringIO()
h6 = logging.StreamHandler(s6)
h6.setFormatter(fmt)
bl = logging.getLogger("brace")
bl.addHandler(h6)
bl.propagate = False
bl.warning("braced %s", "arg")
fmt2 = logging.Formatter("$levelname $message", style="$")
h6.setFormatter(fmt2)
bl.warning("dollar")
print(s6.getvalue(), end="")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("INFO"), logging.WARN, logging.FATAL)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25))
s7 = io.StringIO()
h7 = logging.StreamHandler(s7)
h7.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
el = logging.getLogger("extra")
el.addHandler(h7)
el.propagate = False
el.log(25, "custom level", extra={"user": "ann"})
adapter = logging.LoggerAdapter(el, {"user": "ctx"})
adapter.warning("via adapter")
print(s7.getvalue(), end="")
print(logging.getLogger("app.db") is db, logging.getLogger("app").handlers[0] is handler, logging.root.name, logging.getLogger().name)
rec = logging.LogRecord("n", logging.INFO, "/p/f.py", 10, "m %s", ("x",), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
print(logging.Formatter("%(name)s/%(lineno)d/%(pathname)s").format(rec))
lg.removeHandler(h3)
print(lg.handlers, lg.hasHandlers())
print(repr(lg), repr(logging.getLogger("app")))
ml = logging.getLogger("multi")
ml.propagate = False
sm = io.StringIO()
hm = logging.StreamHandler(sm)
hm.setFormatter(logging.Formatter("%(message)s"))
hm.terminator = "|"
ml.addHandler(hm)
ml.warning("a"); ml.warning("b")
print(sm.getvalue())
logging.disable(logging.CRITICAL)
ml.critical("disabled")
logging.disable(logging.NOTSET)
ml.critical("enabled")
print(sm.getvalue())
