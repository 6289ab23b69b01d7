import pickle
import io
import re


def make_local():
    class LocalThing:
        pass
    return LocalThing


class Conn:
    """Holds an unpicklable resource."""
    def __init__(self):
        self.handle = lambda: None
        self.name = "db"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")


class Bad:
    def __reduce__(self):
        return "not_a_global_name"


class BadTuple:
    def __reduce__(self):
        return (1, 2, 3, 4, 5, 6, 7)


class NotCallable:
    def __reduce__(self):
        return (42, ())


class ArgsNotTuple:
    def __reduce__(self):
        return (NotCallable, [1])


def check(label, fn):
    try:
        res = fn()
        print(f"{label}: ok -> {res!r}"[:120])
    except Exception as e:
        msg = re.sub(r" at 0x[0-9a-f]+", " at 0x...", str(e))
        print(f"{label}: {type(e).__name__}: {msg}")


sq = lambda x: x * x
check("lambda", lambda: pickle.dumps(sq))
check("lambda p0", lambda: pickle.dumps(sq, protocol=0))
check("local class", lambda: pickle.dumps(make_local()))
check("local instance", lambda: pickle.dumps(make_local()()))
check("nested function", lambda: pickle.dumps(check.__code__))
check("generator", lambda: pickle.dumps((i for i in range(3))))
check("conn", lambda: pickle.dumps(Conn()))
check("bad str reduce", lambda: pickle.dumps(Bad()))
check("bad tuple", lambda: pickle.dumps(BadTuple()))
check("not callable", lambda: pickle.dumps(NotCallable()))
check("args not tuple", lambda: pickle.dumps(ArgsNotTuple()))
check("bad protocol", lambda: pickle.dumps(1, protocol=99))
check("module", lambda: pickle.dumps(pickle))

# loads errors
check("empty", lambda: pickle.loads(b""))
check("truncated", lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-3]))
check("garbage", lambda: pickle.loads(b"\x80\x04garbage"))
check("unknown proto", lambda: pickle.loads(b"\x80\x09N."))
check("no stop", lambda: pickle.loads(b"N"))
check("str arg", lambda: pickle.loads("N."))


# Unpickler with restricted globals
class SafeUnpickler(pickle.Unpickler):
    allowed = {("builtins", "set"), ("builtins", "frozenset"), ("collections", "OrderedDict")}

    def find_class(self, module, name):
        if (module, name) in self.allowed:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


def safe_loads(data):
    return SafeUnpickler(io.BytesIO(data)).load()


import collections
check("safe set", lambda: safe_loads(pickle.dumps({1, 2})))
check("safe od", lambda: safe_loads(pickle.dumps(collections.OrderedDict(a=1))))
check("safe blocked", lambda: safe_loads(pickle.dumps(collections.Counter("aab"))))
import os
check("safe os", lambda: safe_loads(pickle.dumps(os.getcwd)))


# persistent ids: store references to external records
class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


DB = {"r1": Record("r1", "alpha"), "r2": Record("r2", "beta")}


class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return "Record:" + obj.key
        return None


class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, _, key = pid.partition(":")
        if kind != "Record":
            raise pickle.UnpicklingError("unsupported persistent object")
        return DB[key]


for proto in (0, 1, 2, 5):
    buf = io.BytesIO()
    RefPickler(buf, protocol=proto).dump({"items": [DB["r1"], DB["r2"], DB["r1"]], "n": 3})
    buf.seek(0)
    out = RefUnpickler(buf).load()
    print(proto, [r.payload for r in out["items"]], out["items"][0] is DB["r1"], out["n"])

buf = io.BytesIO()
RefPickler(buf).dump(DB["r1"])
buf.seek(0)
check("no persistent_load", lambda: pickle.Unpickler(buf).load())

# multiple objects in one stream
buf = io.BytesIO()
for item in ["first", {"second": 2}, [3]]:
    pickle.dump(item, buf)
buf.seek(0)
items = []
while True:
    try:
        items.append(pickle.load(buf))
    except EOFError as e:
        print("EOF:", e)
        break
print(items)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PickleError.__mro__[1].__name__)
