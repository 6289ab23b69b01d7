# Custom exception classes: args, str/repr, attributes, hierarchy, __init__ overrides.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
class Detailed(AppError):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("k1"), Detailed(404, "missing"), NoSuper(1, 2)]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
try:
    raise NotFound("user:42")
except AppError as e:
    print("caught as AppError:", e, e.key, isinstance(e, NotFound))
def risky(n):
    if n == 0:
        raise NotFound("zero")
    if n == 1:
        raise Detailed(500, "server")
    if n == 2:
        raise AppError("generic")
    return "fine"
for n in range(4):
    try:
        print(risky(n))
    except NotFound as e:
        print("NotFound", e.key)
    except Detailed as e:
        print("Detailed", e.code, e)
    except AppError as e:
        print("AppError", e)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
print([c.__name__ for c in NotFound.__mro__])
e = AppError("x")
e.extra = "attribute"
print(e.extra, e.args)
e.args = ("changed", 1)
print(e, repr(e))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("ignored")), str(WithRepr("shown")))
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("m")
except KeyError as e:
    print("Multi caught as KeyError", repr(e), str(e))
print(str(KeyError("k")), str(KeyError("k", "v")), str(KeyError()), repr(KeyError("k")))
print(str(Exception(None)), str(Exception("")), repr(Exception("")), str(Exception(1, None)))
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err), err.args)
print(str(UnicodeError("u")), repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("m").code, SystemExit(1, 2).code)
ke = KeyboardInterrupt()
print(isinstance(ke, Exception), isinstance(ke, BaseException))
class Base(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.kw = kwargs
b = Base("a", flag=True)
print(b.args, b.kw)
try:
    raise Base
except Base as e:
    print("raised class instantiated:", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise object
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        pass
    except NotExc:
        pass
    print("except clause with non-exception class is fine if not evaluated")
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError", e)
