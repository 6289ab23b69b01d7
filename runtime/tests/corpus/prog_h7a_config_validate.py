# Validates an INI configuration against a schema and exits with a message on failure.
import configparser
import sys
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Rule:
    key: str
    conv: Callable[[str], Any]
    required: bool = True
    check: Callable[[Any], bool] = lambda v: True
    errors: list = field(default_factory=list)


def port(v):
    n = int(v)
    if not 0 < n < 65536:
        raise ValueError(f"port out of range: {n}")
    return n


def boolean(v):
    m = {"yes": True, "no": False, "true": True, "false": False, "1": True, "0": False}
    try:
        return m[v.lower()]
    except KeyError:
        raise ValueError(f"not a boolean: {v!r}") from None


SCHEMA = {
    "server": [Rule("host", str), Rule("port", port), Rule("debug", boolean, False)],
    "limits": [Rule("max_users", int, check=lambda v: v > 0), Rule("ratio", float, check=lambda v: 0 <= v <= 1)],
}

CONFIGS = {
    "good": "[server]\nhost = a.example\nport = 8080\ndebug = yes\n[limits]\nmax_users = 10\nratio = 0.25\n",
    "badport": "[server]\nhost = b\nport = 70000\n[limits]\nmax_users = 1\nratio = 1\n",
    "missing": "[server]\nport = 80\n[limits]\nmax_users = 0\nratio = 2.5\n",
    "nosection": "[server]\nhost = c\nport = 1\n",
    "garbage": "[server]\nhost = d\nport = eighty\ndebug = maybe\n[limits]\nmax_users = x\nratio = y\n",
}


def validate(text):
    cp = configparser.ConfigParser()
    cp.read_string(text)
    problems = []
    result = {}
    for section, rules in SCHEMA.items():
        if not cp.has_section(section):
            problems.append(f"missing section [{section}]")
            continue
        for r in rules:
            raw = cp.get(section, r.key, fallback=None)
            if raw is None:
                if r.required:
                    problems.append(f"{section}.{r.key}: required")
                continue
            try:
                val = r.conv(raw)
            except ValueError as e:
                problems.append(f"{section}.{r.key}: {e}")
                continue
            if not r.check(val):
                problems.append(f"{section}.{r.key}: check failed for {val!r}")
                continue
            result[f"{section}.{r.key}"] = val
    return result, problems


exit_code = 0
for name in sorted(CONFIGS):
    res, probs = validate(CONFIGS[name])
    status = "OK" if not probs else f"{len(probs)} problem(s)"
    print(f"== {name}: {status}")
    for k in sorted(res):
        print(f"   {k} = {res[k]!r}")
    for p in probs:
        print(f"   ! {p}")
    if probs:
        exit_code += 1
print("failed configs:", exit_code)
sys.exit(f"configuration check failed for {exit_code} of {len(CONFIGS)} files")
