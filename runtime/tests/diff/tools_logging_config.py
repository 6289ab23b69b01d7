# logging.config.dictConfig: formatters, filters, handlers, loggers, root, incremental.
import io
import logging
import logging.config
import sys

OUT = io.StringIO()


class Tagger(logging.Filter):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


def err(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)


existing = logging.getLogger("old.logger")
existing_child = logging.getLogger("app.sub")
config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "braces": {"format": "{levelname}|{message}|{tag}", "style": "{"},
    },
    "filters": {
        "tagger": {"()": Tagger, "tag": "T1"},
        "only_app": {"name": "app"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://__main__.OUT",
                "formatter": "brief", "level": "DEBUG"},
        "tagged": {"class": "logging.StreamHandler", "stream": "cfg://streams.main",
                   "formatter": "braces", "filters": ["tagger"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "out"},
        "stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "brief", ".": {"terminator": " <END>\n"}},
    },
    "streams": {"main": OUT},
    "loggers": {
        "app": {"level": "INFO", "handlers": ["out", "tagged"], "propagate": False,
                "filters": ["only_app"]},
        "buffered": {"handlers": ["mem"], "level": 10, "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["stdout"]},
}
logging.config.dictConfig(config)
print(sorted(config["handlers"]), type(config["handlers"]["out"]).__name__)
app = logging.getLogger("app")
app.debug("hidden")
app.info("shown %d", 1)
logging.getLogger("app.sub").warning("from child")
logging.getLogger("buffered").info("b1")
print(repr(OUT.getvalue()))
logging.getLogger("buffered").info("b2")
logging.warning("root warning")
logging.getLogger("other").error("other error")
print(existing.disabled, existing_child.disabled, existing_child.propagate)
print(repr(OUT.getvalue()))
print([h.name for h in app.handlers], app.level, app.propagate, logging.root.level)
print(logging.getLogger("app").handlers[0].level, logging.getLogger("app").handlers[0].formatter._fmt)

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
print(app.level, app.handlers[0].level)
err(lambda: logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"nope": {}}}))
err(lambda: logging.config.dictConfig({}))
err(lambda: logging.config.dictConfig({"version": 2}))
err(lambda: logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}}))
err(lambda: logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "nosuchmodule.X"}}}))
err(lambda: logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}}))
err(lambda: logging.config.dictConfig({"version": 1, "formatters": {"f": {"format": "%(bad"}}}))
err(lambda: logging.config.dictConfig({"version": 1, "loggers": {"x": {"handlers": ["missing"]}}}))
err(lambda: logging.config.dictConfig({"version": 1, "root": {"level": "LOUD"}}))
err(lambda: logging.config.dictConfig({"version": 1, "loggers": {"x": {"filters": ["missing"]}}}))
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "root": {"level": "INFO", "handlers": ["h"]},
                           "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}}})
logging.info("plain root after reconfigure")
print(existing.disabled, app.disabled, logging.config.valid_ident("abc"))
err(lambda: logging.config.valid_ident("1abc"))
