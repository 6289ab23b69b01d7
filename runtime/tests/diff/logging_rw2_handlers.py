import logging, logging.handlers, os, tempfile, io

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
base = logging.handlers.BaseRotatingHandler(path, "a", delay=True)
print("base", base.encoding, base.mode, base.errors)
for kw in ({}, {"maxBytes": 10}, {"mode": "w"}, {"mode": "ab"}, {"encoding": "utf-8", "errors": "replace"}):
    h = logging.handlers.RotatingFileHandler(path, delay=True, **kw)
    print("rot", kw, h.encoding, h.mode, h.errors)
    h.close()
w = logging.handlers.WatchedFileHandler(path, delay=True)
print("watched", w.encoding, w.mode)
w.close()

log = logging.getLogger("rw2")
log.propagate = False
log.setLevel(logging.DEBUG)
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(rh)
for i in range(8):
    log.info("message number %d", i)
rh.close()
log.removeHandler(rh)
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))

class BadRotate(logging.handlers.RotatingFileHandler):
    def shouldRollover(self, record):
        raise ValueError("cannot decide")
errors = []
bad = BadRotate(path, delay=True)
bad.handleError = lambda record: errors.append(record.getMessage())
log.addHandler(bad)
log.warning("lost")
print("errors", errors)
log.removeHandler(bad)
bad.close()

sio = io.StringIO()
sh = logging.StreamHandler(sio)
sh.set_name("rw2-stream")
print(sh.name, sh.get_name(), logging.getHandlerByName("rw2-stream") is sh if hasattr(logging, "getHandlerByName") else "-")
log.addHandler(sh)
log.error("to %s", "stream")
class Deep:
    def __str__(self): raise RecursionError("deep")
caught = []
sh.handleError = lambda r: caught.append(r.msg)
try:
    log.error(Deep())
except RecursionError as e:
    print("propagated", type(e).__name__, e)
class Broken:
    def __str__(self): raise KeyError("broken")
log.error(Broken())
print("handled", len(caught))
print(repr(sio.getvalue()))
print(log.isEnabledFor(logging.DEBUG), log.isEnabledFor(5))
logging.disable(logging.INFO)
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)
print(log.isEnabledFor(logging.INFO))
log.disabled = True
print(log.isEnabledFor(logging.CRITICAL))
log.disabled = False
log.removeHandler(sh)

mh = logging.handlers.MemoryHandler(3, target=sh)
sh2 = io.StringIO(); sh.setStream(sh2)
mh.handle(logging.makeLogRecord({"msg": "m1", "levelno": 20, "levelname": "INFO"}))
print(repr(sh2.getvalue()))
mh.close()
print(repr(sh2.getvalue()), mh.buffer)
bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({"msg": "b"}))
print(len(bh.buffer))
bh.close()
print(len(bh.buffer))
for s in (logging.PercentStyle(""), logging.StrFormatStyle(None), logging.StringTemplateStyle("$x", defaults={"x": 1})):
    print(type(s).__name__, s._fmt, s._defaults, s.usesTime())
fh = logging.FileHandler(path, mode="w", delay=True)
print(repr(fh).replace(d, "DIR"), fh.stream)
fh.emit(logging.makeLogRecord({"msg": "fh"}))
print(fh.stream is not None)
fh.close()
fh.emit(logging.makeLogRecord({"msg": "after"}))
print(fh.stream)
with open(path) as f:
    print(repr(f.read()))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
