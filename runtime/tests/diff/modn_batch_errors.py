"""Batch job processor: ExitStack resources, exception groups and except*."""
from __future__ import annotations

import contextlib
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext
from dataclasses import dataclass, field
from typing import Iterator, Self, Callable


class ValidationError(ValueError):
    def __init__(self, job: str, msg: str) -> None:
        super().__init__(f"{job}: {msg}")
        self.job = job


class RemoteError(ConnectionError):
    pass


class QuotaError(RuntimeError):
    pass


LOG: list[str] = []


@dataclass
class Channel:
    name: str
    sent: list[str] = field(default_factory=list)
    closed: bool = False

    def __enter__(self) -> Self:
        LOG.append(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb) -> bool:
        self.closed = True
        LOG.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

    def close(self) -> None:
        LOG.append(f"closing() {self.name}")


@contextmanager
def transaction(name: str) -> Iterator[list[str]]:
    ops: list[str] = []
    LOG.append(f"begin {name}")
    try:
        yield ops
    except* ValidationError as eg:
        LOG.append(f"rollback {name}: {eg.exceptions[0]}")
        raise
    except* RemoteError as eg:
        LOG.append(f"rollback-remote {name}: {len(eg.exceptions)}")
        raise
    else:
        LOG.append(f"commit {name} {ops}")
    finally:
        LOG.append(f"end {name}")


def run_job(job: str, ch: Channel) -> int:
    if job.startswith("bad"):
        raise ValidationError(job, "invalid payload")
    if job.startswith("net"):
        raise RemoteError(f"{job} unreachable")
    if job.startswith("big"):
        raise QuotaError(f"{job} over quota")
    ch.sent.append(job)
    return len(job)


def process(batch: list[str]) -> dict[str, int]:
    results: dict[str, int] = {}
    errors: list[Exception] = []
    with ExitStack() as stack:
        ch = stack.enter_context(Channel("main"))
        stack.callback(LOG.append, "stack callback")
        stack.enter_context(closing(Channel("aux")))
        for job in batch:
            try:
                results[job] = run_job(job, ch)
            except Exception as e:
                e.add_note(f"while processing {job!r}")
                errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} job(s) failed", errors)
    return results


batches = [
    ["a", "bb", "ccc"],
    ["a", "bad1", "net1", "bb", "net2"],
    ["big1", "bad2"],
    ["net3"],
]
for i, batch in enumerate(batches):
    LOG.clear()
    print(f"--- batch {i}")
    try:
        try:
            print("results", process(batch))
        except* ValidationError as eg:
            print("validation:", [str(e) for e in eg.exceptions], eg.message)
        except* RemoteError as eg:
            print("remote:", [e.args[0] for e in eg.exceptions])
            for e in eg.exceptions:
                print("   notes:", e.__notes__)
    except ExceptionGroup as outer:
        print("unhandled:", repr(outer), [type(e).__name__ for e in outer.exceptions])
    for line in LOG:
        print("  log:", line)

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match_, rest = eg.split(ValueError)
print(repr(match_))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
print(eg.subgroup(OSError), str(eg), len(eg.exceptions))
try:
    raise ExceptionGroup("base", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
bg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)

for attempt in ("ok", "bad9", "net9"):
    LOG.clear()
    try:
        with transaction(attempt) as ops:
            ops.append("insert")
            run_job(attempt, Channel("t"))
    except* ValidationError as eg:
        print("txn validation", type(eg).__name__, eg.exceptions[0].job)
    except* RemoteError as eg:
        print("txn remote", repr(eg.exceptions[0]))
    print("  ", LOG)

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed ok")
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    print("suppress partial:", repr(e))
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError("a")])
except ExceptionGroup as e:
    print("3.11 suppress does not split groups:", e.exceptions)
with nullcontext(5) as five:
    print("nullcontext", five)

def raise_in_handler() -> None:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("k")
try:
    raise_in_handler()
except ExceptionGroup as e:
    inner = e.exceptions[0]
    print("wrapped:", repr(e), "context:", repr(inner.__context__))
try:
    try:
        raise TypeError("plain")
    except* TypeError as eg:
        print("plain wrapped:", repr(eg))
except Exception as e:
    print("unexpected", e)
