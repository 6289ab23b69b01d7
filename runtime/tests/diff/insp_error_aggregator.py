"""Group failures from a batch job by signature and render compact reports."""
import collections
import io
import os
import sys
import traceback


class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(f"task {task} failed: {reason}")
        self.task = task


def parse(record):
    key, _, value = record.partition("=")
    if not key:
        raise ValueError("empty key")
    return key, int(value)


def lookup(table, key):
    return table[key]


def process(record, table):
    try:
        key, value = parse(record)
        return lookup(table, key) / value
    except (KeyError, ZeroDivisionError) as exc:
        err = TaskError(record, type(exc).__name__)
        err.add_note(f"record={record!r}")
        raise err from exc


TABLE = {"a": 10, "b": 20}
records = ["a=2", "b=0", "c=1", "=5", "a=x", "b=4", "zz=1", "a=0", "b=q"]
groups = collections.OrderedDict()
results = []
for rec in records:
    try:
        results.append(process(rec, TABLE))
    except Exception as exc:
        te = traceback.TracebackException.from_exception(exc)
        last = te.stack[-1]
        root = te
        while root.__cause__ is not None:
            root = root.__cause__
        sig = (te.exc_type.__name__, root.exc_type.__name__, last.name)
        groups.setdefault(sig, []).append((rec, te))

print("results:", results)
for sig, items in groups.items():
    print(f"== {sig[0]} <- {sig[1]} in {sig[2]}(): {len(items)} occurrence(s)")
    for rec, te in items:
        chain = []
        cur = te
        while cur is not None:
            chain.append("".join(cur.format_exception_only()).strip().replace("\n", " | "))
            cur = cur.__cause__ if cur.__cause__ is not None else (None if cur.__suppress_context__ else cur.__context__)
        print(f"   {rec!r:8} -> " + "  <=  ".join(chain))
    first = items[0][1]
    print("   frames:", [(fs.name, fs.line) for fs in first.stack])
    if first.__cause__ is not None:
        print("   cause frames:", [(fs.name, fs.lineno - 1) for fs in first.__cause__.stack][-2:])


def render(te):
    out = []
    for line in te.format(chain=True):
        for sub in line.rstrip("\n").split("\n"):
            if 'File "' in sub:
                a = sub.index('File "') + 6
                b = sub.index('"', a)
                sub = sub[:a] + os.path.basename(sub[a:b]) + sub[b:]
            out.append(sub)
    return out


sample = groups[("TaskError", "KeyError", "process")][0][1]
print("\n".join(render(sample)))
print("---- compact / no chain")
print("\n".join(render(sample)[-4:]))
print("".join(sample.format(chain=False)).count("Traceback"))
print("---- print to stdout")
buf = io.StringIO()
sample.print(file=buf)
print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")
te_a = groups[("ValueError", "ValueError", "parse")][0][1]
te_b = groups[("ValueError", "ValueError", "parse")][1][1]
print(te_a == te_a, te_a == te_b, te_a.exc_type is te_b.exc_type, str(te_a), str(te_b))
print(len(te_a.stack), [type(fs).__name__ for fs in te_a.stack][:1], te_a.stack[-1].name)
summary = collections.Counter(sig[0] for sig, items in groups.items() for _ in items)
print(sorted(summary.items()))
