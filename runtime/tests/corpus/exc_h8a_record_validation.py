import re
import traceback
from datetime import date

class ValidationError(Exception):
    def __init__(self, field, msg, value=None):
        super().__init__(f"{field}: {msg}")
        self.field = field
        self.value = value

class RecordError(Exception):
    pass

RULES = {
    "email": (re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"), "invalid email"),
    "phone": (re.compile(r"^\+?\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}$"), "invalid phone"),
    "zip": (re.compile(r"^\d{5}(-\d{4})?$"), "invalid zip"),
}

def check_field(name, value):
    if name in RULES:
        rx, msg = RULES[name]
        if not rx.match(value):
            raise ValidationError(name, msg, value)
    elif name == "age":
        try:
            n = int(value)
        except ValueError as e:
            raise ValidationError(name, "not a number", value) from e
        if not 0 < n < 150:
            raise ValidationError(name, f"out of range ({n})", value)
    elif name == "born":
        try:
            d = date.fromisoformat(value)
        except ValueError as e:
            raise ValidationError(name, str(e), value) from None
        if d > date(2024, 1, 1):
            raise ValidationError(name, "in the future", value)
    return value

def validate(record):
    errors = []
    for k, v in record.items():
        try:
            check_field(k, v)
        except ValidationError as e:
            e.add_note(f"record id={record.get('id', '?')}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} invalid field(s)", errors)
    return record

RECORDS = [
    {"id": "1", "email": "ann@example.com", "phone": "+1 555 123 4567", "zip": "12345", "age": "34", "born": "1990-02-03"},
    {"id": "2", "email": "bob@@example", "phone": "12", "zip": "1234", "age": "abc", "born": "1990-02-30"},
    {"id": "3", "email": "c.d+tag@mail.co.uk", "phone": "020 7946 0958", "zip": "98765-4321", "age": "200", "born": "2030-01-01"},
    {"id": "4", "email": "x@y.z", "age": "-1"},
]
for rec in RECORDS:
    try:
        validate(rec)
        print(f"record {rec['id']}: ok")
    except* ValidationError as eg:
        print(f"record {rec['id']}: {eg.message}")
        for e in eg.exceptions:
            cause = type(e.__cause__).__name__ if e.__cause__ else None
            print(f"   - {e} (value={e.value!r}, cause={cause}, suppress={e.__suppress_context__}, notes={e.__notes__})")

def load(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            name, qty = row.split(",")
            out.append((name.strip(), int(qty)))
        except ValueError as e:
            raise RecordError(f"row {i}: {row!r}") from e
    return out

for rows in (["a, 1", "b, 2"], ["a, 1", "b"], ["a, x"]):
    try:
        print(load(rows))
    except RecordError as e:
        print("RecordError:", e, "| caused by", type(e.__cause__).__name__ + ":", e.__cause__)
        print("   ", traceback.format_exception_only(type(e), e)[-1].strip())

try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
    lines = traceback.format_exception(type(e), e, None)
    print([l.strip() for l in lines if not l.startswith("  ")])

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print([str(x) for x in eg.exceptions], str(eg), len(eg.exceptions))
try:
    raise eg
except* TypeError as g:
    print("caught types:", [repr(x) for x in g.exceptions])
except* (ValueError, KeyError) as g:
    print("caught vk:", repr(g))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
e = ValueError("base")
e.add_note("note 1")
e.add_note("note 2")
print(traceback.format_exception_only(ValueError, e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
for exc in [KeyError("k"), KeyError("k", "v"), OSError(2, "No such file"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), StopIteration(5), SystemExit(3)]:
    print(f"{type(exc).__name__:<20} str={str(exc)!r:<45} args={exc.args!r}")
