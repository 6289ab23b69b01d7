"""Coroutines: a recursive Fibonacci written as "async def" functions
that await each other, driven by a single coro.send(None) with no event
loop at all.  Measures coroutine creation, await and return."""

import harness

N = 25


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run_once(n=N):
    coro = fib(n)
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended without an event loop")


def check(result):
    harness.expect(result, 75025, "fib(25)")


if __name__ == "__main__":
    harness.main("coroutines", run_once, check=check)
