# Validity checks in `except` clauses and class patterns of `match`.


class Config:
    __match_args__ = ("host", "port")

    def __init__(self, host, port, debug=False):
        self.host, self.port, self.debug = host, port, debug


class Box:
    def __init__(self, v):
        self.v = v


def describe(obj):
    match obj:
        case Config(h, port=p):
            return f"config {h}:{p}"
        case Box(v=Box(v=inner)):
            return f"nested box {inner}"
        case Box(v=v):
            return f"box {v}"
        case _:
            return "other"


def duplicate(obj):
    match obj:
        case Config(h, host=h2):
            return ("dup", h, h2)
        case _:
            return "no match"


def duplicate_second(obj):
    match obj:
        case Config(h, p, port=q):
            return ("dup2", h, p, q)
        case _:
            return "no match"


def not_a_class(obj, pat):
    match obj:
        case pat():
            return "matched"
    return "fell through"


def attempt(label, f, *args):
    try:
        print(label, "->", f(*args))
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("describe config", describe, Config("h", 80))
attempt("describe boxes", describe, Box(Box(3)))
attempt("describe box", describe, Box(4))
attempt("dup on config", duplicate, Config("a", 1))
attempt("dup on box", duplicate, Box(1))
attempt("dup second", duplicate_second, Config("a", 1))
attempt("dup second other", duplicate_second, 42)
attempt("len pattern", not_a_class, 3, len)
attempt("instance pattern", not_a_class, 3, Box(1))
attempt("str pattern", not_a_class, "s", "abc")
attempt("type pattern", not_a_class, 3, int)


def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return {}["missing"]
    if kind == 2:
        raise ValueError("bad value")
    return "fine"


def guarded(kind, handlers):
    try:
        try:
            return risky(kind)
        except handlers:
            return f"caught by {handlers!r}"
    except TypeError as e:
        return f"TypeError: {e}"
    except Exception as e:
        return f"escaped {type(e).__name__}"


good = (ZeroDivisionError, KeyError)
bad_tail = (ZeroDivisionError, 5)
bad_head = ("oops", KeyError)
nested = (ValueError, (KeyError,))
for kind in range(4):
    print(kind, guarded(kind, good))
    print(kind, guarded(kind, bad_tail))
    print(kind, guarded(kind, bad_head))
    print(kind, guarded(kind, nested))
    print(kind, guarded(kind, ()))
    print(kind, guarded(kind, int))


class NotExc:
    pass


print(guarded(0, (ArithmeticError, NotExc)))
print(guarded(2, (LookupError, Exception)))
