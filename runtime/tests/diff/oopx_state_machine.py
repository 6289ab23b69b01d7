"""Order workflow as an enum-based state machine, with Flag permissions and IntEnum priorities."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"

    @property
    def terminal(self):
        return self in (State.DELIVERED, State.REFUNDED, State.CANCELLED)

    def can_go(self, other):
        return other in TRANSITIONS.get(self, ())

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


TRANSITIONS = {
    State.NEW: (State.PAID, State.CANCELLED),
    State.PAID: (State.SHIPPED, State.REFUNDED),
    State.SHIPPED: (State.DELIVERED,),
}


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10
    URGENT = HIGH  # alias


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = READ | WRITE | DELETE


class Mode(IntFlag):
    X = 1
    W = 2
    R = 4


class Color(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2

    RED = auto()
    GREEN = 2
    BLUE = auto()


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class TransitionError(Exception):
    pass


class Order:
    def __init__(self, oid, priority=Priority.NORMAL):
        self.oid = oid
        self.state = State.NEW
        self.priority = priority
        self.history = [State.NEW]

    def advance(self, target):
        target = State(target)
        if self.state.terminal:
            raise TransitionError(f"order {self.oid} is {self.state.name} (terminal)")
        if not self.state.can_go(target):
            raise TransitionError(f"order {self.oid}: {self.state.value} -> {target.value} not allowed")
        self.state = target
        self.history.append(target)
        return self


def main():
    o = Order(1)
    o.advance("paid").advance(State.SHIPPED).advance("DELIVERED")
    print([s.name for s in o.history], o.state, repr(o.state), o.state.terminal)
    for attempt in [(2, ["shipped"]), (3, ["paid", "paid"]), (4, ["cancelled", "paid"]), (5, ["bogus"])]:
        oid, steps = attempt
        order = Order(oid)
        try:
            for s in steps:
                order.advance(s)
        except TransitionError as e:
            print("TransitionError:", e)
        except ValueError as e:
            print("ValueError:", e)
    print(list(State), len(State), State["PAID"], State("refunded"), State.NEW in State)
    print(State.PAID.value, State.PAID.name, type(State.PAID), isinstance(State.PAID, State))
    try:
        State.NEW.value = "x"
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        State.NEW = 3
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        State["nope"]
    except KeyError as e:
        print("KeyError:", e)
    print(sorted([Priority.HIGH, Priority.LOW, Priority.NORMAL]), Priority.URGENT is Priority.HIGH)
    print(list(Priority), list(Priority.__members__), Priority.HIGH + 1, Priority(5), Priority.LOW < 3)
    print(f"{Priority.HIGH}", str(Priority.HIGH), repr(Priority.HIGH), format(Priority.LOW, ">4"), "%d" % Priority.NORMAL)
    orders = sorted([Order(i, p) for i, p in enumerate([Priority.LOW, Priority.URGENT, Priority.NORMAL])],
                    key=lambda x: -x.priority)
    print([(x.oid, x.priority.name) for x in orders])
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)

    rw = Perm.READ | Perm.WRITE
    print(rw, repr(rw), Perm.ADMIN, list(Perm), Perm.READ in rw, Perm.DELETE in rw)
    print(~Perm.READ, rw & Perm.WRITE, rw ^ Perm.ADMIN, bool(Perm(0)), Perm(0), Perm(3))
    print([m.name for m in Perm.ADMIN], len(Perm.ADMIN), rw.value, Perm.ADMIN.name)
    m = Mode.R | Mode.W
    print(m, repr(m), m + 1, int(m), Mode(7), Mode(5) & 4, Mode.X | 8, repr(Mode(0)))
    print(list(Color), Color.BLUE.value, Color("blueblue"))
    for p in Planet:
        print(p.name, f"{p.gravity:.2f}", p.value[0] == p.mass)
    print(Planet((5.976e24, 6.37814e6)) is Planet.EARTH)
    Animal = Enum("Animal", "CAT DOG BIRD")
    print(list(Animal), Animal.DOG.value, Animal(3))
    Http = IntEnum("Http", [("OK", 200), ("NOT_FOUND", 404)])
    print(Http.OK == 200, Http(404).name, {Http.OK: "fine"}[200])
    print(State.PAID == "paid", State.PAID.value == "paid", hash(State.PAID) == hash(State.PAID))
    try:
        class Extended(State):
            EXTRA = "extra"
    except TypeError as e:
        print("TypeError:", e)
    try:
        class Late(Enum):
            A = auto()
            def _generate_next_value_(name, start, count, last_values):
                return name
    except TypeError as e:
        print("TypeError:", e)
    try:
        class Reserved(Enum):
            _secret_ = 1
    except ValueError as e:
        print("ValueError:", e)
    try:
        State(42)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Priority(7)
    except ValueError as e:
        print("ValueError:", e)
    print(dir(State.PAID)[:3], State.__members__["NEW"], type(State.__members__).__name__)
    print(Perm.READ.__class__.__mro__, State.PAID.__reduce_ex__(2)[0].__name__)


main()
