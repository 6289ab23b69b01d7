"""Describe arbitrary values by dispatching over collections.abc interfaces."""
import collections
import collections.abc as cabc
import array
from functools import singledispatch


def make_describer(abcs):
    @singledispatch
    def kind(obj):
        return "object"
    for a in abcs:
        kind.register(a, (lambda name: lambda obj: name)(a.__name__))
    return kind


class Bag:
    """Only __len__ and __iter__: virtually Sized and Iterable."""
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


class Box(cabc.Container):
    def __contains__(self, item):
        return False


class Stack(list):
    pass


class Registry(dict):
    pass


class Funky(cabc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


def gen():
    yield 1


samples = {
    "list": [1], "tuple": (1,), "str": "s", "bytes": b"b", "bytearray": bytearray(b"x"),
    "dict": {}, "OrderedDict": collections.OrderedDict(), "defaultdict": collections.defaultdict(int),
    "Counter": collections.Counter(), "ChainMap": collections.ChainMap(), "set": set(),
    "frozenset": frozenset(), "deque": collections.deque(), "range": range(2),
    "memoryview": memoryview(b"m"), "array": array.array("i"), "generator": gen(),
    "list_iterator": iter([]), "keys": {}.keys(), "values": {}.values(), "items": {}.items(),
    "function": len, "lambda": lambda: 0, "int": 1, "Bag": Bag([1]), "Box": Box(),
    "Stack": Stack(), "Registry": Registry(), "Funky": Funky(), "namedtuple": collections.namedtuple("P", "x")(1),
}

configs = [
    ("containers", [cabc.Sized, cabc.Iterable, cabc.Container]),
    ("collections", [cabc.Collection, cabc.Sequence, cabc.Mapping, cabc.Set]),
    ("mutability", [cabc.MutableSequence, cabc.MutableMapping, cabc.MutableSet,
                    cabc.Sequence, cabc.Mapping, cabc.Set]),
    ("iteration", [cabc.Iterator, cabc.Generator, cabc.Iterable, cabc.Reversible]),
    ("misc", [cabc.Hashable, cabc.Callable, cabc.ByteString, cabc.MappingView, cabc.KeysView]),
    ("concrete+abc", [list, dict, cabc.Sequence, cabc.Mapping, cabc.Sized]),
]

for title, abcs in configs:
    kind = make_describer(abcs)
    print(f"== {title}")
    for name in sorted(samples):
        try:
            result = kind(samples[name])
        except RuntimeError as e:
            result = f"RuntimeError: {e}"
        print(f"  {name:14} {result}")

# registering after first dispatch must refresh the cache
late = make_describer([cabc.Iterable])
print(late(Bag([])), late(Box()))
class Marker(cabc.Container):
    pass
late.register(cabc.Container, lambda obj: "Container")
print(late(Box()), late(Bag([])))
cabc.Sequence.register(Bag)
for fn in (late, make_describer([cabc.Sequence, cabc.Iterable])):
    try:
        print(fn(Bag([])))
    except RuntimeError as e:
        print(type(e).__name__, e)
