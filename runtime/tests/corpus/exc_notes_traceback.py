# add_note, __notes__, __traceback__ basics, with_traceback.
try:
    raise ValueError("with notes")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__, str(e))
try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError", e)
e = KeyError("fresh")
print(hasattr(e, "__notes__"), e.__traceback__)
def thrower():
    raise RuntimeError("from thrower")
try:
    thrower()
except RuntimeError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("traceback depth", depth)
    print(type(e.__traceback__).__name__)
def lines():
    try:
        x = 1
        y = 0
        return x / y
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_lineno
print("error at line", lines())
try:
    try:
        raise ValueError("original")
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e2:
    print("with_traceback returned the same object:", e2.args)
e = ValueError("notes in group")
e.add_note("n")
eg = ExceptionGroup("g", [e])
print(eg.exceptions[0].__notes__)
class Noted(Exception):
    pass
try:
    try:
        raise Noted("inner")
    except Noted as n:
        n.add_note("context: processing item 3")
        raise
except Noted as n:
    print(n, n.__notes__)
def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        try:
            value = record[field]
            if field == "age" and not isinstance(value, int):
                raise TypeError(f"age must be int, got {type(value).__name__}")
            if field == "email" and "@" not in value:
                raise ValueError(f"bad email {value!r}")
        except (KeyError, TypeError, ValueError) as e:
            e.add_note(f"while validating field {field!r} of record {record.get('name', '?')!r}")
            errors.append(e)
    return errors
records = [{"name": "ann", "age": 30, "email": "ann@x"}, {"name": "bob", "age": "old", "email": "bob"}, {"age": 3}]
for r in records:
    errs = validate(r)
    print(r.get("name"), len(errs))
    for e in errs:
        print("  ", type(e).__name__, e, e.__notes__)
def traceback_depth(e):
    tb, n = e.__traceback__, 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n
def a(): b()
def b(): c()
def c(): raise LookupError("deep")
try:
    a()
except LookupError as e:
    print("depth from a:", traceback_depth(e))
try:
    c()
except LookupError as e:
    print("depth from c:", traceback_depth(e))
