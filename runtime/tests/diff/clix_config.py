"""Layered configuration: defaults < system ini < user ini < environment."""
import configparser
import io
import os
import tempfile
from pathlib import Path

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": "8080", "workers": "2", "debug": "no"},
    "database": {"url": "sqlite:///app.db", "pool_size": "5", "timeout": "2.5"},
    "paths": {"root": "/srv/app", "logs": "%(root)s/logs", "cache": "%(root)s/cache"},
}

SYSTEM_INI = """
# system wide settings
[DEFAULT]
owner = ops

[server]
host = 0.0.0.0
port = 80
workers = 4

[paths]
root = /opt/app
"""

USER_INI = """
[server]
debug = yes
; users may override the worker count
workers: 8

[database]
url = postgres://db.internal/app
options =
    sslmode=require
    connect_timeout=10

[features]
beta = on
names = alpha, beta ,gamma
"""

ENV_PREFIX = "MYAPP_"


def apply_env(cfg, environ):
    applied = []
    for key in sorted(environ):
        if not key.startswith(ENV_PREFIX):
            continue
        rest = key[len(ENV_PREFIX):].lower()
        section, _, option = rest.partition("__")
        if not option:
            applied.append(f"ignored {key}")
            continue
        if not cfg.has_section(section):
            cfg.add_section(section)
        cfg.set(section, option, environ[key])
        applied.append(f"{section}.{option}={environ[key]}")
    return applied


def load(paths, environ):
    cfg = configparser.ConfigParser()
    cfg.read_dict(DEFAULTS)
    read_ok = cfg.read(paths, encoding="utf-8")
    print("files read:", [Path(p).name for p in read_ok])
    for line in apply_env(cfg, environ):
        print("  env:", line)
    return cfg


with tempfile.TemporaryDirectory() as tmp:
    sys_ini = Path(tmp, "system.ini")
    user_ini = Path(tmp, "user.ini")
    sys_ini.write_text(SYSTEM_INI)
    user_ini.write_text(USER_INI)

    os.environ["MYAPP_SERVER__PORT"] = "9090"
    os.environ["MYAPP_DATABASE__POOL_SIZE"] = "20"
    os.environ["MYAPP_CACHE__TTL"] = "300"
    os.environ["MYAPP_BROKEN"] = "1"
    os.environ.pop("MYAPP_UNSET", None)

    cfg = load([str(sys_ini), str(Path(tmp, "missing.ini")), str(user_ini)], os.environ)

    print("sections:", cfg.sections())
    for section in cfg.sections():
        print(f"[{section}]")
        for key, value in sorted(cfg.items(section)):
            print(f"  {key} = {value!r}")

    s = cfg["server"]
    print("port int:", s.getint("port"), "workers:", cfg.getint("server", "workers"))
    print("debug bool:", s.getboolean("debug"), "beta:", cfg.getboolean("features", "beta"))
    print("timeout float:", cfg.getfloat("database", "timeout"))
    print("missing fallback:", cfg.get("server", "tls", fallback="off"), s.get("tls", "n/a"))
    print("names list:", [n.strip() for n in cfg["features"]["names"].split(",")])
    print("options lines:", cfg["database"]["options"].strip().splitlines())
    print("raw logs:", cfg.get("paths", "logs", raw=True), "->", cfg["paths"]["logs"])
    print("vars override:", cfg.get("paths", "logs", vars={"root": "/tmp/x"}))
    print("owner via DEFAULT:", cfg["cache"]["owner"], "has_option:", cfg.has_option("cache", "owner"))
    print("'server' in cfg:", "server" in cfg, "'nope' in cfg:", "nope" in cfg)

    for bad in [("server", "host"), ("nope", "x"), ("server", "nothere")]:
        try:
            if bad[1] == "host":
                cfg.getint(*bad)
            else:
                cfg.get(*bad)
        except (configparser.Error, ValueError) as e:
            print("error:", type(e).__name__, "-", e)

    try:
        cfg.getboolean("server", "host")
    except ValueError as e:
        print("bool error:", e)

    bad_text = "[a]\nx = 1\n[a]\ny = 2\n"
    try:
        configparser.ConfigParser().read_string(bad_text, source="<dup>")
    except configparser.DuplicateSectionError as e:
        print("dup section:", e)
    try:
        configparser.ConfigParser().read_string("x = 1\n")
    except configparser.MissingSectionHeaderError as e:
        print("no header:", type(e).__name__, e.lineno)
    loop = configparser.ConfigParser()
    loop.read_string("[s]\na = %(b)s\nb = %(a)s\n")
    try:
        loop.get("s", "a")
    except configparser.InterpolationDepthError as e:
        print("depth:", type(e).__name__)

    ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    ext.read_string("[base]\ndir = /data\n[job]\nin = ${base:dir}/in\nout = ${base:dir}/out/${name}\nname = nightly\n")
    print("extended:", ext["job"]["in"], ext["job"]["out"])

    cfg.remove_option("features", "names")
    cfg.remove_section("cache")
    out = io.StringIO()
    cfg.write(out, space_around_delimiters=True)
    print("---- written ----")
    print(out.getvalue().rstrip())
    for k in ["MYAPP_SERVER__PORT", "MYAPP_DATABASE__POOL_SIZE", "MYAPP_CACHE__TTL", "MYAPP_BROKEN"]:
        del os.environ[k]
    print("env cleaned:", [k for k in os.environ if k.startswith(ENV_PREFIX)])
