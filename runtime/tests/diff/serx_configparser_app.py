import configparser
import io

INI = """
# global settings
[DEFAULT]
base_dir = /srv/app
log_level = info
retries = 3

[server]
host = 0.0.0.0
port = 8080
debug = yes
workers = 4
log_file = %(base_dir)s/logs/server.log
ratio = 0.75

[database]
url = postgres://%(user)s@db/%(name)s
user = admin
name = prod
enabled = off
timeout =
; inline comment style is not enabled by default
pool = 10 ; not a comment

[paths]
data = ${server:log_file}.d
cache = ${DEFAULT:base_dir}/cache
literal = $$HOME

[multi]
description = first line
    second line
    third line
empty_value
"""

basic = configparser.ConfigParser(allow_no_value=True)
basic.read_string(INI)
print(basic.sections())
print(basic.defaults())
print(basic["server"]["log_file"], basic.get("database", "url"))
print(basic.getint("server", "port"), basic.getfloat("server", "ratio"), basic.getboolean("server", "debug"))
print(basic.getboolean("database", "enabled"), repr(basic.get("database", "timeout")), repr(basic.get("database", "pool")))
print(repr(basic.get("multi", "description")), basic.get("multi", "empty_value"))
print(basic.get("server", "log_file", raw=True))
print(basic.get("server", "log_file", vars={"base_dir": "/override"}))
print(basic.get("server", "missing", fallback="fb"), basic.getint("server", "missing", fallback=-1))
print("retries" in basic["server"], basic.has_option("server", "retries"), basic.has_section("DEFAULT"))
print(sorted(basic.options("database")))
print(basic.items("server", raw=True)[:3])
print(list(basic["server"].keys())[:4])
print(basic.get("paths", "data"))

for sect, opt in [("nosuch", "x"), ("server", "nosuch")]:
    try:
        basic.get(sect, opt)
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
try:
    basic.getboolean("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    basic.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(), allow_no_value=True)
ext.read_string(INI)
print(ext.get("paths", "data"), ext.get("paths", "cache"), ext.get("paths", "literal"))

bad = configparser.ConfigParser()
bad.read_string("[a]\nx = %(y)s\n[b]\nloop = %(loop)s\nbroken = 100%\n")
for opt, sect in [("x", "a"), ("loop", "b"), ("broken", "b")]:
    try:
        print(bad.get(sect, opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__, "|", e)

raw = configparser.RawConfigParser()
raw.read_string("[r]\npct = 100%\n")
print(raw.get("r", "pct"))

errors = [
    "[dup]\na=1\n[dup]\nb=2\n",
    "[s]\nk=1\nk=2\n",
    "no_section = 1\n",
    "[s]\n  indented_first = x\n",
    "[s]\nvalue without delimiter\n",
]
for text in errors:
    try:
        configparser.ConfigParser().read_string(text, source="<cfg>")
        print("parsed ok")
    except configparser.Error as e:
        print(type(e).__name__, "|", e)

lenient = configparser.ConfigParser(strict=False)
lenient.read_string("[s]\nk=1\nk=2\n[s]\nj=3\n")
print(dict(lenient["s"]))

# building and writing
out = configparser.ConfigParser()
out["DEFAULT"] = {"owner": "ops"}
out["alpha"] = {"Key": "Value", "num": "1"}
out.add_section("beta")
out.set("beta", "path", "/tmp/x")
out["beta"]["multi"] = "a\nb"
out.set("beta", "flag", None) if False else None
buf = io.StringIO()
out.write(buf)
print(buf.getvalue(), end="---\n")
buf = io.StringIO()
out.write(buf, space_around_delimiters=False)
print(buf.getvalue(), end="---\n")
out.remove_option("alpha", "num")
print(out.remove_section("beta"), out.remove_section("beta"), out.sections())
try:
    out.add_section("alpha")
except configparser.DuplicateSectionError as e:
    print("dup:", e)
try:
    out.add_section("DEFAULT")
except ValueError as e:
    print("ValueError:", e)
try:
    out.set("alpha", "n", 5)
except TypeError as e:
    print("TypeError:", e)

custom = configparser.ConfigParser(delimiters=(":",), comment_prefixes=("//",), inline_comment_prefixes=("#",),
                                   default_section="common", empty_lines_in_values=False)
custom.optionxform = str
custom.read_string("[common]\nShared: 1\n[App]\nCamelKey: v # trailing\n// full comment\nurl: http://x:80\n")
print(custom.sections(), dict(custom["App"]), custom.default_section)
custom.BOOLEAN_STATES = {"sure": True, "nope": False}
custom.read_dict({"Flags": {"a": "sure", "b": "nope"}})
print(custom.getboolean("Flags", "a"), custom.getboolean("Flags", "b"))
sec = custom["Flags"]
print(sec.name, sec.getboolean("a"), sec.get("zzz", "dflt"), len(sec))
