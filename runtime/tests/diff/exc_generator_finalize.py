# A suspended generator or coroutine whose last reference goes is closed: its finally
# blocks and GeneratorExit handlers run (errors there are unraisable, on stderr).
import sys


def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag, type(sys.exc_info()[1]).__name__)


x = g("del"); next(x)
del x
print("after del")

for v in g("break"):
    print("got", v)
    break
print("after break")


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


c = catcher(); next(c)
c = None
print("after rebinding")


def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2


i = ignorer(); next(i)
del i
print("after ignorer")


def outer():
    yield from g("delegate")


o = outer(); next(o)
del o
print("after outer")


def not_started():
    try:
        yield 1
    finally:
        print("never printed")


n = not_started()
del n


def no_handler():
    yield 1
    print("never printed either")


h = no_handler(); next(h)
del h


async def coro():
    try:
        await Aw()
    finally:
        print("coroutine finally")


class Aw:
    def __await__(self):
        yield "step"


co = coro()
print(co.send(None))
del co
print("end")
