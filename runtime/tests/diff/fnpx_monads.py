"""Maybe / Result monads and a validation pipeline using them."""
from __future__ import annotations
from dataclasses import dataclass, field
from functools import reduce, wraps
from typing import Callable, Generic, TypeVar

T = TypeVar("T")
E = TypeVar("E")


class Maybe(Generic[T]):
    __slots__ = ()

    @staticmethod
    def of(value):
        return Nothing() if value is None else Just(value)

    def __or__(self, default):
        return self.value if isinstance(self, Just) else default


@dataclass(frozen=True)
class Just(Maybe[T]):
    value: T

    def bind(self, fn):
        return fn(self.value)

    def map(self, fn):
        return Maybe.of(fn(self.value))

    def __bool__(self):
        return True


@dataclass(frozen=True)
class Nothing(Maybe[T]):
    def bind(self, fn):
        return self

    def map(self, fn):
        return self

    def __bool__(self):
        return False


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def then(self, fn):
        try:
            return fn(self.value)
        except Exception as exc:
            return Err(f"{type(exc).__name__}: {exc}")

    def unwrap(self):
        return self.value


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E
    trail: tuple = field(default=(), compare=False)

    def then(self, fn):
        return Err(self.error, self.trail + (getattr(fn, "__name__", "?"),))

    def unwrap(self):
        raise ValueError(f"unwrap on Err({self.error!r})")


def safe(fn):
    @wraps(fn)
    def inner(x):
        try:
            return Ok(fn(x))
        except (ValueError, KeyError, ZeroDivisionError) as exc:
            return Err(f"{fn.__name__}: {type(exc).__name__}")
    return inner


@safe
def parse(text):
    return int(text.strip())

@safe
def invert(n):
    return 1 / n

@safe
def pick(x):
    return {0.5: "half", 0.25: "quarter", 1.0: "one"}[x]

def shout(s):
    return Ok(s.upper() + "!")


def pipeline(*steps):
    return lambda value: reduce(lambda acc, step: acc.then(step), steps, Ok(value))

run = pipeline(parse, invert, pick, shout)
for raw in ["2", " 4 ", "1", "0", "x", "3", None]:
    res = run(raw)
    print(f"{raw!r:8} -> {res}")

print(Err("a", ("x",)) == Err("a"), Ok(1) == Ok(1), Ok(1) == Ok(1.0), hash(Ok("h")) == hash(Ok("h")))
try:
    run("0").unwrap()
except ValueError as e:
    print(type(e).__name__, e)
print(parse.__name__, parse.__wrapped__("12"))

# Maybe chains over nested config
config = {"db": {"host": "localhost", "port": "5432", "opts": {"ssl": None}}, "cache": {}}

def get(key):
    return lambda d: Maybe.of(d.get(key)) if isinstance(d, dict) else Nothing()

paths = [("db", "host"), ("db", "port"), ("db", "opts", "ssl"), ("cache", "ttl"), ("db", "host", "x")]
for path in paths:
    m = reduce(lambda acc, k: acc.bind(get(k)), path, Just(config))
    print(".".join(path), "=>", m, "| default:", m | "n/a", bool(m))

print(Just(3).map(lambda x: x * 2).map(str), Just(3).map(lambda x: None), Nothing().map(abs))
print(Just([1]) == Just([1]), Nothing() == Nothing(), repr(Maybe.of(0)))
try:
    hash(Just([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    Just(1).value = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(Maybe.__parameters__, Just.__orig_bases__, Ok[int], Ok[int](5))


# do-notation via generators
def do(gen_fn):
    @wraps(gen_fn)
    def runner(*args):
        gen = gen_fn(*args)
        try:
            m = next(gen)
            while True:
                if isinstance(m, Nothing):
                    gen.close()
                    return m
                m = gen.send(m.value)
        except StopIteration as stop:
            return Maybe.of(stop.value)
    return runner

@do
def connection_string(cfg):
    host = yield reduce(lambda acc, k: acc.bind(get(k)), ("db", "host"), Just(cfg))
    port = yield Maybe.of(cfg["db"].get("port")).map(int)
    return f"{host}:{port}"

print(connection_string(config), connection_string({"db": {"port": "1"}}), connection_string.__name__)
