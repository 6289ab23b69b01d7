# At exit, live weakref.finalize callbacks run (newest first, after later atexit callbacks,
# skipping those whose atexit is false), then __main__'s globals are freed in dict order,
# so __del__ methods of objects they alone hold run and print.
import atexit
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


class Holder:
    pass


atexit.register(print, "atexit registered first")
first = Res("first")
_private = Res("underscore")
many = [Res("in list %d" % i) for i in range(2)]
h = Holder()
h.res = Res("attribute")


def func():
    pass


func.res = Res("function attribute")
n1, n2, n3 = Holder(), Holder(), Holder()
weakref.finalize(n1, print, "finalize one")
skipped = weakref.finalize(n2, print, "never printed")
skipped.atexit = False
weakref.finalize(n3, print, "finalize three", "with args", sep=" / ")
atexit.register(print, "atexit registered last")
print(skipped.atexit, weakref.finalize(Holder(), print, "died at once").alive)
registry = {"open": 2}


class Logger:
    # Uses a global defined before the instance: still there when __del__ runs.
    def __del__(self):
        print("logger sees registry", registry)


def gen():
    try:
        yield 1
    finally:
        print("generator finally")


running = gen()
next(running)
logger = Logger()
temp = Res("deleted early")
del temp
print("main body done")
