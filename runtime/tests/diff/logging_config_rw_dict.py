import io, sys, logging, logging.config as LC, logging.handlers

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
        if e.__cause__ is not None:
            r += " <- %s: %s" % (type(e.__cause__).__name__, e.__cause__)
    print(label, repr(r))

for s in ("abc", "_x1", "1a", "a-b", "", "a b"):
    show("ident %r" % s, lambda: LC.valid_ident(s))

stream = io.StringIO()
class Tagger(logging.Filter):
    def __init__(self, tag="T"):
        super().__init__()
        self.tag = tag
    def filter(self, record):
        record.tag = self.tag
        return True
def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)

old = logging.getLogger("legacy")
old_child = logging.getLogger("app.old")
config = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "brace": {"format": "{tag}|{message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "%(message)s", "prefix": ">> "},
        "novalid": {"format": "no fields", "validate": False},
    },
    "filters": {
        "tag": {"()": Tagger, "tag": "X", ".": {"extra_attr": 5}},
        "onlyapp": {"name": "app"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://__main__.stream", "formatter": "plain", "level": "DEBUG"},
        "tagged": {"class": "logging.StreamHandler", "stream": "ext://__main__.stream", "formatter": "brace", "filters": ["tag"]},
        "buf": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "console", "flushLevel": 40},
        "custom": {"()": "logging.StreamHandler", "stream": "ext://__main__.stream", "formatter": "custom", ".": {"marker": "m"}},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["console", "tagged"], "propagate": False, "filters": ["onlyapp"]},
        "app.sub": {"handlers": ["buf"]},
        "cust": {"handlers": ["custom"], "propagate": 0},
    },
    "root": {"level": "WARNING", "handlers": []},
    "disable_existing_loggers": True,
}
config["handlers"]["console"]["stream"] = "ext://__main__.stream"
original = repr(config)
LC.dictConfig(config)
print(repr(config) == original)
app = logging.getLogger("app")
print(app.level, app.propagate, [type(h).__name__ for h in app.handlers], [h.name for h in app.handlers], len(app.filters))
print(old.disabled, old_child.disabled, logging.getLogger("app.sub").disabled)
app.info("hello")
app.debug("hidden")
sub = logging.getLogger("app.sub")
sub.info("buffered")
print(repr(stream.getvalue()))
sub.error("flush now")
print(repr(stream.getvalue()))
logging.getLogger("cust").warning("custom")
h = logging.getLogger("cust").handlers[0]
print(h.marker, h.name, repr(stream.getvalue().splitlines()[-1]))
print(logging.getLogger("app").handlers[1].filters[0].extra_attr)

# incremental
LC.dictConfig({"version": 1, "incremental": True, "handlers": {"console": {"level": "ERROR"}}, "loggers": {"app": {"level": "DEBUG"}}})
print(app.level, app.handlers[0].level, len(app.handlers))
show("incr missing", lambda: LC.dictConfig({"version": 1, "incremental": True, "handlers": {"nope": {}}}))

# errors
show("no version", lambda: LC.dictConfig({}))
show("bad version", lambda: LC.dictConfig({"version": 2}))
show("bad class", lambda: LC.dictConfig({"version": 1, "handlers": {"h": {"class": "no.such.Class"}}}))
show("bad formatter ref", lambda: LC.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}}))
show("bad fmt", lambda: LC.dictConfig({"version": 1, "formatters": {"f": {"format": "nothing"}}}))
show("bad level", lambda: LC.dictConfig({"version": 1, "loggers": {"x": {"level": "LOUD"}}}))
show("bad handler ref", lambda: LC.dictConfig({"version": 1, "loggers": {"x": {"handlers": ["zz"]}}}))
show("bad root", lambda: LC.dictConfig({"version": 1, "root": {"level": "LOUD"}}))
show("bad filter ref", lambda: LC.dictConfig({"version": 1, "loggers": {"x": {"filters": ["zz"]}}}))
show("ext bad", lambda: LC.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://nomod_xyz.out"}}}))

bc = LC.BaseConfigurator({"a": {"b": [10, {"c": "deep"}]}, "k": "v", "n": {"2": "two"}})
for v in ("cfg://a.b[0]", "cfg://a.b[1].c", "cfg://a.b[1][c]", "cfg://k", "cfg://n[2]", "plain", 5, "ext://sys.maxsize", "ext://os.path.join", "cfg://a.b"):
    show("convert %r" % (v,), lambda: (lambda x: getattr(x, "__name__", x))(bc.convert(v)))
for v in ("cfg:// a .b [1]. c", "cfg://a.b[x]", "cfg://a.b[]", "cfg://a[b", "cfg://a.b[1][[c]]", "cfg://a.b[ 1 ][c-d]", "cfg://n[ 2 ]", "cfg://missing", "other://x"):
    show("convert %r" % (v,), lambda: bc.convert(v))
show("cfg bad", lambda: bc.convert("cfg://!x"))
show("cfg bad2", lambda: bc.convert("cfg://a!"))
show("resolve", lambda: bc.resolve("logging.handlers.MemoryHandler").__name__)
show("resolve bad", lambda: bc.resolve("logging.nonexistent_thing"))
print(bc.as_tuple([1, 2]), bc.as_tuple("x"))
print(LC.dictConfigClass is LC.DictConfigurator)
LC.dictConfig({"version": 1, "disable_existing_loggers": False})
print(app.disabled, app.handlers)
out3 = io.StringIO()
LC.dictConfig({"version": 1,
    "handlers": {
        "a_mem": {"class": "logging.handlers.MemoryHandler", "capacity": 1, "target": "z_out", ".": {"level": 5}, "level": "INFO"},
        "z_out": {"()": logging.StreamHandler, "stream": out3},
    },
    "loggers": {"late": {"handlers": ["a_mem"], "level": "DEBUG"}}})
late = logging.getLogger("late")
mem = late.handlers[0]
print(type(mem).__name__, mem.level, type(mem.target).__name__, mem.target.name, mem.name)
late.info("through memory")
print(repr(out3.getvalue()))
print(app.disabled, logging.getLogger("cust").disabled, logging.getLogger("app.sub").disabled)
logging.shutdown()
