"""A service's logging setup: dictConfig, rotating files, queue and memory handlers."""
import io
import logging
import logging.config
import logging.handlers
import os
import queue
import tempfile
import time
import warnings


class FixedClock(logging.Filter):
    """Pin timestamps so the output is reproducible."""

    def filter(self, record):
        record.created = 1700000000.25
        record.msecs = 250.0
        return True


class ShortExc(logging.Formatter):
    def formatException(self, ei):
        return f"  !! {ei[0].__name__}: {ei[1]}"


def dump(title, text):
    print(f"--- {title}")
    for line in text.splitlines():
        if line.lstrip().startswith('File "'):
            line = "      File <this script>, " + line.split(", ", 1)[1]
        print("   ", line)


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    console = io.StringIO()
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"clock": {"()": FixedClock}},
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)-7s %(name)s: %(message)s",
                      "datefmt": "%Y-%m-%dT%H:%M:%S"},
            "brace": {"format": "{levelname[0]} {name} {message}", "style": "{"},
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "stream": console,
                        "formatter": "plain", "filters": ["clock"], "level": "INFO"},
            "file": {"class": "logging.handlers.RotatingFileHandler", "filename": "svc.log",
                     "maxBytes": 120, "backupCount": 2, "formatter": "brace", "level": "DEBUG"},
        },
        "loggers": {
            "svc": {"handlers": ["console", "file"], "level": "DEBUG", "propagate": False},
            "svc.db": {"level": "WARNING"},
        },
        "root": {"level": "ERROR", "handlers": []},
    })
    logging.Formatter.converter = time.gmtime

    svc = logging.getLogger("svc")
    db = logging.getLogger("svc.db")
    api = logging.getLogger("svc.api")
    svc.info("starting %s v%s", "svc", "1.4")
    svc.debug("config loaded from %s", "svc.ini")
    for i in range(6):
        api.info("request %d handled in %dms", i, 10 + i * 7)
    db.info("this is below svc.db's level")
    db.warning("slow query: %.1fs", 2.5)
    try:
        int("NaN?")
    except ValueError:
        api.exception("bad input")
    dump("console", console.getvalue())
    for name in sorted(os.listdir(".")):
        dump(f"file {name}", open(name).read())

    print("levels:", [(n, logging.getLevelName(logging.getLogger(n).getEffectiveLevel()))
                      for n in ("svc", "svc.db", "svc.api", "other")])

    # Queue handler / listener pair, as used to move logging off hot threads.
    q = queue.Queue()
    worker = logging.getLogger("worker")
    worker.propagate = False
    worker.setLevel(logging.DEBUG)
    worker.addHandler(logging.handlers.QueueHandler(q))
    worker.warning("queued %s", "early")
    rec = q.get_nowait()
    print("queued record:", rec.getMessage(), rec.args, rec.levelname, rec.exc_info)
    sink = io.StringIO()
    listener = logging.handlers.QueueListener(q, logging.StreamHandler(sink))
    listener.start()
    worker.error("via listener %d", 1)
    worker.info("via listener %d", 2)
    listener.stop()
    print("listener got:", sink.getvalue().splitlines())

    # Memory handler flushes when an ERROR arrives or capacity is hit.
    target_buf = io.StringIO()
    target = logging.StreamHandler(target_buf)
    target.setFormatter(ShortExc("%(levelname)s %(message)s"))
    mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
    batch = logging.getLogger("batch")
    batch.propagate = False
    batch.setLevel(logging.DEBUG)
    batch.addHandler(mem)
    batch.debug("step a")
    batch.debug("step b")
    print("before flush:", repr(target_buf.getvalue()))
    try:
        {}["k"]
    except KeyError:
        batch.error("failed step", exc_info=True)
    print("after error:", target_buf.getvalue().splitlines())
    for s in "cde":
        batch.info("step %s", s)
    print("after capacity:", target_buf.getvalue().splitlines()[-3:], len(mem.buffer))
    mem.close()

    # Warnings routed into logging.
    wbuf = io.StringIO()
    wh = logging.StreamHandler(wbuf)
    wh.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
    logging.getLogger("py.warnings").addHandler(wh)
    logging.getLogger("py.warnings").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    warnings.warn("old API", DeprecationWarning)
    warnings.warn("odd value", UserWarning)
    logging.captureWarnings(False)
    print("captured:", [l.split("|")[0:2] + [l.rsplit(": ", 1)[-1]] for l in wbuf.getvalue().splitlines() if "|" in l])

    rec = logging.makeLogRecord({"msg": "made %d", "args": (5,), "levelno": 30, "name": "mk"})
    print("makeLogRecord:", rec.getMessage(), rec.levelname, rec.name)
    for fmt, style in (("$levelname:$message", "$"), ("{name}/{message!r}", "{")):
        f = logging.Formatter(fmt, style=style)
        print("style", style, "->", f.format(logging.makeLogRecord({"msg": "hi", "levelname": "X", "name": "n"})))
    try:
        logging.Formatter("%(message)s %(missing)s").format(logging.makeLogRecord({"msg": "m"}))
    except ValueError as e:
        print("ValueError:", e)
    logging.shutdown()
    for h in svc.handlers:
        h.close()
    os.chdir("/")
