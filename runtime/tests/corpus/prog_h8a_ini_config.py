import configparser

TEXT = """
[DEFAULT]
base_dir = /srv/app
log_level = INFO
timeout = 30

[server]
host = 0.0.0.0
port = 8080
workers = 4
log_dir = %(base_dir)s/logs
debug = no

[database]
url = postgres://db.local:5432/app
pool_size = 10
timeout = 5.5
; comment line
# another comment
options =
    sslmode=require
    connect_timeout=10

[cache]
enabled = yes
ttl = 300
path = %(base_dir)s/cache

[features]
new_ui = on
beta_api = off
ratio = 0.75
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print("sections:", cp.sections())
print("defaults:", dict(cp.defaults()))
for sec in cp.sections():
    print(f"[{sec}]")
    for key in cp[sec]:
        print(f"  {key:<12} = {cp[sec][key]!r}")

print()
print("port:", cp.getint("server", "port"), type(cp.getint("server", "port")).__name__)
print("db timeout:", cp.getfloat("database", "timeout"))
print("server timeout:", cp.getint("server", "timeout"))
print("debug:", cp.getboolean("server", "debug"))
print("new_ui:", cp["features"].getboolean("new_ui"))
print("beta_api:", cp["features"].getboolean("beta_api"))
print("cache enabled:", cp.getboolean("cache", "enabled"))
print("missing fallback:", cp.get("server", "nope", fallback="dflt"))
print("missing int fallback:", cp.getint("server", "nope", fallback=-1))
print("options lines:", cp["database"]["options"].strip().splitlines())
print("raw:", cp.get("server", "log_dir", raw=True))
print("vars:", cp.get("server", "log_dir", vars={"base_dir": "/tmp"}))
print("has_option:", cp.has_option("cache", "ttl"), cp.has_option("cache", "port"))
print("has_section:", cp.has_section("cache"), cp.has_section("nope"))

for sec, key in [("nope", "x"), ("server", "nope")]:
    try:
        cp.get(sec, key)
    except configparser.Error as e:
        print(type(e).__name__, "->", e)

try:
    cp.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.getboolean("server", "host")
except ValueError as e:
    print("ValueError:", e)

cp["server"]["port"] = "9090"
cp.set("cache", "ttl", "600")
cp.add_section("extra")
cp["extra"]["note"] = "added later"
cp.remove_option("features", "ratio")
print(cp.remove_section("nope"), cp.remove_section("features"))
print("sections now:", cp.sections())

import io
buf = io.StringIO()
cp.write(buf)
text = buf.getvalue()
print(text)

cp2 = configparser.ConfigParser()
cp2.read_string(text)
print("round trip equal:", all(dict(cp[s]) == dict(cp2[s]) for s in cp.sections()))

raw = configparser.RawConfigParser()
raw.read_string("[a]\nx = 100%%\ny = %(x)s\n")
print(raw.get("a", "x"), raw.get("a", "y"))

cp3 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp3.read_string("""
[paths]
root = /opt
bin = ${root}/bin
[tools]
python = ${paths:bin}/python3
""")
print(cp3["tools"]["python"])

try:
    configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n")
except configparser.DuplicateOptionError as e:
    print("dup:", e)
try:
    configparser.ConfigParser().read_string("no header\n")
except configparser.MissingSectionHeaderError as e:
    print("missing header:", type(e).__name__)

cp4 = configparser.ConfigParser()
cp4.read_dict({"s": {"a": 1, "b": True, "c": 2.5}})
print({k: v for k, v in cp4["s"].items()})
print(cp4.items("s"))
