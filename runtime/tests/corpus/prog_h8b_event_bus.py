"""An event bus with weak subscribers, priorities and decorators."""
import weakref
import functools
from collections import defaultdict


class Event:
    def __init__(self, name, **payload):
        self.name = name
        self.payload = payload
        self.cancelled = False
        self.handled_by = []

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.payload.items()))
        return f"Event({self.name!r}{', ' if items else ''}{items})"


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
        self._seq = 0

    def subscribe(self, name, handler, priority=0):
        self._seq += 1
        if hasattr(handler, "__self__"):
            ref = weakref.WeakMethod(handler, functools.partial(self._dead, name))
        else:
            ref = lambda h=handler: h
        self._subs[name].append((-priority, self._seq, ref))
        self._subs[name].sort(key=lambda t: (t[0], t[1]))
        return self._seq

    def _dead(self, name, ref):
        before = len(self._subs[name])
        self._subs[name] = [s for s in self._subs[name] if s[2] is not ref]
        print(f"  [bus] dropped dead subscriber of {name!r} ({before} -> {len(self._subs[name])})")

    def unsubscribe(self, token):
        for name, subs in self._subs.items():
            for s in subs:
                if s[1] == token:
                    subs.remove(s)
                    return True
        return False

    def on(self, name, priority=0):
        def register(fn):
            self.subscribe(name, fn, priority)
            return fn
        return register

    def publish(self, event):
        errors = []
        for _, seq, ref in list(self._subs.get(event.name, ())):
            handler = ref()
            if handler is None:
                continue
            try:
                handler(event)
            except Exception as exc:
                exc.add_note(f"handler #{seq} for {event.name}")
                errors.append(exc)
            event.handled_by.append(seq)
            if event.cancelled:
                break
        if errors:
            raise ExceptionGroup(f"{len(errors)} handler(s) failed for {event.name}", errors)
        return event

    def counts(self):
        return {k: len(v) for k, v in sorted(self._subs.items()) if v}


bus = EventBus()


@bus.on("order.created", priority=10)
def validate(event):
    if event.payload.get("qty", 0) <= 0:
        print("  validate: rejecting", event)
        event.cancel()
    else:
        print("  validate: ok", event)


@bus.on("order.created")
def bill(event):
    total = event.payload["qty"] * event.payload["price"]
    print(f"  bill: {total:.2f}")


@bus.on("order.created", priority=-5)
def audit(event):
    print("  audit:", event.name, sorted(event.payload))


class Inventory:
    def __init__(self, stock):
        self.stock = dict(stock)

    def reserve(self, event):
        sku = event.payload["sku"]
        qty = event.payload["qty"]
        if self.stock.get(sku, 0) < qty:
            raise LookupError(f"not enough {sku}: have {self.stock.get(sku, 0)}, need {qty}")
        self.stock[sku] -= qty
        print(f"  inventory: {sku} -> {self.stock[sku]}")


class Mailer:
    def __init__(self, name):
        self.name = name
        self.sent = 0

    def notify(self, event):
        self.sent += 1
        if event.payload.get("email") is None:
            raise ValueError("no email address")
        print(f"  {self.name}: mail #{self.sent} to {event.payload['email']}")


inv = Inventory({"apple": 5, "pear": 1})
mailer = Mailer("mailer")
bus.subscribe("order.created", inv.reserve, priority=5)
token = bus.subscribe("order.created", mailer.notify, priority=1)
print(bus.counts())

orders = [
    dict(sku="apple", qty=2, price=0.5, email="a@x"),
    dict(sku="pear", qty=3, price=1.25, email="b@x"),
    dict(sku="apple", qty=0, price=0.5),
    dict(sku="apple", qty=1, price=0.5),
    dict(sku="kiwi", qty=1, price=2.0),
]
for o in orders:
    print("publish", o["sku"], o["qty"])
    try:
        ev = bus.publish(Event("order.created", **o))
        print("  handled by", ev.handled_by, "cancelled" if ev.cancelled else "")
    except* LookupError as eg:
        for e in eg.exceptions:
            print("  lookup failure:", e, e.__notes__)
    except* ValueError as eg:
        for e in eg.exceptions:
            print("  value failure:", e, e.__notes__)

print(inv.stock, mailer.sent)
print("unsubscribe", bus.unsubscribe(token), bus.unsubscribe(token))
print(bus.counts())

temp = Mailer("temp")
bus.subscribe("user.joined", temp.notify)
bus.subscribe("user.joined", Mailer("ghost").notify)
print(bus.counts())
bus.publish(Event("user.joined", email="new@x"))
del temp
print(bus.counts())
print(bus.publish(Event("nothing")).handled_by)
bus._subs.clear()
print("bus cleared")
