# Exception objects: raising non-exceptions, bad causes, args/str/repr of builtin and custom
# exceptions, sys.exc_info in nested handlers, __cause__/__context__ assignment.
import sys
def t(label, fn):
    try:
        print(label, "ok", fn())
    except BaseException as e:
        print(label, type(e).__name__, e)
def r(x):
    raise x
t("raise int", lambda: r(5))
t("raise class needing args", lambda: r(UnicodeDecodeError))
class Needs(Exception):
    def __init__(self, a, b):
        pass
t("raise needs", lambda: r(Needs))
def cause():
    raise ValueError("v") from 5
t("from int", cause)
def cause_cls():
    raise ValueError("v") from KeyError
try:
    cause_cls()
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
def catch_bad():
    try:
        raise ValueError
    except 5:
        pass
t("except int", catch_bad)
def catch_tuple_bad():
    try:
        raise ValueError
    except (KeyError, "x"):
        pass
t("except tuple", catch_tuple_bad)
def reraise():
    raise
t("bare raise", reraise)
class NoSuper(Exception):
    def __init__(self, msg, code):
        self.code = code
e = NoSuper("m", 3)
print(repr(e), str(e), e.args, e.code)
class Partial(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
p = Partial("m", 3)
print(repr(p), str(p), p.args)
p.args = ("new", 1)
print(repr(p), str(p))
p.args = ["list"]
print(p.args, str(p))
try:
    raise ValueError("first")
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    try:
        raise KeyError("second")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit with", sys.exc_info()[0].__name__)
        raise
g = gen(); next(g); g.close()
e = ValueError("tb")
print(e.__traceback__, e.with_traceback(None).__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError", err)
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__context__ = None
try:
    e.__traceback__ = 5
except TypeError as err:
    print("TypeError", err)
print(BaseException("a", "b").__str__(), BaseException().__repr__(), Exception(None).args, str(Exception(None)), repr(Exception("x",)))
print(str(KeyError("a\nb")), str(KeyError()), str(KeyError(None)), repr(KeyError("x", 1)), str(IndexError(3)))
print(repr(SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 3))), str(SyntaxError("bad", ("f.py", 1, 2, "x = "))), str(SyntaxError("only")))
print(repr(OSError(2, "nf", "file")), str(OSError(2, "nf", "a", 0, "b")), OSError(2, "x").filename, OSError("a", "b", "c", "d", "e", "f").args)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "bad")), str(UnicodeTranslateError("é", 0, 1, "bad")))
class MyErr(Exception):
    def __str__(self):
        return f"MyErr({len(self.args)})"
print(str(MyErr(1, 2)), repr(MyErr(1, 2)), f"{MyErr()}", "%s" % MyErr(1))
try:
    try:
        raise ValueError("inner")
    finally:
        print("in finally", sys.exc_info()[0].__name__)
except ValueError:
    pass
def ctx():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("v")
        except ValueError as ve:
            return ve
v = ctx()
print(repr(v.__context__), v.__context__.__context__)
try:
    raise TypeError("a") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
exc = StopIteration(1)
print(exc.value, StopIteration().value, StopAsyncIteration().args, SystemExit().code, SystemExit(1, 2).code, KeyboardInterrupt().args)
print(GeneratorExit.__bases__, StopIteration.__bases__, KeyboardInterrupt.__bases__, Warning.__bases__, UserWarning.__mro__[:3])
