# sys.unraisablehook receives errors that cannot propagate: from __del__, from a
# generator closed when dropped, from weakref callbacks.
import sys
import weakref

seen = []


def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg,
          type(u.object).__name__, u.exc_traceback is not None)
    seen.append(type(u).__name__)


print(sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = hook


class D:
    def __del__(self):
        raise KeyError("in del")


d = D()
del d


def g():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")


x = g(); next(x)
del x


def k():
    try:
        yield 1
    except GeneratorExit:
        yield 2


z = k(); next(z)
del z


class Obj:
    pass


def cb(ref):
    raise ValueError("in callback")


o = Obj()
r = weakref.ref(o, cb)
del o
print(seen)
sys.unraisablehook = sys.__unraisablehook__
print("end")
