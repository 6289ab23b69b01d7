"""envrun: load .env files (with ${VAR} expansion), apply them, and run child commands."""
import collections.abc
import contextlib
import os
import shlex
import subprocess
import sys
import tempfile

DOTENV = """
# project settings
APP_NAME=shop
APP_HOME=/srv/${APP_NAME}
APP_LOG_DIR=${APP_HOME}/logs
export APP_DEBUG=1
APP_GREETING="hello world"
APP_QUOTED='single $APP_NAME stays'
APP_EMPTY=
APP_MISSING_REF=${APP_NOT_DEFINED:-fallback}
bad line without equals
"""


def parse_dotenv(text, base):
    values, problems = {}, []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):]
        key, sep, value = line.partition("=")
        if not sep or not key.isidentifier():
            problems.append(f"line {n}: cannot parse {raw!r}")
            continue
        if value[:1] == "'" and value[-1:] == "'":
            values[key] = value[1:-1]
            continue
        if value[:1] == '"' and value[-1:] == '"':
            value = value[1:-1]
        while "${" in value:
            start = value.index("${")
            end = value.index("}", start)
            ref = value[start + 2:end]
            ref, _, default = ref.partition(":-")
            lookup = values.get(ref, base.get(ref, default))
            value = value[:start] + lookup + value[end + 1:]
        values[key] = value
    return values, problems


@contextlib.contextmanager
def patched_environ(updates):
    saved = {k: os.environ.get(k) for k in updates}
    os.environ.update(updates)
    try:
        yield os.environ
    finally:
        for k, old in saved.items():
            if old is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = old


def child(code, **kw):
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, **kw)
    return proc.returncode, proc.stdout.strip()


SHOW = "import os; print(' '.join(f'{k}={os.environ[k]!r}' for k in sorted(os.environ) if k.startswith('APP_')))"

with tempfile.TemporaryDirectory() as tmp:
    for k in [k for k in os.environ if k.startswith("APP_")]:
        del os.environ[k]
    os.environ["APP_PRESET"] = "from-parent"
    env_path = os.path.join(tmp, ".env")
    with open(env_path, "w") as fh:
        fh.write(DOTENV)
    with open(env_path) as fh:
        values, problems = parse_dotenv(fh.read(), os.environ)
    print("parsed:")
    for k, v in values.items():
        print(f"  {k:<16} = {v!r}")
    print("problems:", problems)
    print("environ is a mapping:", isinstance(os.environ, collections.abc.MutableMapping))

    print("before:", child(SHOW))
    with patched_environ(values) as env:
        print("inside:", child(SHOW))
        print("getenv:", os.getenv("APP_LOG_DIR"), os.getenv("APP_NOPE", "<none>"))
        print("bytes view:", os.environb.get(b"APP_NAME"), b"APP_DEBUG" in os.environb)
        print("expandvars:", os.path.expandvars("$APP_HOME/data/${APP_NAME}.db $UNDEFINED_VAR_X"))
        cmd = shlex.split(f"{shlex.quote(sys.executable)} -c 'import sys; print(sys.argv[1:])' --name $APP_NAME")
        cmd = [os.path.expandvars(part) for part in cmd]
        print("expanded argv child:", subprocess.run(cmd, capture_output=True, text=True).stdout.strip())
    print("after:", child(SHOW))
    print("APP_NAME restored away:", "APP_NAME" not in os.environ, os.environ["APP_PRESET"])

    clean = {k: v for k, v in os.environ.items() if not k.startswith("APP_")}
    clean["APP_ONLY"] = "isolated"
    print("explicit env:", child(SHOW, env=clean))

    os.environb[b"APP_BYTES"] = b"raw"
    print("set via environb:", os.environ["APP_BYTES"], os.getenvb(b"APP_BYTES"))
    os.environ.setdefault("APP_BYTES", "ignored")
    merged = os.environ | {"APP_EXTRA": "x"}
    print("merged is dict:", type(merged).__name__, merged["APP_EXTRA"], "APP_EXTRA" in os.environ)
    for bad_key, bad_val in [("APP_NUM", 5), (b"APP_B", "x")]:
        try:
            os.environ[bad_key] = bad_val
        except TypeError as e:
            print("TypeError:", e)
    try:
        os.environb["APP_STR"] = b"x"
    except TypeError as e:
        print("TypeError:", e)

    with contextlib.chdir(tmp):
        code, out = child("import os; print(sorted(os.listdir('.')))")
        print("child in chdir:", code, out)
    code, out = child("import os, sys; sys.exit(int(os.environ['APP_CODE']))", env=dict(clean, APP_CODE="4"))
    print("exit code from env:", code)
    for k in [k for k in os.environ if k.startswith("APP_")]:
        del os.environ[k]
    print("cleaned:", sorted(k for k in os.environ if k.startswith("APP_")))
