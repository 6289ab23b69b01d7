"""A batch-import script with heavy logging into an in-memory stream."""
import io
import logging
import sys

stream = io.StringIO()
logging.basicConfig(
    level=logging.DEBUG,
    stream=stream,
    format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d | %(message)s",
)
root_log = logging.getLogger()
log = logging.getLogger("importer")
db_log = logging.getLogger("importer.db")
net_log = logging.getLogger("importer.net.http")


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req={self.extra['req']}] {msg}", kwargs


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR


class Redactor(logging.Filter):
    def filter(self, record):
        if isinstance(record.msg, str) and "password" in record.msg:
            record.msg = record.msg.replace(record.args[0] if record.args else "", "***")
            record.args = ()
        return True


def parse_row(line, lineno):
    fields = line.split(",")
    if len(fields) != 3:
        raise ValueError(f"expected 3 fields, got {len(fields)}")
    name, qty, price = fields
    return name.strip(), int(qty), float(price)


def import_rows(lines):
    ok, bad = 0, 0
    for n, line in enumerate(lines, 1):
        try:
            row = parse_row(line, n)
        except ValueError:
            log.warning("row %d rejected: %r", n, line, exc_info=True)
            bad += 1
            continue
        db_log.debug("insert %s qty=%d price=%.2f", *row)
        ok += 1
    log.info("done: %d ok, %d bad", ok, bad)
    return ok, bad


def tidy_traceback(text):
    out = []
    for line in text.splitlines():
        if line.lstrip().startswith("File "):
            parts = line.split(", ")
            out.append("  File <...>, " + ", ".join(parts[1:]))
        elif line.strip().startswith("^") or line.strip() == "":
            continue
        else:
            out.append(line)
    return out


print("effective levels:", logging.getLevelName(log.getEffectiveLevel()),
      logging.getLevelName(net_log.getEffectiveLevel()))
print("hierarchy:", net_log.parent.name, "->", net_log.parent.parent.name if net_log.parent.name != "root" else "root")
print("same object:", logging.getLogger("importer.db") is db_log)

errors_only = io.StringIO()
h = logging.StreamHandler(errors_only)
h.addFilter(OnlyErrors())
h.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
log.addHandler(h)
db_log.addFilter(Redactor())

import_rows(["apple, 3, 1.25", "pear,x,2", "plum,1", "kiwi, 10, 0.5"])
db_log.info("connecting with password %s", "hunter2")
net_log.setLevel(logging.WARNING)
net_log.info("this is hidden")
net_log.error("timeout after %ss", 30)
adapter = RequestAdapter(logging.getLogger("importer.api"), {"req": "r-17"})
adapter.info("GET /items")
adapter.error("status %d", 503)
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
log.critical("shutting down: %s", {"pending": 2})
log.log(25, "custom level 25")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
log.propagate = False
log.error("not propagated to root")
log.propagate = True
logging.disable(logging.INFO)
log.info("disabled info")
log.warning("warning survives disable")
logging.disable(logging.NOTSET)
print("isEnabledFor DEBUG:", log.isEnabledFor(logging.DEBUG), net_log.isEnabledFor(logging.INFO))

print("---- main stream ----")
for line in tidy_traceback(stream.getvalue()):
    print(line)
print("---- errors only ----")
for line in tidy_traceback(errors_only.getvalue()):
    print(line)

fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec = logging.LogRecord("x", logging.INFO, "file.py", 10, "hello %s", ("there",), None)
rec.created = 0.0
print("record:", rec.getMessage(), rec.levelname, rec.name, rec.lineno)
print("levels:", [logging.getLevelName(n) for n in (10, 20, 30, 40, 50, 5)], logging.getLevelName("ERROR"))
print("repr:", repr(log), repr(net_log))
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("bad level:", e)
logging.shutdown()
