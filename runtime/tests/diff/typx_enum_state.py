import enum
import pickle
import warnings
from enum import Enum, IntEnum, Flag, auto


class State(Enum):
    _ignore_ = ["_transitions"]
    NEW = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def terminal(self):
        return self in (State.DONE, State.FAILED)

    def can_go(self, other):
        return other in _TRANSITIONS.get(self, ())

    @classmethod
    def parse(cls, text):
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown state {text!r}; choose from {', '.join(m.name.lower() for m in cls)}") from None


_TRANSITIONS = {
    State.NEW: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE, State.FAILED},
    State.PAUSED: {State.RUNNING, State.FAILED},
}


class Machine:
    def __init__(self):
        self.state = State.NEW
        self.history = [self.state]

    def go(self, target):
        target = State.parse(target) if isinstance(target, str) else target
        if not self.state.can_go(target):
            raise RuntimeError(f"illegal transition {self.state.name} -> {target.name}")
        self.state = target
        self.history.append(target)
        return self


m = Machine()
for step in ["running", "paused", State.RUNNING, "done", "running"]:
    try:
        m.go(step)
        print("now", m.state, m.state.terminal)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    m.go("sleeping")
except ValueError as e:
    print("ValueError", e)
print([s.name for s in m.history], len(State), list(reversed(State)))
print(State.NEW in State, "_ignore_" in State.__dict__, hasattr(State, "_transitions"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        print(1 in State)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("NEW" in State)
    except TypeError as e:
        print("TypeError:", e)


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10
    URGENT = 10  # alias

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int):
            best = min(cls, key=lambda m: abs(m.value - value))
            return best
        return None


print(Priority(7), Priority(2), Priority(100), Priority.URGENT, Priority["URGENT"] is Priority.HIGH)
print(list(Priority), list(Priority.__members__.items())[-1], Priority._member_names_)
print(sorted([Priority.HIGH, 3, Priority.LOW, 7]), max(Priority), Priority.NORMAL * 2, -Priority.LOW)
print({Priority.LOW: "l", 1: "one"}, Priority.LOW == 1, hash(Priority.LOW) == hash(1))
try:
    Priority("x")
except ValueError as e:
    print("ValueError:", e)


class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3


print(list(Ordered))
try:
    class Misordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)


class Base(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("subclass created:", cls.__name__)

    def describe(self):
        return f"{type(self).__name__}:{self.name}={self.value}"


class Fruit(Base):
    APPLE = "a"
    PEAR = "p"


print(Fruit.APPLE.describe(), [f.describe() for f in Fruit])
try:
    class MoreFruit(Fruit):
        KIWI = "k"
except TypeError as e:
    print("TypeError:", e)


class Tri(Enum):
    RED = 1, "stop"
    GREEN = 2, "go"

    def __new__(cls, code, meaning):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.meaning = meaning
        return obj


print(Tri(1), Tri.GREEN.meaning, Tri.RED.value, Tri(2).name, pickle.loads(pickle.dumps(Tri.GREEN)))
try:
    Tri((1, "stop"))
except ValueError as e:
    print("ValueError:", e)


class Attr(Enum):
    X = 1
    Y = 2


for attempt in [lambda: setattr(Attr, "X", 3), lambda: setattr(Attr, "Z", 4), lambda: delattr(Attr, "X")]:
    try:
        attempt()
        print("ok", getattr(Attr, "Z", None))
    except AttributeError as e:
        print("AttributeError:", e)
print(Attr.X.name, Attr.X._value_, Attr.X.__class__.__name__, type(Attr).__name__, type(Attr.__members__).__name__)
try:
    Attr.X.name = "Q"
except AttributeError as e:
    print("AttributeError:", e)
print(Attr.X is Attr(1), Attr.X == 1, Attr.X != Attr.Y, Attr.X.__eq__(1))
try:
    Attr.X < Attr.Y
except TypeError as e:
    print("TypeError:", e)
print(sorted(Attr, key=lambda a: a.value, reverse=True), bool(Attr.X), bool(Attr))
