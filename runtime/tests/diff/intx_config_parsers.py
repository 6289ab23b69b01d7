"""Hand-rolled INI and TOML-ish parsers, checked against configparser and tomllib."""
import configparser
import tomllib
import re
from dataclasses import dataclass
from datetime import date, datetime, time


class ConfigSyntaxError(Exception):
    def __init__(self, lineno, line, msg):
        super().__init__(f"line {lineno}: {msg}: {line!r}")
        self.lineno = lineno


SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"^(?P<key>[^=:\s][^=:]*?)\s*[=:]\s*(?P<value>.*)$")


def parse_ini(text):
    data, current, last_key = {}, None, None
    defaults = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if raw[0] in " \t" and last_key is not None:
            current[last_key] += "\n" + stripped
            continue
        if m := SECTION.match(stripped):
            name = m["name"]
            if name in data:
                raise ConfigSyntaxError(lineno, line, f"duplicate section {name!r}")
            current = defaults if name == "DEFAULT" else data.setdefault(name, {})
            last_key = None
            continue
        if current is None:
            raise ConfigSyntaxError(lineno, line, "option outside section")
        if m := OPTION.match(stripped):
            key = m["key"].lower()
            current[key] = m["value"]
            last_key = key
        else:
            raise ConfigSyntaxError(lineno, line, "cannot parse")
    return {name: {**defaults, **opts} for name, opts in data.items()}


INI = """\
# top comment
[DEFAULT]
base = /srv
debug = no

[server]
Host = example.org
port: 8080
path = %(base)s/www
motd = first line
    second line
    third line
; comment inside
[client]
retries = 3
timeout = 2.5
debug = yes
empty =
"""

mine = parse_ini(INI)
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), list(cp.defaults().items()))
for section in cp.sections():
    ref = {k: cp.get(section, k, raw=True) for k in cp.options(section)}
    print(f"[{section}] agree={ref == mine[section]}")
    for k in sorted(ref):
        print(f"   {k} = {cp.get(section, k)!r}")
print(cp.getint("server", "port"), cp.getfloat("client", "timeout"), cp.getboolean("client", "debug"),
      cp.getboolean("server", "debug"), cp["client"].getint("retries") * 2)
print(cp.get("client", "missing", fallback="fb"), cp.has_option("client", "base"), "server" in cp)
print(dict(cp["server"]).keys() == set(cp.options("server")) or sorted(cp["server"]))

ERRORS = [
    "[a]\nx = 1\n[a]\ny = 2\n",
    "k = v\n",
    "[s]\nnot an option line\n",
    "[s]\nk = 1\nk = 2\n",
    "[s]\nv = %(nope)s\n",
    "[s]\nv = 100%\n",
    "[s]\na = %(b)s\nb = %(a)s\n",
]
for text in ERRORS:
    try:
        mine_r = parse_ini(text)
        mine_s = "ok"
    except ConfigSyntaxError as e:
        mine_s = f"error@{e.lineno}"
    p = configparser.ConfigParser()
    try:
        p.read_string(text, source="<cfg>")
        vals = {s: {k: p.get(s, k) for k in p.options(s)} for s in p.sections()}
        ref_s = f"ok {vals}"
    except configparser.Error as e:
        ref_s = f"{type(e).__name__}: {e}"
    print(f"{text!r:42} mine={mine_s}")
    print(f"{'':42} ref={ref_s}")

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_dict({"paths": {"root": "/opt", "bin": "${root}/bin"}, "tool": {"exe": "${paths:bin}/run", "n": "5"}})
print(ext.get("tool", "exe"), ext["tool"]["n"], ext.getint("tool", "n"))
raw = configparser.RawConfigParser()
raw.read_string("[r]\nv = 50%% %(x)s\n")
print(raw.get("r", "v"))
strict_off = configparser.ConfigParser(strict=False, allow_no_value=True, delimiters=("=",), comment_prefixes=("#",), inline_comment_prefixes=(";",))
strict_off.read_string("[s]\nflag\nk = v ; trailing\nk = w\n[s]\nz = 1\n")
print(dict(strict_off["s"]))
cp2 = configparser.ConfigParser()
cp2.optionxform = str
cp2["Mixed"] = {"CamelKey": "1", "lower": "2"}
print(list(cp2["Mixed"]), cp2.BOOLEAN_STATES["on"])
try:
    cp.getboolean("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e, e.section)
try:
    cp.get("server", "nosuch")
except configparser.NoOptionError as e:
    print("NoOptionError:", e, (e.section, e.option))

print("--- toml")
TOML = '''
title = "Demo \\u00e9"
ratio = 0.75
count = 1_000
hex = 0xff
octal = 0o17
flags = [true, false]
nested = [[1, 2], ["a", "b"]]
when = 1979-05-27T07:32:00Z
day = 2024-02-29
alarm = 07:30:00
literal = 'C:\\Users\\no_escape'
multi = """
line one
line two"""
inline = { x = 1, y = { z = "deep" } }

[server."alpha.beta"]
ip = "10.0.0.1"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
color = "gray"

[a.b.c]
d = -inf
'''
doc = tomllib.loads(TOML)
for k in sorted(doc):
    print(f"  {k}: {doc[k]!r}")
print(type(doc["when"]).__name__, doc["when"].tzinfo is not None, isinstance(doc["day"], date), isinstance(doc["alarm"], time))
for bad in ['a = 1\na = 2', 'x = [1, 2', 'k = "unterminated', '[t]\n[t]', 'v = 1979-13-01', 'k = @', 'a.b = 1\na = 2']:
    try:
        tomllib.loads(bad)
        print("accepted", repr(bad))
    except tomllib.TOMLDecodeError as e:
        print(f"TOMLDecodeError: {e}")
print(tomllib.loads("n = 3.0", parse_float=str))
