"""Batch validation with ExceptionGroup, except* and notes."""
import traceback


class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg

    def __str__(self):
        return f"{self.field}: {self.msg}"


class MissingField(ValidationError):
    pass


def validate(record):
    errors = []
    for key in ("id", "name", "email"):
        if key not in record:
            errors.append(MissingField(key, "required"))
    if "email" in record and "@" not in record["email"]:
        e = ValidationError("email", "invalid address")
        e.add_note(f"value was {record['email']!r}")
        errors.append(e)
    if "age" in record:
        try:
            age = int(record["age"])
            if age < 0:
                raise ValueError("negative age")
        except ValueError as exc:
            exc.add_note("while parsing age")
            errors.append(exc)
    if errors:
        raise ExceptionGroup(f"record {record.get('id', '?')} invalid", errors)
    return record


records = [
    {"id": 1, "name": "a", "email": "a@x"},
    {"id": 2, "name": "b", "email": "bx"},
    {"name": "c"},
    {"id": 4, "name": "d", "email": "d@x", "age": "old"},
    {"id": 5, "name": "e", "email": "e", "age": "-3"},
]

for rec in records:
    try:
        validate(rec)
        print("valid", rec["id"])
    except* MissingField as eg:
        print("missing:", [str(e) for e in eg.exceptions], "| group msg:", eg.message)
    except* ValidationError as eg:
        for e in eg.exceptions:
            print("invalid:", e, e.__notes__)
    except* ValueError as eg:
        for e in eg.exceptions:
            print("value:", e, getattr(e, "__notes__", None))

# nested groups, split and subgroup
eg = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    KeyError("k"),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
print(eg.subgroup(OSError))
print(len(eg.exceptions), str(eg))

def leaves(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)])

# except* with unhandled remainder re-raised
try:
    try:
        raise eg
    except* ValueError as g:
        print("handled ValueErrors:", [str(e) for e in leaves(g)])
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))

# raising in except* block
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("converted")
except ExceptionGroup as outer:
    print("outer:", repr(outer))
    for e in outer.exceptions:
        print("  ", repr(e), repr(e.__context__))

# naked exception caught by except*
try:
    raise KeyError("solo")
except* KeyError as g:
    print("wrapped:", repr(g), type(g).__name__)

# BaseExceptionGroup vs ExceptionGroup
bg = BaseExceptionGroup("b", [ValueError(1)])
print(type(bg).__name__)
bg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg2).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
for args in [("m", []), ("m", None), (1, [ValueError()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# derive preserves subclass
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)

mg = MyGroup("mine", [ValueError("a"), TypeError("b")])
a, b = mg.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)

# notes in formatted output
err = ValueError("base problem")
err.add_note("first note")
err.add_note("second note")
print("".join(traceback.format_exception_only(type(err), err)), end="")
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)

# format_exception of a group (no traceback)
g = ExceptionGroup("many", [ValueError("x"), ExceptionGroup("sub", [KeyError("y")])])
print("".join(traceback.format_exception(g)), end="")

# exception with traceback, formatted
def fail(n):
    if n == 0:
        raise ZeroDivisionError("depth reached")
    fail(n - 1)

try:
    fail(2)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    print(lines[-1], end="")
    tb = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.line) for fs in tb])

# chained exceptions formatted
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("wrapped") from e
except LookupError as e:
    text = "".join(traceback.format_exception(e))
    print(text.count("Traceback"), "direct cause of" in text)
    print(repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("z")
except ValueError as e:
    text = "".join(traceback.format_exception(e))
    print("During handling" in text, repr(e.__context__))
