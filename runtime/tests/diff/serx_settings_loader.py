"""Layered settings: defaults < TOML < INI < JSON < environment-style overrides."""
import configparser
import json
import os
import tempfile
import tomllib
from dataclasses import dataclass, field, asdict
from pathlib import Path

DEFAULTS = {
    "app": {"name": "demo", "debug": False, "workers": 1, "tags": []},
    "db": {"host": "localhost", "port": 5432, "timeout": 5.0},
    "log": {"level": "warning", "file": None},
}

TOML_TEXT = """
[app]
name = "inventory"
workers = 4
tags = ["web", "api"]

[db]
host = "db.internal"
port = 6432

[features]
beta = true
limits = { rps = 100, burst = 20 }
"""

INI_TEXT = """
[app]
debug = yes
workers = 8

[log]
level = info
file = %(here)s/app.log

[db]
timeout = 2.5
"""

JSON_TEXT = """
{
  "db": {"port": 7000, "replicas": ["r1", "r2"]},
  "features": {"limits": {"burst": 50}},
  "log": {"level": "debug"}
}
"""

OVERRIDES = ["app.workers=16", "db.host=10.1.1.1", "features.beta=false", "log.file=", "new.section.key=1.5"]


def deep_merge(base, extra, trail=""):
    changes = []
    for key, val in extra.items():
        path = f"{trail}.{key}" if trail else key
        if isinstance(val, dict) and isinstance(base.get(key), dict):
            changes += deep_merge(base[key], val, path)
        else:
            if base.get(key, "<unset>") != val:
                changes.append((path, base.get(key, "<unset>"), val))
            base[key] = val
    return changes


def coerce(text, like):
    if isinstance(like, bool):
        return text.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(like, int):
        return int(text)
    if isinstance(like, float):
        return float(text)
    if like is None and text == "":
        return None
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def load_ini(path, current):
    parser = configparser.ConfigParser(defaults={"here": "/etc/demo"})
    parser.read(path)
    out = {}
    for section in parser.sections():
        sect = {}
        for key in parser.options(section):
            if key in parser.defaults():
                continue
            like = current.get(section, {}).get(key)
            sect[key] = coerce(parser.get(section, key), like)
        out[section] = sect
    return out


def apply_overrides(settings, items):
    changes = []
    for item in items:
        dotted, _, raw = item.partition("=")
        *parents, leaf = dotted.split(".")
        node = settings
        for p in parents:
            node = node.setdefault(p, {})
        value = coerce(raw, node.get(leaf))
        changes.append((dotted, node.get(leaf, "<unset>"), value))
        node[leaf] = value
    return changes


@dataclass
class DbSettings:
    host: str
    port: int
    timeout: float
    replicas: list = field(default_factory=list)


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "settings.toml").write_text(TOML_TEXT, encoding="utf-8")
    (root / "settings.ini").write_text(INI_TEXT, encoding="utf-8")
    (root / "settings.json").write_text(JSON_TEXT, encoding="utf-8")
    print(sorted(p.name for p in root.iterdir()))

    settings = json.loads(json.dumps(DEFAULTS))
    with open(root / "settings.toml", "rb") as fh:
        layer = tomllib.load(fh)
    for change in deep_merge(settings, layer):
        print("toml:", change)
    for change in deep_merge(settings, load_ini(root / "settings.ini", settings)):
        print("ini: ", change)
    with open(root / "settings.json", encoding="utf-8") as fh:
        for change in deep_merge(settings, json.load(fh)):
            print("json:", change)
    for change in apply_overrides(settings, OVERRIDES):
        print("env: ", change)

    print(json.dumps(settings, indent=2, sort_keys=True))
    db = DbSettings(**settings["db"])
    print(db, asdict(db)["replicas"])

    # write the effective config back out as INI and read it again
    out = configparser.ConfigParser(interpolation=None)
    for section, values in sorted(settings.items()):
        flat = {}
        for k, v in values.items():
            flat[k] = json.dumps(v) if isinstance(v, (dict, list)) else ("" if v is None else str(v))
        out[section] = flat
    target = root / "effective.ini"
    with open(target, "w", encoding="utf-8") as fh:
        out.write(fh)
    text = target.read_text(encoding="utf-8")
    print(text)
    again = configparser.ConfigParser(interpolation=None)
    print(again.read([target, root / "missing.ini"]) == [str(target)])
    print(json.loads(again["features"]["limits"]), again.getboolean("app", "debug"), again.getint("app", "workers"))
    print(os.path.basename(str(target)), len(text.splitlines()))
