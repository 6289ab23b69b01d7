# A layered configuration loader over real files in a temporary directory:
# enum-typed settings, an include directive, and finally an include of a
# file that does not exist, so open() raises FileNotFoundError.
import enum
import os
import tempfile


class Level(enum.Enum):
    DEBUG = 10
    INFO = 20
    WARNING = 30


class ConfigError(Exception):
    pass


def parse_value(key, raw):
    if key == "level":
        try:
            return getattr(Level, raw.upper())
        except AttributeError as exc:
            raise ConfigError(f"bad level {raw!r} ({exc})") from None
    if raw.isdigit():
        return int(raw)
    return raw


def load(path, seen=()):
    settings = {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith(";"):
                continue
            if line.startswith("include "):
                settings.update(load(line.split(None, 1)[1], seen + (path,)))
                continue
            key, _, raw = line.partition("=")
            settings[key.strip()] = parse_value(key.strip(), raw.strip())
    return settings


def write(name, text):
    with open(name, "w") as f:
        f.write(text)


home = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        write("base.ini", "; defaults\nlevel = info\nworkers = 4\n")
        write("app.ini", "include base.ini\nname = demo\nworkers = 8\n")
        write("bad.ini", "level = loud\n")
        write("site.ini", "include app.ini\ninclude local.ini\nlevel = debug\n")
        print(sorted(load("app.ini").items(), key=str))
        try:
            load("bad.ini")
        except ConfigError as exc:
            print("config error:", exc)
        print(Level["WARNING"], Level(10), [m.name for m in Level])
        print(sorted(os.listdir(".")))
        print(load("site.ini"))
    finally:
        os.chdir(home)
