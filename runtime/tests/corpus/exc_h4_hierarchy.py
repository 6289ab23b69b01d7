class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"

class ConfigError(AppError):
    pass

class ValidationError(AppError, ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}", code=22)
        self.field = field

def load(cfg):
    if "name" not in cfg:
        raise ConfigError("missing name", 2)
    if not isinstance(cfg["name"], str):
        raise ValidationError("name", "must be str")
    return cfg["name"]

for cfg in [{}, {"name": 5}, {"name": "ok"}]:
    try:
        print("loaded", load(cfg))
    except ValueError as e:
        print("ValueError caught:", e, repr(e), e.args, e.field, e.code)
    except AppError as e:
        print("AppError caught:", e, type(e).__name__, e.args)
    else:
        print("no error")
    finally:
        print("finally")

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad int {s!r}") from e

try:
    parse("x")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| context same:", e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))

errors = [ZeroDivisionError("division by zero"), KeyError("k"), KeyError(), IndexError("list index out of range"),
          OSError(2, "No such file"), UnicodeError("u"), StopIteration(5), SystemExit(3), KeyboardInterrupt(),
          Exception("a", "b"), Exception(), ValueError(("t",)), AttributeError("x", "y")]
for e in errors:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(OSError(2, "nf").errno, OSError(2, "nf").strerror, str(FileNotFoundError(2, "No such file", "f.txt")))
print(issubclass(FileNotFoundError, OSError), isinstance(OSError(2, "x"), FileNotFoundError), type(OSError(2, "x")).__name__)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, KeyError("k").args)

def risky(n):
    results = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i % 3 == 1:
                continue
            results.append(i)
        except ValueError as e:
            results.append(-e.args[0])
        finally:
            results.append("f")
    return results
print(risky(5))

def ret_in_finally():
    try:
        return "try"
    finally:
        print("cleanup")
print(ret_in_finally())

eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types:", [str(x) for x in g.exceptions])
m, rest = eg.split(ValueError)
print(m, rest, eg.subgroup(lambda e: "2" in str(e)))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except (TypeError, ValueError) as e:
    print(e)
print(type(ExceptionGroup("x", [KeyboardInterrupt()]) if False else BaseExceptionGroup("x", [ValueError()])).__name__)
e = ValueError("note me")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e))
class Retry(Exception):
    pass
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except Retry as r:
        print("retrying:", r)
try:
    raise AppError("custom", code=7)
except Exception as e:
    print(f"{e!s} / {e!r} / {e.args}")
print(repr(AppError("m")), repr(ValidationError("f", "bad")))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    [1].index(2)
except ValueError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e, e.name)
