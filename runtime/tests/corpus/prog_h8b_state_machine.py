"""Order workflow state machine built on Enum with transition tables."""
from enum import Enum, auto
from dataclasses import dataclass, field


class State(Enum):
    NEW = auto()
    PAID = auto()
    PACKED = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    @property
    def terminal(self):
        return self in {State.DELIVERED, State.REFUNDED, State.CANCELLED}


class Trigger(str, Enum):
    PAY = "pay"
    PACK = "pack"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"
    REFUND = "refund"


TRANSITIONS = {
    (State.NEW, Trigger.PAY): State.PAID,
    (State.NEW, Trigger.CANCEL): State.CANCELLED,
    (State.PAID, Trigger.PACK): State.PACKED,
    (State.PAID, Trigger.CANCEL): State.REFUNDED,
    (State.PACKED, Trigger.SHIP): State.SHIPPED,
    (State.PACKED, Trigger.CANCEL): State.REFUNDED,
    (State.SHIPPED, Trigger.DELIVER): State.DELIVERED,
    (State.DELIVERED, Trigger.REFUND): State.REFUNDED,
}


class TransitionError(Exception):
    def __init__(self, order, trigger):
        self.order_id = order.id
        self.state = order.state
        self.trigger = trigger
        super().__init__(order.id, order.state, trigger)

    def __str__(self):
        allowed = sorted(t.value for (s, t) in TRANSITIONS if s is self.state)
        return (f"order {self.order_id}: cannot {self.trigger.value} from {self.state.name}"
                f" (allowed: {', '.join(allowed) or 'none'})")


@dataclass
class Order:
    id: int
    amount: float
    state: State = State.NEW
    history: list = field(default_factory=list)

    def fire(self, trigger):
        trigger = Trigger(trigger)
        key = (self.state, trigger)
        if key not in TRANSITIONS:
            raise TransitionError(self, trigger)
        old = self.state
        self.state = TRANSITIONS[key]
        hook = getattr(self, f"on_{self.state.name.lower()}", None)
        if hook:
            hook(old)
        self.history.append((old.name, trigger.value, self.state.name))
        return self.state

    def on_refunded(self, old):
        print(f"  refund {self.amount:.2f} for order {self.id} (was {old.name})")

    def on_delivered(self, old):
        print(f"  order {self.id} delivered")


scripts = {
    1: ["pay", "pack", "ship", "deliver"],
    2: ["pay", "cancel", "ship"],
    3: ["cancel", "pay"],
    4: ["pay", "pack", "ship", "deliver", "refund", "refund"],
    5: ["ship"],
    6: ["pay", "teleport"],
    7: [Trigger.PAY, "pack", Trigger.CANCEL],
}
orders = {}
for oid, steps in scripts.items():
    o = Order(oid, amount=oid * 12.5)
    orders[oid] = o
    print(f"order {oid}:")
    for step in steps:
        try:
            new = o.fire(step)
            print(f"  {step if isinstance(step, str) else step.value} -> {new.name}{' (terminal)' if new.terminal else ''}")
        except TransitionError as e:
            print("  error:", e)
        except ValueError as e:
            print("  bad trigger:", e)
    print("  history:", o.history)

summary = {}
for o in orders.values():
    summary.setdefault(o.state, []).append(o.id)
for st in State:
    print(f"{st.name:10} {summary.get(st, [])}")

print(Trigger.PAY == "pay", Trigger("ship").name, [t.value for t in Trigger])
print(sorted(s.name for s in State if s.terminal))
print(State.PAID.value, State(3), State["SHIPPED"])
print(repr(TransitionError(orders[5], Trigger.SHIP)))

reachable = {State.NEW}
frontier = [State.NEW]
while frontier:
    cur = frontier.pop()
    for (s, t), dst in TRANSITIONS.items():
        if s is cur and dst not in reachable:
            reachable.add(dst)
            frontier.append(dst)
print(sorted(s.name for s in reachable), len(reachable) == len(State))


def paths(state, depth=0, seen=()):
    if state.terminal:
        yield (state.name,)
        return
    for (s, t), dst in sorted(TRANSITIONS.items(), key=lambda kv: kv[0][1].value):
        if s is state and dst not in seen:
            for rest in paths(dst, depth + 1, seen + (state,)):
                yield (state.name, t.value) + rest


for p in paths(State.NEW):
    print(" ".join(p))
