# logging.handlers: memory/buffering/queue handlers and file rotation.
import io
import logging
import logging.handlers
import os
import tempfile


class SimpleQueue:
    def __init__(self):
        self.items = []

    def put_nowait(self, item):
        self.items.append(item)

    def get(self, block=True):
        if not self.items:
            raise IndexError("empty")
        return self.items.pop(0)


def stream_handler(fmt="%(levelname)s:%(message)s"):
    s = io.StringIO()
    h = logging.StreamHandler(s)
    h.setFormatter(logging.Formatter(fmt))
    return s, h


log = logging.getLogger("handlers")
log.propagate = False
log.setLevel(logging.DEBUG)

print("--- BufferingHandler")
bh = logging.handlers.BufferingHandler(3)
log.handlers = [bh]
log.info("one")
log.info("two")
print([r.getMessage() for r in bh.buffer], bh.shouldFlush(None))
log.info("three")
print(len(bh.buffer))

print("--- MemoryHandler")
s, target = stream_handler()
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.handlers = [mh]
log.info("a")
log.info("b")
print(repr(s.getvalue()), len(mh.buffer))
log.error("c triggers")
print(repr(s.getvalue()), len(mh.buffer))
log.debug("d")
mh.close()
print(repr(s.getvalue()), mh.target)
mh2 = logging.handlers.MemoryHandler(10, flushOnClose=False)
log.handlers = [mh2]
log.info("kept")
mh2.flush()
print(len(mh2.buffer))

print("--- QueueHandler")
q = SimpleQueue()
qh = logging.handlers.QueueHandler(q)
log.handlers = [qh]
log.warning("queued %s", "msg")
try:
    raise ValueError("x")
except ValueError:
    log.exception("with exc")
rec = q.items[0]
print(rec.msg, rec.args, rec.message, rec.exc_info, len(q.items))
print([r.getMessage().splitlines()[0] for r in q.items])

print("--- RotatingFileHandler")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "r.log")
    rh = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
    rh.setFormatter(logging.Formatter("%(message)s"))
    log.handlers = [rh]
    for i in range(8):
        log.info("message number %d", i)
    rh.close()
    print(sorted(os.listdir(d)))
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            print(name, f.read().split("\n"))
    wh = logging.handlers.WatchedFileHandler(os.path.join(d, "w.log"))
    log.handlers = [wh]
    log.info("first")
    os.rename(os.path.join(d, "w.log"), os.path.join(d, "w.old"))
    log.info("second")
    wh.close()
    for name in ("w.log", "w.old"):
        with open(os.path.join(d, name)) as f:
            print(name, repr(f.read()))
