# match: mapping patterns, **rest, nested with sequences.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", **rest}:
            return f"special key {sorted(rest.items())}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "no type"
    return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (3, 4, 5)},
    {"type": "key", "key": "a", "mod": "shift"},
    {"type": "key", "key": "Enter", "repeat": 2},
    {"type": "scroll", "delta": 2.5},
    {"type": "scroll", "delta": "up"},
    {"foo": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# **rest captures remaining keys in order
match {"a": 1, "b": 2, "c": 3, "d": 4}:
    case {"b": b, "d": d, **others}:
        print(b, d, others)

# mapping pattern doesn't require exact keys
match {"x": 1, "y": 2}:
    case {"x": 1}:
        print("matched with extra keys")

# mapping pattern uses .get / __getitem__ on dict subclasses; defaultdict-like class
class D(dict):
    def __missing__(self, key):
        return "missing!"
match D(a=1):
    case {"b": v}:
        print("should not match", v)
    case {"a": v}:
        print("D matched a", v)

# nested JSON-like config
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first, *other]}, "debug": bool(debug)}:
        print(host, first, other, debug)

# literal keys of different types
match {1: "one", "1": "str one", None: "none"}:
    case {1: a, "1": b, None: c}:
        print(a, b, c)

def shape(obj):
    match obj:
        case {"kind": "circle", "r": r}:
            return 3 * r * r
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case {"kind": "square", "side": s}:
            return s * s
        case {"kind": k}:
            raise ValueError(f"bad kind {k!r}")
for o in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 5}, {"kind": "square", "side": 4}]:
    print(shape(o))
try:
    shape({"kind": "hex"})
except ValueError as e:
    print("ValueError", e)
