import traceback, sys
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(h())
e = ValueError("base msg")
e.add_note("note one"); e.add_note("note two")
print(e.__notes__, str(e), repr(e))
try:
    raise e
except ValueError as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
try:
    try:
        raise KeyError("inner")
    except KeyError as ke:
        raise RuntimeError("outer") from ke
except RuntimeError as re_:
    print(repr(re_.__cause__), re_.__suppress_context__, repr(re_.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("ctx")
except TypeError as te:
    print(repr(te.__context__), te.__cause__, te.__suppress_context__)
try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* (TypeError, KeyError) as eg:
    print("others:", [repr(x) for x in eg.exceptions], eg.message)
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(eg.subgroup(lambda x: isinstance(x, TypeError)), len(eg.exceptions), str(eg))
try: ExceptionGroup("x", [])
except ValueError as e: print(e)
try: ExceptionGroup("x", [1])
except ValueError as e: print(e)
print(type(ExceptionGroup("x", [KeyboardInterrupt()])).__name__ if False else BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__, BaseExceptionGroup("y", [ValueError()]).__class__.__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try: raise AppError(404, "not found")
except AppError as a: print(a, a.code, a.args, repr(a))
class Quiet(Exception):
    def __str__(self): return "quiet!"
    def __repr__(self): return "Quiet()"
print(str(Quiet("x")), repr(Quiet("x")), f"{Quiet()}", Quiet().args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), str(OSError(2, "nf")), repr(OSError(2, "nf")))
print(str(OSError(2, "nf", "/f")), OSError(2, "x").errno, FileNotFoundError(2, "x").strerror, isinstance(OSError(2, "x"), FileNotFoundError))
print(repr(StopIteration(5)), StopIteration(5).value, repr(SyntaxError("bad", ("f.py", 1, 2, "x y"))), str(UnicodeError("u")))
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
it = gen(); print(next(it)); it.close(); print(it.close())
def gen2():
    x = yield "ready"
    while True:
        try:
            x = yield f"got {x}"
        except ValueError as ve:
            x = yield f"handled {ve}"
g2 = gen2(); print(next(g2), g2.send(1), g2.throw(ValueError("oops")), g2.send(3))
def gen3():
    yield 1
    return "result"
def deleg():
    r = yield from gen3()
    print("sub returned", r)
    yield r
print(list(deleg()))
def bad():
    yield 1
    raise StopIteration("x")
try: list(bad())
except RuntimeError as e: print("RuntimeError:", e)
try: raise ValueError("a") from 5
except TypeError as e: print("TypeError:", e)
try: raise 5
except TypeError as e: print("TypeError:", e)
try:
    try: raise ValueError
    finally: print("inner finally")
except ValueError as e: print("caught", repr(e))
print(sys.exc_info()[0])
try: raise IndexError("q")
except IndexError: print(sys.exc_info()[0].__name__, sys.exception() if hasattr(sys, "exception") else "")
