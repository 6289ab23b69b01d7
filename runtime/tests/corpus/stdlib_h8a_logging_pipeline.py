import logging
import io
import sys

stream = io.StringIO()
root = logging.getLogger()
root.handlers.clear()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)-12s %(message)s"))
root.addHandler(handler)
root.setLevel(logging.DEBUG)

log = logging.getLogger("etl")
sub = logging.getLogger("etl.parse")
quiet = logging.getLogger("etl.quiet")
quiet.setLevel(logging.ERROR)

ROWS = ["id=1;amt=10.5", "id=2;amt=x", "broken", "id=3;amt=-4", "id=4;amt=1e3", "id=;amt=2"]

def parse(row):
    try:
        fields = dict(part.split("=", 1) for part in row.split(";"))
    except ValueError:
        sub.error("cannot split row %r", row)
        return None
    try:
        rid = int(fields["id"])
        amt = float(fields["amt"])
    except ValueError as e:
        sub.warning("bad value in %s: %s", row, e)
        return None
    if amt < 0:
        sub.info("negative amount %.2f for id %d", amt, rid)
    sub.debug("parsed %(id)s -> %(amt)s", {"id": rid, "amt": amt})
    return rid, amt

log.info("starting with %d rows", len(ROWS))
good = [r for r in map(parse, ROWS) if r]
log.info("kept %d/%d rows", len(good), len(ROWS))
quiet.warning("this is filtered")
quiet.error("this passes")
log.log(25, "custom level %s", 25)
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
print(stream.getvalue(), end="")

print("---- formatter variants")
for fmt, style in [("{levelname}:{name}:{message}", "{"), ("$levelname/$name/$message", "$"), ("%(levelno)02d|%(funcName)s|%(message)s", "%")]:
    s = io.StringIO()
    h = logging.StreamHandler(s)
    h.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger(f"fmt{style}")
    lg.propagate = False
    lg.addHandler(h)
    lg.setLevel(logging.INFO)
    lg.info("hello %s", "world")
    lg.debug("hidden")
    lg.error("err %d%%", 5)
    print(s.getvalue(), end="")

print("---- filters and exc_info")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
h.addFilter(OnlyOdd())
lg = logging.getLogger("filt")
lg.propagate = False
lg.addHandler(h)
for i in range(6):
    lg.warning("n=%d", i)
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("failed %d", 7)
text = s.getvalue()
print(text.splitlines()[0:4])
print([l for l in text.splitlines() if l.startswith("ZeroDivisionError")])
print("Traceback (most recent call last):" in text)

print("---- levels")
for lvl in [logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, 25, 5]:
    print(lvl, logging.getLevelName(lvl), logging.getLogger("etl").isEnabledFor(lvl))
print(logging.getLevelName("WARNING"), logging.getLevelName("NOTICE"), logging.getLevelName("NOPE"))
print(sub.parent.name, sub.getEffectiveLevel(), quiet.getEffectiveLevel(), logging.getLogger("etl.parse") is sub)
print(logging.getLogger().name, repr(logging.getLogger("etl"))[:26], logging.getLogger("a.b.c").parent.name)
rec = logging.LogRecord("n", logging.INFO, "path.py", 10, "msg %s %s", ("a", 1), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.name, rec.module, rec.filename)
la = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "ann"})
s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.setFormatter(logging.Formatter("%(user)s: %(message)s"))
la.logger.addHandler(h2)
la.logger.propagate = False
la.warning("adapted %s", "msg")
print(s2.getvalue(), end="")
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("still shown")
logging.disable(logging.NOTSET)
print(stream.getvalue().splitlines()[-1])
