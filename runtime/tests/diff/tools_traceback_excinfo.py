# sys.exc_info() carries the traceback of the exception being handled.
import sys


def fail(n):
    if n == 0:
        raise ValueError("deep")
    fail(n - 1)


try:
    fail(2)
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
print(sys.exc_info())
try:
    {}["k"]
except KeyError:
    print(sys.exc_info()[2].tb_lineno, sys.exc_info()[2].tb_next)
