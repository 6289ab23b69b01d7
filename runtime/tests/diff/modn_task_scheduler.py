"""Task scheduler with typed aliases over collections.abc.Callable and ParamSpec."""
from __future__ import annotations

import functools
from collections.abc import Callable, Awaitable, Iterator
from dataclasses import dataclass, field
from typing import Concatenate, Generic, ParamSpec, TypeVar, get_type_hints, get_args, get_origin
import typing

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

# Generic aliases that are specialised further down.
Task = Callable[P, R]
Hook = Callable[[T], None]
Middleware = Callable[Concatenate[str, P], R]
Registry = dict[str, Callable[P, R]]
TypingTask = typing.Callable[P, R]

IntTask = Task[[int, int], int]
AnyArgs = Task[..., str]
ShortForm = Callable[P, int][str, bytes]   # PEP 612: P = [str, bytes]
Logger = Hook[str]
Named = Middleware[[int], bool]
StrRegistry = Registry[[str], str]
TypingShort = typing.Callable[P, int][int, str]

print(Task, Task.__parameters__)
print(IntTask, get_args(IntTask))
print(AnyArgs, get_args(AnyArgs))
print(ShortForm, get_origin(ShortForm))
print(Logger, Named, StrRegistry)
print(TypingTask, TypingShort, TypingTask[[bytes], None])
print(Hook.__parameters__, Middleware.__parameters__, Registry.__parameters__)
print(Task[P, T], Task[Concatenate[int, P], T])
print(Callable[[int], str] == Callable[[int], str], IntTask == Callable[[int, int], int])
try:
    Task[int, str, bool]
except TypeError as e:
    print("TypeError:", e)
try:
    TypingTask[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Hook[int, str]
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Job(Generic[P, R]):
    priority: int
    name: str = field(compare=False)
    fn: Callable[P, R] = field(compare=False, repr=False)
    args: tuple = field(default=(), compare=False)
    kwargs: dict = field(default_factory=dict, compare=False)
    hooks: list[Hook[str]] = field(default_factory=list, compare=False, repr=False)

    def run(self) -> R:
        result = self.fn(*self.args, **self.kwargs)
        for h in self.hooks:
            h(f"{self.name} -> {result!r}")
        return result


def timed(label: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            out = fn(*args, **kwargs)
            LOG.append(f"[{label}] {fn.__name__}")
            return out
        return inner
    return deco


def with_prefix(fn: Middleware[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn("job", *args, **kwargs)
    return inner


LOG: list[str] = []


@timed("math")
def add(a: int, b: int) -> int:
    return a + b


@timed("text")
def shout(word: str, times: int = 1) -> str:
    return "!".join([word.upper()] * times)


@with_prefix
def tag(prefix: str, n: int) -> str:
    return f"{prefix}-{n:03d}"


class Scheduler:
    def __init__(self) -> None:
        self.queue: list[Job] = []

    def submit(self, priority: int, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> Job[P, R]:
        job = Job(priority, fn.__name__, fn, args, kwargs, [LOG.append])
        self.queue.append(job)
        return job

    def drain(self) -> Iterator[tuple[str, object]]:
        for job in sorted(self.queue, reverse=True):
            yield job.name, job.run()
        self.queue.clear()


s = Scheduler()
s.submit(1, add, 2, 3)
s.submit(5, shout, "hey", times=3)
s.submit(3, tag, 7)
s.submit(3, lambda: None)
for name, result in s.drain():
    print(f"{name:10} {result!r}")
for line in LOG:
    print("  log:", line)

print(get_type_hints(Scheduler.submit))
print(get_type_hints(Job)["fn"], get_type_hints(Job)["hooks"])
print(Job[[int], str], Job[[int], str].__args__, Job.__parameters__)
print(get_type_hints(with_prefix))


class Bad:
    pass


try:
    @dataclass
    class Config:
        retries: int = 3
        cache: object = Bad.__new__(type("Unhashable", (), {"__hash__": None}))
except ValueError as e:
    print("ValueError:", str(e).replace("__main__.", ""))
try:
    @dataclass
    class Config2:
        seen: set[str] = set()
except ValueError as e:
    print("ValueError:", e)
