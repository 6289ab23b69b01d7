# A replaced sys.excepthook gets the uncaught exception; a failing hook is reported
# before the original exception.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, tb.tb_frame.f_code.co_name, file=sys.stderr)
    print("same builtin:", sys.__excepthook__ is not hook, file=sys.stderr)
    raise RuntimeError("hook failed")


sys.excepthook = hook


def f():
    raise ValueError("x")


f()
