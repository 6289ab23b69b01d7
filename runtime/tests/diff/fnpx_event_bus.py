"""An event bus with handlers configured via partialmethod, singledispatch and lru_cache."""
import abc
import functools
import re
from functools import partialmethod, singledispatch, lru_cache


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


class Event(abc.ABC):
    pass


class Loggable(abc.ABC):
    pass


class Click:
    def __init__(self, x, y):
        self.x, self.y = x, y


class KeyPress:
    def __init__(self, key):
        self.key = key


class Hybrid:
    pass


Event.register(Click)
Event.register(KeyPress)
Event.register(Hybrid)
Loggable.register(Hybrid)


@singledispatch
def describe(ev):
    return f"unknown event {type(ev).__name__}"


@describe.register
def _(ev: Click):
    return f"click at ({ev.x}, {ev.y})"


@describe.register
def _(ev: KeyPress):
    return f"key {ev.key!r}"


@describe.register
def _(ev: int | float):
    return f"timer tick {ev}"


@describe.register(Event)
def _(ev):
    return "generic event"


@describe.register(Loggable)
def _(ev):
    return "loggable"


class Bus:
    def __init__(self):
        self.log = []

    def emit(self, channel, event, *, priority=0):
        try:
            text = describe(event)
        except RuntimeError as e:
            text = f"dispatch error: {e}"
        self.log.append((priority, channel, text))
        return text

    ui = partialmethod(emit, "ui")
    urgent_ui = partialmethod(emit, "ui", priority=9)
    timer = partialmethod(emit, "timer")

    @staticmethod
    def _stamp(prefix, n):
        return f"{prefix}-{n:03d}"

    stamp = partialmethod(_stamp, "evt")

    @classmethod
    def _make(cls, size, label):
        return f"{cls.__name__}[{size}]:{label}"

    make_small = partialmethod(_make, 1)


bus = Bus()
print(bus.ui(Click(3, 4)))
print(bus.urgent_ui(KeyPress("q")))
print(bus.timer(2.5), bus.timer(7))
print(bus.emit("misc", Hybrid()))
print(bus.emit("misc", "text"))
print(bus.stamp(7), Bus.make_small("x"), bus.make_small("y"))
for entry in sorted(bus.log, key=lambda e: (-e[0], e[1], e[2])):
    print(" ", entry)

for name in ["ui", "urgent_ui", "stamp", "make_small"]:
    print(name, clean(repr(Bus.__dict__[name])))
print(clean(repr(partialmethod(max))))

try:
    partialmethod(3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    lru_cache(maxsize=4)("not callable")
except TypeError as e:
    print(type(e).__name__, e)

try:
    describe.register(list[int], lambda ev: "list")
except TypeError as e:
    print(type(e).__name__, e)


@lru_cache(maxsize=2)
def route(channel):
    print("  resolving", channel)
    return channel.upper()

for ch in ["ui", "timer", "ui", "net", "timer", "ui"]:
    route(ch)
print(route.cache_info())

print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__)
print(sorted(getattr(k, "__name__", str(k)) for k in describe.registry))
