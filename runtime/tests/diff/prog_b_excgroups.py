"""Batch validation with exception groups, except*, chaining, notes and context managers."""
import contextlib
import traceback


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(ValidationError):
    pass


class BadValue(ValidationError):
    pass


def validate(record):
    errors = []
    for name in ("id", "email", "age"):
        if name not in record:
            errors.append(MissingField(name, "required"))
    if "email" in record and "@" not in record["email"]:
        errors.append(BadValue("email", f"{record['email']!r} has no @"))
    if "age" in record:
        try:
            age = int(record["age"])
        except ValueError as e:
            err = BadValue("age", "not a number")
            err.__cause__ = e
            errors.append(err)
        else:
            if not 0 <= age < 150:
                errors.append(BadValue("age", f"{age} out of range"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id', '?')}", errors)
    return record


def validate_all(records):
    problems = []
    good = []
    for rec in records:
        try:
            good.append(validate(rec))
        except ExceptionGroup as eg:
            problems.append(eg)
    if problems:
        raise ExceptionGroup("batch failed", problems)
    return good


records = [
    {"id": 1, "email": "a@x.org", "age": "31"},
    {"id": 2, "email": "bogus", "age": "abc"},
    {"email": "c@x.org"},
    {"id": 4, "email": "d@x.org", "age": "200"},
]

try:
    validate_all(records)
except* MissingField as eg:
    print("missing:", [str(e) for e in eg.exceptions[0].exceptions], "from", eg.exceptions[0].message)
except* BadValue as eg:
    print("bad values group:", eg.message, len(eg.exceptions))
    for sub in eg.exceptions:
        print("  ", sub.message, [str(e) for e in sub.exceptions])


def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            yield from leaves(e)
    else:
        yield exc


try:
    validate_all(records)
except ExceptionGroup as eg:
    print(repr(eg)[:60], "...")
    print("all leaves:", [f"{type(e).__name__}({e.field})" for e in leaves(eg)])
    missing, rest = eg.split(MissingField)
    print("split:", len(list(leaves(missing))), len(list(leaves(rest))))
    causes = [repr(e.__cause__) for e in leaves(eg) if e.__cause__]
    print("causes:", causes)
    only_age = eg.subgroup(lambda e: getattr(e, "field", None) == "age")
    print("age only:", [str(e) for e in leaves(only_age)])
    print("structure kept:", [g.message for g in only_age.exceptions])
    print(eg.subgroup(lambda e: False), eg.subgroup(lambda e: True) is eg)

try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError(2, "gone"), ValueError("v")])
    except* KeyError as eg:
        print("caught keys", eg.exceptions)
    except* OSError as eg:
        print("caught os", [e.errno for e in eg.exceptions])
except ExceptionGroup as rest:
    print("escaped:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, repr(eg.exceptions[0]), eg.message == "")

try:
    try:
        raise ExceptionGroup("inner", [TypeError("t")])
    except* TypeError:
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print("handler raise:", repr(eg.exceptions[0]), repr(eg.exceptions[0].__context__))

base = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(base).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
for bad_args in [("x", []), ("x", None), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad_args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Transaction(contextlib.AbstractContextManager):
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, etype, exc, tb):
        self.log.append("rollback" if etype else "commit")
        print(f"  {self.name}: {self.log}", etype.__name__ if etype else "")
        return etype is not None and issubclass(etype, LookupError)


with Transaction("t1"):
    pass
with Transaction("t2"):
    {}["missing"]
try:
    with Transaction("t3"):
        1 / 0
except ZeroDivisionError as e:
    print("t3 propagated:", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed ok")
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "  exit callback", n)
    print("  inside stack")


@contextlib.contextmanager
def tagged(tag):
    print(f"  <{tag}>")
    try:
        yield tag.upper()
    except ValueError as e:
        print(f"  {tag} swallowed {e!r}")
    finally:
        print(f"  </{tag}>")


with tagged("a") as t:
    print("  got", t)
with tagged("b"):
    raise ValueError("inside b")

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    try:
        int("x")
    except ValueError as exc:
        raise KeyError("lookup") from exc
except KeyError as exc:
    print(repr(exc), "cause:", repr(exc.__cause__), "suppress:", exc.__suppress_context__)
    print("".join(traceback.format_exception_only(type(exc), exc)), end="")
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
