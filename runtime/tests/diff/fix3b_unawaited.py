# A coroutine that is freed without ever running: CPython's RuntimeWarning, through the
# warnings machinery (filters, catch_warnings, error) and only once.
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


class Out:
    """stderr, shown on stdout without this folder's path."""

    def write(self, s):
        sys.stdout.write(s.replace(HERE, "<dir>"))

    def flush(self):
        pass


sys.stderr = Out()


async def fetch(n):
    return n * 2


def forget():
    fetch(1)
    print("after forgetting")


forget()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fetch(2)
    print(len(caught), caught[0].category.__name__, caught[0].message)
    print(caught[0].source is not None, caught[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    fetch(3)
    print("ignored")

c = fetch(4)
c.close()
print("closed first: no warning")

c = fetch(5)
try:
    c.send(None)
except StopIteration as e:
    print("ran:", e.value)
del c


class Holder:
    pass


h = Holder()
h.coro = fetch(6)
del h
print("end")
