"""Config loader that wraps errors; inspect the formatted traceback text."""
import traceback
import sys


class ConfigError(Exception):
    def __init__(self, key, msg):
        super().__init__(key, msg)
        self.key = key
        self.msg = msg

    def __str__(self):
        return f"[{self.key}] {self.msg}"


class MissingKey(ConfigError, KeyError):
    pass


def parse_int(key, raw):
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(key, f"not an int: {raw!r}") from exc


def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise MissingKey(key, "missing")


def lookup_quiet(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(key, "quiet") from None


def load(cfg):
    out = {}
    for key in ("port", "workers", "name"):
        raw = lookup(cfg, key)
        out[key] = parse_int(key, raw) if key != "name" else raw
    return out


def strip_tb(text):
    lines = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("File "):
            parts = s.split(", ")
            fname = parts[0].rsplit("/", 1)[-1].rstrip('"')
            lines.append(f"  File {fname} {parts[1]} {parts[2] if len(parts) > 2 else ''}")
        else:
            lines.append(line)
    return "\n".join(lines)


configs = [
    {"port": "80", "workers": "4", "name": "web"},
    {"port": "eighty", "workers": "4", "name": "web"},
    {"port": "80", "name": "web"},
]
for cfg in configs:
    try:
        print("loaded", load(cfg))
    except ConfigError as e:
        print("error:", e, "| args:", e.args, "| repr:", repr(e))
        print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__,
              "suppress:", e.__suppress_context__)
        print(strip_tb("".join(traceback.format_exception(e))))
        print("--- only:", traceback.format_exception_only(type(e), e))
        print("--- isinstance KeyError:", isinstance(e, KeyError))

try:
    lookup_quiet({}, "zz")
except ConfigError as e:
    print("quiet:", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    print(strip_tb(traceback.format_exc()))

# nested handlers: exception raised while handling another
def cleanup():
    raise RuntimeError("cleanup failed")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()
except RuntimeError as e:
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print(strip_tb(text))
    print("chain lens:", len(traceback.format_exception(e, chain=False)),
          len(traceback.format_exception(e)))

# limit, and exception with notes
try:
    try:
        parse_int("retries", "x3")
    except ConfigError as e:
        e.add_note("while reading section [net]")
        e.add_note("file: app.cfg")
        raise
except ConfigError as e:
    print(strip_tb("".join(traceback.format_exception(e, limit=1))))
    print(e.__notes__)

# KeyError str vs repr, and exceptions with odd args
for exc in [KeyError("k"), KeyError(), KeyError(1, 2), ValueError(), OSError(2, "No such file"),
            OSError(2, "No such file", "cfg.ini"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
            StopIteration(5), SystemExit(3), AttributeError("x", "y")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args,
          "|", traceback.format_exception_only(exc)[-1].rstrip())
e = OSError(2, "No such file", "cfg.ini")
print(type(e).__name__, e.errno, e.strerror, e.filename)
print(type(OSError(2, "x")).__name__, isinstance(OSError(13, "denied"), PermissionError))

class Weird(Exception):
    def __str__(self):
        raise ValueError("boom")

print(traceback.format_exception_only(Weird("x")))
print(traceback.format_exception_only(None, None) if sys.version_info < (3, 10) else "skip")
