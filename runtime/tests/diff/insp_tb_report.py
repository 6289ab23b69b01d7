import os
import sys
import traceback


class ConfigError(Exception):
    pass


class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def parse_port(text):
    return int(text)


def load_config(raw):
    try:
        port = parse_port(raw["port"])
    except ValueError as e:
        raise ConfigError("bad port value") from e
    except KeyError:
        raise ConfigError("missing port")
    return {"port": port}


def validate(cfg):
    if cfg["port"] < 1024:
        raise ValidationError("port", "privileged port")
    return cfg


def summarize_tb(tb):
    out = []
    for fs in traceback.extract_tb(tb):
        out.append((os.path.basename(fs.filename), fs.name, fs.line))
    return out


cases = [{"port": "80"}, {"port": "abc"}, {}, {"port": "8080"}]
for raw in cases:
    try:
        cfg = validate(load_config(raw))
        print("ok", cfg)
    except Exception as exc:
        print("error type:", type(exc).__name__)
        print("only:", traceback.format_exception_only(type(exc), exc))
        print("only-new:", traceback.format_exception_only(exc))
        for row in summarize_tb(exc.__traceback__):
            print("  frame", row)
        print("  cause:", repr(exc.__cause__), "context:", repr(exc.__context__))
        print("  suppress:", exc.__suppress_context__)
        te = traceback.TracebackException.from_exception(exc)
        print("  te.exc_type:", te.exc_type.__name__)
        print("  te.stack len:", len(te.stack))
        print("  has cause:", te.__cause__ is not None, "has context:", te.__context__ is not None)
        lines = list(te.format_exception_only())
        print("  te only:", lines)
        chain = []
        cur = te
        while cur is not None:
            chain.append("".join(cur.format_exception_only()).strip())
            cur = cur.__cause__ or cur.__context__
        print("  chain:", chain)

# Full formatted output with chains, filenames scrubbed
def scrub(text):
    res = []
    for line in text.splitlines():
        if 'File "' in line:
            start = line.index('File "') + 6
            end = line.index('"', start)
            line = line[:start] + os.path.basename(line[start:end]) + line[end:]
        res.append(line)
    return "\n".join(res)

try:
    load_config({"port": "x1"})
except ConfigError:
    print(scrub(traceback.format_exc()))

try:
    load_config({})
except ConfigError as e:
    print(scrub("".join(traceback.format_exception(e))))
    print("no-chain:")
    print(scrub("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))))
    print("limit=1:")
    print(scrub("".join(traceback.format_exception(e, limit=1))))

# exceptions with notes
def risky(n):
    if n % 3 == 0:
        err = RuntimeError(f"n={n} divisible by three")
        err.add_note("hint: choose another n")
        err.add_note(f"attempt #{n // 3}")
        raise err
    return n

for n in range(1, 7):
    try:
        risky(n)
    except RuntimeError as e:
        print(traceback.format_exception_only(e))
        te = traceback.TracebackException.from_exception(e)
        print("notes:", te.__notes__)

# KeyError / SyntaxError / exceptions with odd str
for exc in [KeyError("k"), KeyError(), OSError(2, "No such file"), ValueError(""), StopIteration(5),
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(traceback.format_exception_only(type(exc), exc))

try:
    compile("x = (1, 2", "cfg.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))

try:
    compile("def f():\n  return 1\n    return 2\n", "bad.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    print(e.lineno, e.filename, type(e).__name__)
