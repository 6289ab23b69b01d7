"""Decorator toolkit: validation, memoisation, rate counting and method registration."""
import functools
import inspect


def typed(fn):
    """Check annotated argument types at call time."""
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and isinstance(ann, type) and not isinstance(value, ann):
                raise TypeError(f"{fn.__qualname__}(): {name} must be {ann.__name__}, "
                                f"not {type(value).__name__}")
        return fn(*args, **kwargs)

    return wrapper


def counted(fn=None, *, label=None):
    """Usable bare (@counted) or with arguments (@counted(label=...))."""
    if fn is None:
        return functools.partial(counted, label=label)
    calls = 0

    @functools.wraps(fn)
    def wrapper(*a, **k):
        nonlocal calls
        calls += 1
        return fn(*a, **k)

    wrapper.calls = lambda: calls
    wrapper.label = label or fn.__name__
    return wrapper


def memoize(maxsize=None):
    def deco(fn):
        cache = {}
        order = []
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(fn)
        def wrapper(*args):
            try:
                result = cache[args]
                stats["hits"] += 1
                return result
            except KeyError:
                pass
            except TypeError:
                stats["misses"] += 1
                return fn(*args)
            stats["misses"] += 1
            result = cache[args] = fn(*args)
            order.append(args)
            if maxsize is not None and len(order) > maxsize:
                del cache[order.pop(0)]
            return result

        wrapper.stats = stats
        wrapper.cache_keys = lambda: list(order)
        return wrapper
    return deco


class Registry:
    def __init__(self):
        self.handlers = {}

    def on(self, *events):
        def deco(fn):
            for ev in events:
                self.handlers.setdefault(ev, []).append(fn.__name__)
            return fn
        return deco


bus = Registry()


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    @typed
    @counted(label="deposits")
    def deposit(self, amount: int, note: str = "") -> int:
        self.balance += amount
        return self.balance

    @bus.on("close", "freeze")
    def lock(self):
        return f"{self.owner} locked"

    @classmethod
    @counted
    def open(cls, owner):
        return cls(owner, 10)

    @staticmethod
    @memoize(maxsize=3)
    def fee(tier):
        return {"basic": 5, "plus": 2}.get(tier, 0) * 100

    @property
    @counted
    def rich(self):
        return self.balance > 1000


@memoize()
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@counted
@typed
def greet(name: str, times: int = 1):
    """Say hello."""
    return " ".join([f"hi {name}"] * times)


acct = Account.open("zoe")
print(acct.owner, acct.balance, Account.open.calls(), Account.open.__name__)
print(acct.deposit(5), acct.deposit(20, note="gift"), Account.deposit.calls(), Account.deposit.label)
for bad in [lambda: acct.deposit("5"), lambda: acct.deposit(5, note=3), lambda: acct.deposit(),
            lambda: acct.deposit(1, 2, 3), lambda: acct.deposit(1, bogus=1), lambda: greet(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Account.deposit.calls(), "(failed validation does not count)")
print(acct.rich, acct.rich, Account.rich.fget.calls())
print(Account.fee("basic"), Account.fee("plus"), Account.fee("basic"), acct.fee("gold"), Account.fee("x"),
      Account.fee("basic"), Account.fee.stats, Account.fee.cache_keys())
print(fib(60), fib.stats)
print(greet("bo", times=2), greet.calls(), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(inspect.signature(greet), inspect.signature(Account.deposit))
print(bus.handlers, acct.lock())
print(Account.deposit.__qualname__, Account.__dict__["open"].__func__.__wrapped__.__qualname__)
print([n for n, v in vars(Account).items() if callable(v) or isinstance(v, (classmethod, staticmethod, property))])
unhashable = memoize()(lambda xs: sum(xs))
print(unhashable([1, 2]), unhashable([1, 2]), unhashable((1, 2)), unhashable((1, 2)), unhashable.stats)


def trace(fn):
    depth = 0

    @functools.wraps(fn)
    def wrapper(*a):
        nonlocal depth
        print("  " * depth + f"-> {fn.__name__}{a}")
        depth += 1
        try:
            return fn(*a)
        finally:
            depth -= 1
            print("  " * depth + f"<- {fn.__name__}")

    return wrapper


@trace
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(1, 1))
