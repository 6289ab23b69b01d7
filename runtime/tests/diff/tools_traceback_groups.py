# traceback: exception groups drawn as nested boxes, width and depth limits.
import os, sys, traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def g():
    try:
        f()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, KeyError("k"), ExceptionGroup("inner", [OSError("x")])])
try:
    g()
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "F").replace(HERE, ""))
    print("".join(traceback.TracebackException.from_exception(e, max_group_width=1).format()).replace(__file__, "F").replace(HERE, ""))
    print("".join(traceback.TracebackException.from_exception(e, max_group_depth=1).format()).replace(__file__, "F").replace(HERE, ""))
print(traceback.format_exception_only(ExceptionGroup("x", [ValueError()])))
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError("v")])
except BaseExceptionGroup as e:
    print(traceback.format_exc().replace(__file__, "F").replace(HERE, ""))
