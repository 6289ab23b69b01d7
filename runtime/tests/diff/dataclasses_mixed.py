from dataclasses import dataclass, field, asdict
from enum import Enum, auto, IntEnum
from contextlib import contextmanager
import json

class Kind(Enum):
    FILE = auto()
    DIR = auto()

@dataclass(order=True)
class Entry:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    kind: Kind = Kind.FILE
    size: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = (self.kind.value, self.name)

entries = [Entry("b"), Entry("a", Kind.DIR), Entry("c", size=5, tags=["x"])]
for e in sorted(entries):
    print(e)
print(asdict(entries[2]))
print(json.dumps({k: (v.name if isinstance(v, Enum) else v) for k, v in asdict(entries[1]).items()}))

class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(max(Level), Level.LOW < 2, sum(Level), Level(3).name, {l.name: l.value for l in Level})

@contextmanager
def indent(buf, n=2):
    buf.append(" " * n)
    try:
        yield buf
    finally:
        buf.pop()
buf = []
with indent(buf):
    with indent(buf, 4):
        print(repr("".join(buf)))
print(buf)

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        return self
inv = Inventory().add("x").add("y", 3).add("x")
print(inv, inv == Inventory({"x": 2, "y": 3}))
print(Kind.FILE.__class__.__mro__)
print(Entry.__eq__.__qualname__, Entry.__lt__.__name__)
print([m for m in dir(Kind) if not m.startswith("_")])
import enum
print(enum.Enum.__members__ if hasattr(enum.Enum, "__members__") else None)
