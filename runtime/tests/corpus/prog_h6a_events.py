# An event bus with decorator-based subscriptions, priorities, once-handlers, wildcard
# topics, closures capturing state, and error isolation between handlers.
import functools

class EventBus:
    def __init__(self):
        self._handlers = {}
        self._seq = 0
        self.errors = []

    def on(self, topic, *, priority=0, once=False):
        def register(fn):
            self._seq += 1
            self._handlers.setdefault(topic, []).append((-priority, self._seq, fn, once))
            self._handlers[topic].sort(key=lambda h: h[:2])
            return fn
        return register

    def off(self, topic, fn):
        before = len(self._handlers.get(topic, []))
        self._handlers[topic] = [h for h in self._handlers.get(topic, []) if h[2] is not fn]
        return before - len(self._handlers[topic])

    def _matching(self, topic):
        parts = topic.split(".")
        for pattern, handlers in self._handlers.items():
            pp = pattern.split(".")
            if len(pp) == len(parts) and all(p == "*" or p == t for p, t in zip(pp, parts)):
                yield pattern, handlers
            elif pp[-1] == "**" and parts[: len(pp) - 1] == pp[:-1]:
                yield pattern, handlers

    def emit(self, topic, **payload):
        calls = sorted((h[:2] + (pattern,) + h[2:] for pattern, hs in self._matching(topic) for h in hs), key=lambda c: c[:2])
        results = []
        for prio, seq, pattern, fn, once in calls:
            try:
                results.append(fn(topic, **payload))
            except Exception as exc:
                self.errors.append(f"{fn.__name__} on {topic}: {type(exc).__name__}: {exc}")
            if once:
                self.off(pattern, fn)
        return results

bus = EventBus()
audit = []

def logged(fn):
    @functools.wraps(fn)
    def wrapper(topic, **kw):
        audit.append(f"{fn.__name__}({topic})")
        return fn(topic, **kw)
    return wrapper

@bus.on("user.created", priority=10)
@logged
def send_welcome(topic, name, **_):
    return f"welcome {name}"

@bus.on("user.*")
def count_user_events(topic, **_):
    count_user_events.calls = getattr(count_user_events, "calls", 0) + 1
    return f"user events: {count_user_events.calls}"

@bus.on("user.created", once=True)
def first_user_bonus(topic, name, **_):
    return f"bonus for {name}"

@bus.on("order.**", priority=-5)
def order_tracker(topic, **payload):
    return f"track {topic} {sorted(payload)}"

@bus.on("order.paid")
def failing_handler(topic, amount, **_):
    if amount > 100:
        raise ValueError(f"amount {amount} needs review")
    return f"paid {amount:.2f}"

def make_counter(label):
    total = 0
    def handler(topic, amount=0, **_):
        nonlocal total
        total += amount
        return f"{label} total={total}"
    handler.__name__ = f"counter_{label}"
    return handler

revenue = make_counter("revenue")
bus.on("order.paid", priority=5)(revenue)

print(bus.emit("user.created", name="ann"))
print(bus.emit("user.created", name="bob"))
print(bus.emit("user.deleted", name="ann"))
print(bus.emit("order.paid", amount=40.5))
print(bus.emit("order.paid", amount=250))
print(bus.emit("order.shipped.express", carrier="ups"))
print(bus.emit("nothing.here"))
print(bus.off("order.paid", revenue), bus.off("order.paid", revenue))
print(bus.emit("order.paid", amount=10))
print(audit)
print(bus.errors)
print(send_welcome.__name__, send_welcome.__wrapped__.__name__, count_user_events.calls)
print({topic: [h[2].__name__ for h in hs] for topic, hs in bus._handlers.items()})

def debounce(n):
    def deco(fn):
        seen = []
        @functools.wraps(fn)
        def inner(*args):
            seen.append(args)
            if len(seen) % n == 0:
                return fn(*seen[-n:])
            return None
        inner.pending = lambda: len(seen) % n
        return inner
    return deco

@debounce(3)
def batch(*items):
    return "batch:" + ",".join(str(i[0]) for i in items)
print([batch(i) for i in range(7)], batch.pending())
