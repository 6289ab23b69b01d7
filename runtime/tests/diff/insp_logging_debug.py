import logging
import os
import sys


class ScrubFormatter(logging.Formatter):
    """Formatter that strips directories from traceback file paths."""

    def formatException(self, ei):
        text = super().formatException(ei)
        out = []
        for line in text.splitlines():
            if 'File "' in line:
                a = line.index('File "') + 6
                b = line.index('"', a)
                line = line[:a] + os.path.basename(line[a:b]) + line[b:]
            out.append(line)
        return "\n".join(out)

    def formatStack(self, stack_info):
        lines = stack_info.splitlines()
        return "Stack: %d lines, first=%r" % (len(lines), lines[0])


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        n = getattr(record, "n", None)
        return n is None or n % 2 == 1


class ContextAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["req"], msg), kwargs


root = logging.getLogger()
root.setLevel(logging.WARNING)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(ScrubFormatter("%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s"))
root.addHandler(out)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
db.setLevel(logging.DEBUG)
collector = ListHandler()
db.addHandler(collector)

app.warning("starting %s v%d", "svc", 3)
app.info("hidden info")
db.debug("query %r", ("SELECT 1",))
db.info("connected to %(host)s:%(port)d", {"host": "localhost", "port": 5432})

def risky_query(n):
    return 10 / n

def run(n):
    try:
        return risky_query(n)
    except ZeroDivisionError:
        db.exception("query failed for n=%d", n)
        return None

print(run(0), run(5))

db.error("with stack", stack_info=True)
try:
    {}["missing"]
except KeyError:
    app.error("lookup", exc_info=True)
    app.warning("tuple exc_info", exc_info=sys.exc_info())

err = ValueError("captured")
app.critical("instance exc_info", exc_info=err)

print("collected:", [(r.levelname, r.getMessage(), r.funcName) for r in collector.records])
print("exc in record:", [r.exc_info[0].__name__ for r in collector.records if r.exc_info])
print("exc_text cached:", [r.exc_text is not None for r in collector.records])

filt_logger = logging.getLogger("filt")
filt_logger.addFilter(OnlyOdd())
for i in range(5):
    filt_logger.warning("item %d", i, extra={"n": i})

adapter = ContextAdapter(logging.getLogger("web"), {"req": "r-17"})
adapter.warning("handled %s", "/index")
adapter.info("suppressed")
print("adapter enabled for INFO:", adapter.isEnabledFor(logging.INFO))

quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.error("never shown")
print("quiet handlers:", quiet.handlers, quiet.hasHandlers())

print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level message")
app.setLevel(25)
print("effective:", app.getEffectiveLevel(), db.getEffectiveLevel(), logging.getLogger("app.other").getEffectiveLevel())
app.log(25, "now at notice")

bad = logging.getLogger("bad")
bad.warning("args mismatch %d %d", 1)
print("after bad format")

fmt = logging.Formatter("{levelname}|{name}|{message}", style="{")
rec = logging.LogRecord("x.y", logging.INFO, "/tmp/zz/mod.py", 12, "hello %s", ("w",), None, func="fn")
print(fmt.format(rec))
print(rec.module, rec.filename, rec.levelno, rec.msg, rec.args)
fmt2 = logging.Formatter("$levelname:$message", style="$")
print(fmt2.format(rec))
print(repr(rec)[:40])
print(logging.Formatter("%(message)s").format(logging.makeLogRecord({"msg": "made", "levelno": 30})))
try:
    logging.Formatter("%(message", style="%").format(rec)
except Exception as e:
    print(type(e).__name__)
try:
    logging.Formatter("{bad", style="{")
except ValueError as e:
    print("ValueError:", e)
print(logging.getLogger("app.db").parent.name, logging.getLogger("app").parent.name)
print(logging.getLogger("app.db") is db, repr(db), repr(root))
logging.shutdown()
