"""Config loader that fails with a chained, noted uncaught exception."""


class ConfigError(Exception):
    def __str__(self):
        key, detail = self.args
        return f"bad config key {key!r} ({detail})"


def parse(text):
    out = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {lineno}: missing '='")
        out[key.strip()] = value.strip()
    return out


def typed(cfg):
    result = {}
    for k, v in cfg.items():
        try:
            result[k] = int(v)
        except ValueError:
            try:
                result[k] = float(v)
            except ValueError:
                result[k] = v
    return result


text = """
# settings
workers = 4
ratio = 0.75
name = ember
timeout = 3s
"""
cfg = typed(parse(text))
for k in sorted(cfg):
    print(k, repr(cfg[k]), type(cfg[k]).__name__)

try:
    parse("a=1\nbroken\n")
except SyntaxError as e:
    print("SyntaxError:", e)


def require_int(cfg, key):
    try:
        return int(cfg[key])
    except (KeyError, ValueError) as e:
        err = ConfigError(key, type(e).__name__)
        err.add_note(f"available keys: {', '.join(sorted(cfg))}")
        raise err from e


print(require_int(cfg, "workers"))
try:
    require_int(cfg, "retries")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__))
print(require_int(cfg, "timeout"))
