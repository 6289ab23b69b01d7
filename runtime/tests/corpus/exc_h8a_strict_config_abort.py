import re
import json

class ConfigError(Exception):
    def __init__(self, path, problem):
        super().__init__(f"{'.'.join(map(str, path)) or '<root>'}: {problem}")
        self.path = path

SCHEMA = {
    "name": str,
    "port": int,
    "ratio": float,
    "hosts": [str],
    "limits": {"cpu": int, "mem": str},
    "tags": [str],
}
MEM_RE = re.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[KMGT]i?B)$")

def check(value, schema, path=()):
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise ConfigError(path, f"expected object, got {type(value).__name__}")
        for key in value:
            if key not in schema:
                raise ConfigError(path + (key,), "unknown key")
        for key, sub in schema.items():
            if key in value:
                check(value[key], sub, path + (key,))
        return
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise ConfigError(path, f"expected array, got {type(value).__name__}")
        for i, item in enumerate(value):
            check(item, schema[0], path + (i,))
        return
    if schema is float and isinstance(value, int) and not isinstance(value, bool):
        return
    if not isinstance(value, schema) or isinstance(value, bool) and schema is not bool:
        raise ConfigError(path, f"expected {schema.__name__}, got {type(value).__name__} {value!r}")
    if path and path[-1] == "mem" and not MEM_RE.match(value):
        raise ConfigError(path, f"bad size {value!r}")

DOCS = [
    '{"name": "api", "port": 8080, "ratio": 1, "hosts": ["a", "b"], "limits": {"cpu": 2, "mem": "512MiB"}}',
    '{"name": "api", "port": "8080"}',
    '{"name": "db", "hosts": ["x", 3]}',
    '{"name": "db", "limits": {"cpu": 1, "mem": "lots"}}',
    '{"name": "db", "extra": true}',
    '{"name": "db", "port": true}',
    '[1, 2]',
    '{"name": "cache", "tags": ["fast"], "ratio": 0.5}',
    '{"name": "broken", "port": 80,}',
]
ok = 0
for i, doc in enumerate(DOCS):
    try:
        data = json.loads(doc)
        check(data, SCHEMA)
        ok += 1
        print(f"doc {i}: ok -> {sorted(data)}")
    except ConfigError as e:
        print(f"doc {i}: ConfigError {e} (path={e.path})")
    except json.JSONDecodeError as e:
        print(f"doc {i}: JSON error at {e.pos}: {e.msg}")
print(f"{ok}/{len(DOCS)} valid")

def load_strict(doc):
    try:
        data = json.loads(doc)
    except json.JSONDecodeError as e:
        raise ConfigError((), "not JSON") from e
    check(data, SCHEMA)
    return data

print(load_strict(DOCS[7]))
load_strict('{"name": "final", "limits": {"cpu": 1.5}}')
print("never printed")
