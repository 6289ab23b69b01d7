"""Function objects as data: cloning functions into sandboxes with types.FunctionType,
renaming code, legacy generator-based coroutines and copyreg-driven copies."""
import asyncio
import copy
import copyreg
import types


def rule_discount(order):
    """Apply the configured discount."""
    return round(order["total"] * (1 - RATE), 2)


def rule_shipping(order, free_over=50):
    return 0 if order["total"] >= free_over else FLAT_FEE


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


RATE = 0.10
FLAT_FEE = 4.99


def sandboxed(fn, **config):
    """A copy of fn that reads its globals from config instead of this module."""
    env = {"__name__": f"sandbox.{fn.__name__}", "__builtins__": __builtins__, "round": round}
    env.update(config)
    clone = types.FunctionType(fn.__code__, env, fn.__name__, fn.__defaults__, fn.__closure__)
    clone.__doc__ = fn.__doc__
    clone.__kwdefaults__ = fn.__kwdefaults__
    return clone


orders = [{"id": 1, "total": 80.0}, {"id": 2, "total": 20.0}, {"id": 3, "total": 49.99}]
tenants = {
    "default": {"RATE": 0.10, "FLAT_FEE": 4.99},
    "vip": {"RATE": 0.25, "FLAT_FEE": 0},
    "budget": {"RATE": 0.0, "FLAT_FEE": 7.5},
}
for tenant, cfg in tenants.items():
    disc = sandboxed(rule_discount, **cfg)
    ship = sandboxed(rule_shipping, **cfg)
    rows = [(o["id"], disc(o), ship(o)) for o in orders]
    print(f"{tenant:8} {rows} module={disc.__module__} doc={disc.__doc__!r}")
print("original still uses module globals:", rule_discount(orders[0]), rule_shipping(orders[1]))

broken = types.FunctionType(rule_discount.__code__, {"__name__": "empty"})
try:
    broken(orders[0])
except NameError as e:
    print("NameError:", e)

strict = types.FunctionType(rule_shipping.__code__, dict(tenants["vip"]), "strict_shipping", (100,))
print(strict.__name__, strict.__qualname__, strict.__defaults__, strict(orders[0]), strict({"total": 150}))

c1 = make_counter(10)
c2 = types.FunctionType(c1.__code__, c1.__globals__, "shared_step", c1.__defaults__, c1.__closure__)
print(c1(), c2(5), c1(), c2.__name__, c1.__closure__[0].cell_contents)
for bad in [lambda: types.FunctionType(c1.__code__, {}),
            lambda: types.FunctionType(c1.__code__, {}, None, None, ()),
            lambda: types.FunctionType(rule_discount.__code__, {}, None, None, c1.__closure__),
            lambda: types.FunctionType(rule_discount.__code__, [], "x"),
            lambda: types.FunctionType(rule_discount.__code__, {}, 42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

renamed_code = rule_discount.__code__.replace(co_name="discount_v2", co_qualname="pricing.discount_v2")
v2 = types.FunctionType(renamed_code, globals())
print(v2.__name__, v2.__qualname__, v2(orders[0]), v2.__code__.co_filename == rule_discount.__code__.co_filename)


@types.coroutine
def checkpoint(label, log):
    """A generator-based suspension point: a bare yield hands control to the event loop."""
    log.append(f"pause {label}")
    yield
    log.append(f"resume {label}")
    return label.upper()


async def job(name, steps, log):
    results = []
    for i in range(steps):
        results.append(await checkpoint(f"{name}{i}", log))
    return results


async def main():
    log = []
    out = await asyncio.gather(job("a", 2, log), job("b", 3, log), job("c", 1, log))
    print(out)
    for line in log:
        print("  ", line)


asyncio.run(main())


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


def money_reducer(m):
    # Copies and pickles normalise to the smallest unit, rounded to whole cents.
    return (Money, (int(round(m.cents)), m.currency))


copyreg.pickle(Money, money_reducer)
wallet = [Money(1999.6), Money(5, "USD")]
print(copy.copy(wallet[0]), copy.deepcopy(wallet), copy.copy(wallet)[0] is wallet[0])
