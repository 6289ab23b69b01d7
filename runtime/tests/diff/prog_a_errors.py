"""Exceptions in a payment-processing flow: custom hierarchies, chaining, finally ordering."""
import errno
import sys


class PaymentError(Exception):
    """Base error for the payments module."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base


class CardDeclined(PaymentError):
    pass


class InsufficientFunds(CardDeclined):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed:.2f}, available {available:.2f}", code="NSF")
        self.needed, self.available = needed, available


class GatewayTimeout(PaymentError, TimeoutError):
    pass


class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field, self.problem = field, problem
        super().__init__(field, problem)


log = []


def validate(card):
    if len(card.get("number", "")) != 16:
        raise ValidationError("number", "must have 16 digits")
    if not card["number"].isdigit():
        raise ValidationError("number", "digits only")
    return True


def charge(card, amount):
    log.append(f"charge:{amount}")
    try:
        validate(card)
        if card.get("timeout"):
            raise GatewayTimeout("gateway did not answer", code="T1")
        if amount > card.get("balance", 0):
            raise InsufficientFunds(amount, card.get("balance", 0))
        card["balance"] -= amount
        return "ok"
    except ValidationError as e:
        raise PaymentError("invalid card", code="VAL") from e
    except TimeoutError:
        log.append("retrying")
        raise
    else:
        log.append("else-ran")
    finally:
        log.append(f"finally:{amount}")


cards = [
    {"number": "4" * 16, "balance": 100.0},
    {"number": "4" * 16, "balance": 10.0},
    {"number": "12"},
    {"number": "x" * 16},
    {"number": "5" * 16, "timeout": True},
]
for card in cards:
    try:
        result = charge(card, 25.0)
    except InsufficientFunds as e:
        print("NSF:", e, e.needed, e.available, e.code, isinstance(e, CardDeclined), e.args)
    except PaymentError as e:
        cause = e.__cause__
        print(type(e).__name__, str(e), "| cause:", type(cause).__name__ if cause else None,
              cause.args if cause else None, e.__suppress_context__, isinstance(e, TimeoutError))
    else:
        print("charged ->", result, card["balance"])
print(log)
print(GatewayTimeout.__mro__[1:4], issubclass(GatewayTimeout, OSError), PaymentError.__doc__)


def order_of_events():
    events = []

    def inner():
        try:
            events.append("try")
            return "from-try"
        finally:
            events.append("finally")

    events.append(inner())
    try:
        try:
            raise KeyError("k")
        finally:
            events.append("cleanup")
    except KeyError as e:
        events.append(f"caught {e!r} {e}")
    for i in range(3):
        try:
            if i == 1:
                continue
            events.append(f"body{i}")
        finally:
            events.append(f"fin{i}")
    return events


print(order_of_events())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(swallow())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    ctx = e.__context__
    print(type(e).__name__, e, "context:", type(ctx).__name__, ctx, e.__cause__)
try:
    try:
        int("abc")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

errors = []
for thunk in [lambda: [][1], lambda: {}["k"], lambda: int("1.5"), lambda: None.attr, lambda: 1 + "a",
              lambda: "a" - 1, lambda: undefined_name, lambda: (1).foo, lambda: [1, 2].index(3),
              lambda: "abc".index("z"), lambda: float("x"), lambda: (_ for _ in ()).throw(StopIteration),
              lambda: next(iter([])), lambda: 10 ** 400 * 1.0, lambda: divmod(1, 0), lambda: 1.0 / 0,
              lambda: int(None), lambda: len(5), lambda: sorted([1, "a"]), lambda: {}.pop("x"),
              lambda: set().pop(), lambda: tuple()[0], lambda: "x"[5], lambda: bytes([300]),
              lambda: chr(-1), lambda: ord("ab"), lambda: [1].remove(2), lambda: dict(a=1)["b"],
              lambda: hash([]), lambda: abs("s"), lambda: getattr(object(), "nope"), lambda: range(0, 10, 0),
              lambda: "{}".format(), lambda: int("12", 1), lambda: list(map(int, ["1", "x"])),
              lambda: max([]), lambda: min(1), lambda: isinstance(1, 1), lambda: "a".join([1]),
              lambda: (1, 2) < (1, "a"), lambda: object().__setattr__("x", 1), lambda: memoryview(b"x")[5]]:
    try:
        thunk()
    except Exception as e:
        errors.append(type(e).__name__)
        print(f"{type(e).__name__:>18}: {e}")
print(len(errors), sorted(set(errors)))

e = OSError(errno.ENOENT, "No such file or directory", "data.csv")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError()), repr(ValueError()), str(ValueError("x", 1)))
print(repr(ValidationError("f", "p")), str(ValidationError("f", "p")), InsufficientFunds(3, 1).args)
ex = ValueError("base")
ex.add_note("note one")
ex.add_note("note two")
print(ex.__notes__, str(ex))
try:
    raise ExceptionGroup("batch failed", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions], eg.message)
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions])
eg = ExceptionGroup("g", [KeyError(1), ExceptionGroup("inner", [ValueError(2)])])
match, rest = eg.split(ValueError)
print(match, rest, repr(eg.subgroup(KeyError)), eg.exceptions[1].exceptions)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None, ev)
        return et is KeyError


with Resource("a") as ra, Resource("b"):
    raise KeyError("suppressed")
print("after with")
try:
    with Resource("c"):
        raise IndexError("propagates")
except IndexError as e:
    print("outer caught", e)
print(sys.exc_info()[0])
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code, repr(e))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
