# A shutdown request modelled as a KeyboardInterrupt subclass from a generated class
# whose __module__ is not a str: CPython exits 1 (only KeyboardInterrupt itself gives
# the signal status) and names the class <unknown>.StopRequested.
import sys


def make_stop():
    ns = {"__module__": None, "__doc__": "raised to stop the worker"}
    return type("StopRequested", (KeyboardInterrupt,), ns)


StopRequested = make_stop()


class Worker:
    def __init__(self, limit):
        self.limit = limit
        self.done = []

    def step(self, n):
        if n >= self.limit:
            raise StopRequested(f"limit {self.limit} reached at item {n}")
        self.done.append(n * n)

    def run(self, items):
        for n in items:
            self.step(n)


w = Worker(3)
print("starting", file=sys.stderr)
w.run(range(10))
