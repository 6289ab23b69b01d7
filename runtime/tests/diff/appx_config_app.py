import configparser
import io
import logging
import shlex
import sys

CONFIG = """
# global settings
[DEFAULT]
base_dir = /srv/app
retries = 3
debug = no

[server]
host = 0.0.0.0
port = 8080
workers = 4
log_file = %(base_dir)s/logs/server.log
timeout = 2.5
Banner = Welcome
  to the
  server

[database]
url = postgres://db:5432/main
pool : 10
debug = yes
; comment line
password =

[jobs.nightly]
command = backup --full --target "%(base_dir)s/backups" --exclude '*.tmp'
schedule = 0 2 * * *
"""

cp = configparser.ConfigParser()
cp.read_string(CONFIG)
print(cp.sections(), cp.has_section("DEFAULT"), "server" in cp)
srv = cp["server"]
print(srv.getint("port"), srv.getfloat("timeout"), srv.getboolean("debug"), cp.getint("server", "retries"))
print(repr(srv["banner"]), srv["log_file"])
print(sorted(srv.keys()))
print(cp.getboolean("database", "debug"), repr(cp["database"]["password"]), cp["database"]["pool"])
print(cp.get("database", "missing", fallback="n/a"), srv.get("nope", "dflt"), cp.getint("server", "x", fallback=-1))
print(cp.get("server", "log_file", raw=True))
print(cp.get("server", "log_file", vars={"base_dir": "/tmp/override"}))
print(dict(cp.items("database")))
try:
    cp.get("nosuch", "key")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cp.get("server", "nokey")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
try:
    cp.getboolean("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError:", e)
try:
    configparser.ConfigParser().read_string("no header\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError:", e)
bad = configparser.ConfigParser()
bad.read_string("[a]\nx = %(y)s\n")
try:
    bad.get("a", "x")
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError:", e)

cp["server"]["port"] = "9090"
cp.set("database", "pool", "20")
cp.add_section("new")
cp["new"] = {"alpha": "1", "Beta": "two words"}
cp.remove_option("database", "password")
cp.remove_section("jobs.nightly") and print("removed section")
out = io.StringIO()
cp.write(out)
print(out.getvalue())

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_dict({"paths": {"root": "/opt", "bin": "${root}/bin"}, "tool": {"exe": "${paths:bin}/tool"}})
print(ext["tool"]["exe"])
raw = configparser.RawConfigParser()
raw.read_string("[s]\nfmt = %(asctime)s %d\n")
print(raw["s"]["fmt"])
casey = configparser.ConfigParser()
casey.optionxform = str
casey.read_string("[S]\nMixedCase = 1\n")
print(list(casey["S"]))

# --- shlex of commands
cmd = configparser.ConfigParser()
cmd.read_string(CONFIG)
line = cmd["jobs.nightly"]["command"]
print(shlex.split(line))
print(shlex.split("echo 'it''s' \"a \\\"q\\\"\" x\\ y # not comment"))
print(shlex.split("a b # comment here", comments=True))
print(shlex.join(["rm", "-rf", "my dir", "it's", "$HOME", ""]))
print(shlex.quote("safe-name_1.txt"), shlex.quote("needs quoting"), shlex.quote(""))
lx = shlex.shlex("key=value; other = 'x y'", posix=True)
lx.whitespace_split = False
print(list(lx))
lx2 = shlex.shlex("a,b,,c", posix=True, punctuation_chars=False)
lx2.whitespace += ","
lx2.whitespace_split = True
print(list(lx2))
print(list(shlex.shlex("ls -l | grep py && echo done;", punctuation_chars=True)))
try:
    shlex.split("unterminated 'quote")
except ValueError as e:
    print("ValueError:", e)

# --- logging into a StringIO
buf = io.StringIO()
logger = logging.getLogger("appx.server")
logger.setLevel(logging.DEBUG)
logger.propagate = False
h = logging.StreamHandler(buf)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s"))
logger.addHandler(h)
h2_buf = io.StringIO()
h2 = logging.StreamHandler(h2_buf)
h2.setFormatter(logging.Formatter("{levelname:.1} {name:>14} {message!r}", style="{"))
h2.addFilter(lambda rec: "secret" not in rec.getMessage())
logger.addHandler(h2)

logger.debug("debug %s", "hidden from h")
logger.info("listening on %s:%d", srv["host"], srv.getint("port"))
logger.warning("retries=%(r)s", {"r": 3})
logger.error("secret token leaked")
child = logging.getLogger("appx.server.db")
child.critical("pool exhausted (%d/%d)", 20, 20)
try:
    1 / 0
except ZeroDivisionError:
    logger.exception("math failed")
print(buf.getvalue().split("Traceback")[0], end="")
print("tb lines:", "ZeroDivisionError: division by zero" in buf.getvalue())
import os as _os
print(h2_buf.getvalue().replace(_os.path.abspath(__file__), "appx_config_app.py"), end="")
print(logger.isEnabledFor(logging.DEBUG), child.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("ERROR"))
adapter = logging.LoggerAdapter(logger, {"req": 7})
adapter.info("via adapter")
print(buf.getvalue().splitlines()[-1])
logger.removeHandler(h2)
logger.setLevel(logging.WARNING)
logger.info("dropped")
logger.warning("kept")
print(buf.getvalue().splitlines()[-1], len(h2_buf.getvalue().splitlines()))
rec = logging.LogRecord("n", logging.INFO, "f.py", 10, "val=%s", ("x",), None)
print(rec.getMessage(), rec.levelname, rec.lineno)
print(logging.Formatter("%(message)s [%(levelno)d]").format(rec))
