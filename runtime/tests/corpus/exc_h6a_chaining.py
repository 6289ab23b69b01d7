# Exception chaining, context, re-raise, finally ordering, custom exceptions.
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.msg}"

class ConfigError(AppError):
    pass

class NoArgs(Exception):
    pass

def parse(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"bad int {value!r}", 2) from e

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ConfigError as e:
            print("caught:", repr(e), str(e), e.args)
            print("  cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
            print("  context is cause:", e.__context__ is e.__cause__)
    return out

print(load(["1", "x", "3", "4.5"]))

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None

try:
    suppressed()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

log = []
def steps(n):
    try:
        log.append("try")
        if n == 0:
            raise NoArgs()
        if n == 1:
            return "early"
        log.append("body-end")
    except NoArgs as e:
        log.append(f"except {e!r}")
        return "from-except"
    else:
        log.append("else")
        return "from-else"
    finally:
        log.append("finally")

for n in range(3):
    log.clear()
    r = steps(n)
    print(n, r, log)

def finally_overrides():
    try:
        return 1
    finally:
        return 2

def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "done"

print(finally_overrides(), finally_swallows())

def reraise():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            print("handling inner")
            raise
    except TypeError as e:
        print("outer got", repr(e))
        e.add_note("note 1") if hasattr(e, "add_note") else None
        return e

e = reraise()
print(getattr(e, "__notes__", None))

def nested_context():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise AttributeError("c")

try:
    nested_context()
except AttributeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

# exception variable is cleared after except block
try:
    raise ValueError("gone")
except ValueError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError", ne)

# args / str / repr for builtins
for exc in [ValueError(), ValueError("x"), ValueError("x", 1), KeyError("k"), KeyError(), OSError(2, "No such file"), StopIteration(5), SystemExit(3), AppError("m", 7)]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "nf").errno, OSError(2, "nf").strerror)
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1:3], isinstance(KeyError(), LookupError))

# with traceback manipulation
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_frame.f_code.co_name if tb else None, e.with_traceback(None) is e)

# exception in except handler of generator's finally
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

g = gen()
print(next(g))
g.close()
print("closed")
try:
    raise Exception("base") from ValueError("v")
except Exception as e:
    print(repr(e.__cause__), e.__cause__.__traceback__)
