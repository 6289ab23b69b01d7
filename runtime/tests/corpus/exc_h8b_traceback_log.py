"""A task runner that logs full tracebacks of failing tasks to stdout."""
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def emit(text):
    """Print traceback text with this folder stripped so output is location-independent."""
    sys.stdout.write(text.replace(HERE, ""))


class Record:
    def __init__(self, **fields):
        self.fields = fields

    def get(self, key):
        return self.fields[key]

    def ratio(self, a, b):
        return self.get(a) / self.get(b)


def load(rows):
    return [Record(**r) for r in rows]


def task_sum(records):
    return sum(r.get("qty") for r in records)


def task_ratio(records):
    return [round(r.ratio("qty", "div"), 2) for r in records]


def task_lookup(records):
    index = {r.get("id"): r for r in records}
    return index[99].get("qty")


def task_parse(records):
    return [int(r.get("code")) for r in records]


def task_attr(records):
    return records[0].missing_attribute


def task_nested(records):
    def helper(r):
        return r.fields["meta"]["tags"][3]
    return [helper(r) for r in records]


def task_chain(records):
    try:
        return task_lookup(records)
    except KeyError as e:
        raise RuntimeError("lookup stage failed") from e


def task_context(records):
    try:
        task_parse(records)
    except ValueError:
        return records[5]


def task_group(records):
    errors = []
    for r in records:
        try:
            r.ratio("qty", "div")
        except ZeroDivisionError as e:
            e.add_note(f"record id={r.get('id')}")
            errors.append(e)
    raise ExceptionGroup("ratio failures", errors)


rows = [
    {"id": 1, "qty": 5, "div": 2, "code": "10", "meta": {"tags": ["a", "b"]}},
    {"id": 2, "qty": 7, "div": 0, "code": "x7", "meta": {"tags": []}},
    {"id": 3, "qty": 1, "div": 4, "code": "3", "meta": {}},
]
records = load(rows)
tasks = [task_sum, task_ratio, task_lookup, task_parse, task_attr, task_nested,
         task_chain, task_context, task_group]

summary = []
for task in tasks:
    print(f"=== {task.__name__} ===")
    try:
        result = task(records)
        print("result:", result)
        summary.append((task.__name__, "ok"))
    except Exception as exc:
        emit(traceback.format_exc())
        summary.append((task.__name__, type(exc).__name__))
        print("--- short form:")
        print("".join(traceback.format_exception_only(exc)), end="")
        frames = traceback.extract_tb(exc.__traceback__)
        print("frames:", [f.name for f in frames], "last line:", frames[-1].line)

print("=== summary ===")
for name, status in summary:
    print(f"{name:14} {status}")

try:
    task_nested(records)
except IndexError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        print(depth, tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)
        tb = tb.tb_next

try:
    task_chain(records)
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__, chain=False)
    print(len(lines), lines[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.exc_type.__name__, str(te))
    print("".join(te.format_exception_only()), end="")
