# with_traceback(None) and __traceback__ assignment replace the entries a re-raise extends.
import sys


def f():
    raise ValueError("orig")


def g():
    try:
        f()
    except ValueError as e:
        raise e


def h():
    try:
        g()
    except ValueError as e:
        saved = e.__traceback__
        e.__traceback__ = saved.tb_next
        print(e.__traceback__.tb_frame.f_code.co_name, file=sys.stderr)
        try:
            e.__traceback__ = 5
        except TypeError as t:
            print(t, file=sys.stderr)
        raise e.with_traceback(None)


h()
