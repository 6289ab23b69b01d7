import re
import shlex
from collections import ChainMap

ENV_FILE = r'''
# application settings
APP_NAME=Ember Demo
APP_ENV = production
export PORT=8080
HOST="0.0.0.0"
URL=http://${HOST}:${PORT}/api
QUOTED='single $HOME stays'
DOUBLE="double ${APP_NAME} expands\tand\nescapes"
EMPTY=
SPACES =   padded value   
INLINE=value # comment here
HASH="value # not a comment"
DEFAULTED=${MISSING:-fallback}
REQUIRED_OK=${APP_ENV:?must be set}
NESTED=${URL}/v${VERSION:-2}
MULTI="line one
line two"
BAD LINE WITHOUT EQUALS
1INVALID=x
PATH_EXT=$PATH:/opt/bin
SELF=${SELF:-start}
'''

LINE_RE = re.compile(r"""
    ^\s*(?:export\s+)?
    (?P<key>[A-Za-z_][A-Za-z0-9_]*)
    \s*=\s*
    (?P<value>.*?)\s*$
""", re.X)
VAR_RE = re.compile(r"\$(?:\{(?P<braced>[A-Za-z_]\w*)(?:(?P<op>:[-?])(?P<arg>[^}]*))?\}|(?P<plain>[A-Za-z_]\w*))")

class EnvError(Exception):
    pass

def expand(value, scope):
    def repl(m):
        name = m.group("braced") or m.group("plain")
        op, arg = m.group("op"), m.group("arg")
        val = scope.get(name)
        if op == ":-" and not val:
            return expand(arg, scope)
        if op == ":?" and not val:
            raise EnvError(f"{name}: {arg}")
        return val if val is not None else ""
    return VAR_RE.sub(repl, value)

def parse(text, base):
    result = {}
    scope = ChainMap(result, base)
    lines = iter(text.splitlines())
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = LINE_RE.match(line)
        if not m:
            print(f"  line {lineno}: skipped {line.strip()!r}")
            continue
        key, raw = m.group("key"), m.group("value")
        if raw.startswith('"') and not (len(raw) > 1 and raw.endswith('"')):
            parts = [raw]
            for more in lines:
                parts.append(more)
                if more.rstrip().endswith('"'):
                    break
            raw = "\n".join(parts)
        if raw.startswith("'") and raw.endswith("'") and len(raw) > 1:
            value = raw[1:-1]
        elif raw.startswith('"') and raw.endswith('"') and len(raw) > 1:
            inner = raw[1:-1]
            inner = inner.replace("\\n", "\n").replace("\\t", "\t").replace('\\"', '"')
            value = expand(inner, scope)
        else:
            value = expand(re.sub(r"\s+#.*$", "", raw), scope)
        result[key] = value
    return result

base = {"HOME": "/home/user", "PATH": "/usr/bin:/bin", "VERSION": ""}
env = parse(ENV_FILE, base)
width = max(map(len, env))
for k, v in env.items():
    print(f"{k:<{width}} = {v!r}")

print()
try:
    parse("X=${NOPE:?is required}", {})
except EnvError as e:
    print("EnvError:", e)
print(expand("$HOME/${USER:-nobody}/$$x ${HOME}", base))
print(VAR_RE.findall("a $B ${C} ${D:-e} $"))
cmdline = f"run --name {shlex.quote(env['APP_NAME'])} --url {shlex.quote(env['URL'])} --msg {shlex.quote(env['QUOTED'])}"
print(cmdline)
print(shlex.split(cmdline))
exported = "\n".join(f"export {k}={shlex.quote(v)}" for k, v in sorted(env.items()) if "\n" not in v)
print(exported)
print(sum(1 for v in env.values() if not v), max(env, key=lambda k: len(env[k])))
