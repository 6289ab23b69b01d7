"""Typed decorators: ParamSpec, Concatenate, overload, wraps."""
import functools
import inspect
from typing import (Callable, ParamSpec, TypeVar, Concatenate, overload,
                    get_overloads, clear_overloads, get_type_hints, Awaitable,
                    Any)

P = ParamSpec("P")
R = TypeVar("R")
CALLS: list[str] = []


def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        CALLS.append(f"{fn.__name__}{args}{sorted(kwargs.items())}")
        return fn(*args, **kwargs)
    return inner


class Session:
    def __init__(self, user: str) -> None:
        self.user = user
        self.queries = 0


def with_session(fn: Callable[Concatenate[Session, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        s = Session("admin")
        result = fn(s, *args, **kwargs)
        CALLS.append(f"session {s.user} queries={s.queries}")
        return result
    inner.__name__ = fn.__name__
    return inner


def retry(times: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            last: Exception | None = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    last = e
                    CALLS.append(f"attempt {attempt} failed: {e}")
            assert last is not None
            raise last
        return inner
    return deco


@logged
def add(x: int, y: int = 10, *, scale: float = 1.0) -> float:
    """Add two numbers and scale."""
    return (x + y) * scale


@with_session
def lookup(s: Session, table: str, limit: int = 5) -> list[str]:
    s.queries += 2
    return [f"{table}:{i}" for i in range(min(limit, 3))]


counter = {"n": 0}


@retry(3)
@logged
def flaky(threshold: int) -> str:
    counter["n"] += 1
    if counter["n"] < threshold:
        raise ValueError(f"n={counter['n']}")
    return f"ok after {counter['n']}"


@overload
def parse(v: str) -> int: ...
@overload
def parse(v: bytes) -> str: ...
@overload
def parse(v: list[str]) -> list[int]: ...
def parse(v: Any) -> Any:
    if isinstance(v, str):
        return int(v)
    if isinstance(v, bytes):
        return v.decode()
    return [int(x) for x in v]


print(add(1, 2), add(3, scale=2.0), add(x=4, y=1))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(inspect.signature(add))
print(get_type_hints(add))
print(lookup("users"), lookup("orders", limit=1), lookup.__name__)
print(inspect.signature(lookup))
print(flaky(3))
counter["n"] = 0
try:
    flaky(5)
except ValueError as e:
    print("gave up:", e)
print(inspect.signature(flaky), flaky.__wrapped__.__wrapped__.__name__)
for c in CALLS:
    print("  log:", c)

print(parse("12"), parse(b"hi"), parse(["1", "2"]))
ovs = get_overloads(parse)
print(len(ovs))
for ov in ovs:
    print(" ", inspect.signature(ov), get_type_hints(ov))
clear_overloads()
print(len(get_overloads(parse)))

print(P, P.args, P.kwargs, P.__name__)
print(P.args.__origin__ is P, repr(P.kwargs))
print(Callable[P, R])
print(Callable[Concatenate[Session, P], R])
print(Callable[[int, str], bool], Callable[..., Awaitable[int]])
c = Callable[P, int][[str, float]]
print(c, c.__args__)
print(Callable[Concatenate[int, P], R][[str], bool])
print(Callable[[int], str].__args__, Callable[..., str].__args__)
sig = inspect.signature(retry)
print(sig, sig.return_annotation)
print(get_type_hints(with_session))
