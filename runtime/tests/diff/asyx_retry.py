import asyncio
import functools
import random


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(*, attempts=4, base=0.001, factor=2, retry_on=(TransientError,), jitter=None):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = base
            history = []
            for attempt in range(1, attempts + 1):
                try:
                    result = await fn(*args, **kwargs)
                except retry_on as e:
                    history.append(f"{attempt}:{type(e).__name__}")
                    if attempt == attempts:
                        raise RuntimeError(f"{fn.__name__} gave up after {attempts} attempts "
                                           f"[{', '.join(history)}]") from e
                    wait = delay * (1 + jitter.random() * 0.1) if jitter else delay
                    print(f"  retry {fn.__name__} #{attempt} in {round(wait * 1000, 3)}ms: {e}")
                    await asyncio.sleep(wait)
                    delay *= factor
                else:
                    wrapper.stats[fn.__name__] = attempt
                    return result
        wrapper.stats = {}
        return wrapper
    return decorate


class FlakyService:
    def __init__(self, failures):
        self.failures = list(failures)
        self.calls = 0

    async def call(self, what):
        self.calls += 1
        await asyncio.sleep(0)
        if self.failures:
            kind = self.failures.pop(0)
            if kind == "t":
                raise TransientError(f"{what} transient #{self.calls}")
            if kind == "p":
                raise PermanentError(f"{what} permanent #{self.calls}")
            if kind == "timeout":
                await asyncio.sleep(1)
        return f"{what} ok after {self.calls} calls"


svc_a = FlakyService(["t", "t"])
svc_b = FlakyService(["t", "p"])
svc_c = FlakyService(["t"] * 10)
svc_d = FlakyService(["timeout", "t"])


@retry(attempts=3)
async def fetch_a():
    return await svc_a.call("A")


@retry()
async def fetch_b():
    return await svc_b.call("B")


@retry(attempts=3, base=0.0005, factor=3)
async def fetch_c():
    return await svc_c.call("C")


@retry(attempts=3, retry_on=(TransientError, TimeoutError), jitter=random.Random(7))
async def fetch_d():
    return await asyncio.wait_for(svc_d.call("D"), 0.2)


async def circuit_breaker_demo():
    print("== circuit breaker ==")
    state = {"failures": 0, "open": False}
    svc = FlakyService(["t", "t", "t", None, None])

    async def guarded(i):
        if state["open"]:
            return f"call {i}: short-circuited"
        try:
            r = await svc.call(f"E{i}")
        except TransientError as e:
            state["failures"] += 1
            if state["failures"] >= 3:
                state["open"] = True
            return f"call {i}: failed ({e})"
        state["failures"] = 0
        return f"call {i}: {r}"

    for i in range(5):
        print(" ", await guarded(i))
    state["open"] = False
    print("  half-open ->", await guarded(5))


async def main():
    print("== retries ==")
    print("A:", await fetch_a(), fetch_a.stats)
    try:
        await fetch_b()
    except PermanentError as e:
        print("B permanent:", e)
    try:
        await fetch_c()
    except RuntimeError as e:
        print("C:", e)
        print("   cause:", repr(e.__cause__))
    print("D:", await fetch_d())
    print("names:", fetch_a.__name__, fetch_d.__wrapped__.__name__)
    print("calls:", svc_a.calls, svc_b.calls, svc_c.calls, svc_d.calls)
    await circuit_breaker_demo()

    print("== concurrent retries ==")
    services = [FlakyService(["t"] * k) for k in range(4)]

    @retry(attempts=3)
    async def get(i):
        return await services[i].call(f"S{i}")

    results = await asyncio.gather(*(get(i) for i in range(4)), return_exceptions=True)
    for r in results:
        print(" ", type(r).__name__, r)


asyncio.run(main())
