"""Batch job runner that collects failures into ExceptionGroups."""
import traceback


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job


class RetryableError(JobError):
    pass


class FatalError(JobError):
    pass


class BatchFailed(ExceptionGroup):
    def __new__(cls, msg, excs, batch_id):
        self = super().__new__(cls, msg, excs)
        self.batch_id = batch_id
        return self

    def derive(self, excs):
        return BatchFailed(self.message, excs, self.batch_id)


def run_job(name):
    if name.startswith("r"):
        raise RetryableError(name, "timeout")
    if name.startswith("f"):
        raise FatalError(name, "corrupt input")
    if name.startswith("v"):
        raise ValueError(f"bad value in {name}")
    return name.upper()


def run_batch(names, batch_id):
    errors, done = [], []
    for n in names:
        try:
            done.append(run_job(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise BatchFailed(f"batch {batch_id} had {len(errors)} failures", errors, batch_id)
    return done


def describe(eg, depth=0):
    pad = "  " * depth
    print(f"{pad}{type(eg).__name__}: {eg}")
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            describe(e, depth + 1)


def process(names, batch_id):
    try:
        print("ok:", run_batch(names, batch_id))
    except* RetryableError as eg:
        print("retry group:", type(eg).__name__, getattr(eg, "batch_id", None),
              [e.job for e in eg.exceptions])
    except* FatalError as eg:
        print("fatal group:", repr(eg.message), len(eg.exceptions))
    except* ValueError as eg:
        print("value group:", [str(e) for e in eg.exceptions])


process(["a", "b"], 1)
process(["a", "r1", "f1", "r2"], 2)
process(["v1", "a"], 3)

try:
    process(["r1", "x"], 4)
except Exception as e:
    print("unexpected", e)

eg = BatchFailed("outer", [RetryableError("j1", "t"),
                           ExceptionGroup("inner", [FatalError("j2", "c"), ValueError("v")]),
                           KeyError("k")], 9)
describe(eg)
match, rest = eg.split(JobError)
describe(match)
describe(rest)
print("split ids:", match.batch_id, rest.batch_id)
sub = eg.subgroup(lambda e: isinstance(e, ValueError) or e is eg)
print("subgroup is self:", sub is eg)
sub = eg.subgroup(lambda e: isinstance(e, (ValueError, KeyError)))
describe(sub)
print(eg.subgroup(OSError))
print(eg.split(OSError)[0], eg.split(OSError)[1] is eg)

try:
    try:
        raise eg
    except* FatalError:
        print("handled fatal")
        raise RuntimeError("escalated")
except BaseExceptionGroup as final:
    describe(final)
    print("ctx:", type(final.exceptions[0].__context__).__name__ if final.exceptions else None)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
except ExceptionGroup as e:
    print("leftover:", repr(e), e.exceptions)

try:
    try:
        raise KeyError("solo")
    except* KeyError as g:
        print("naked wrapped:", repr(g), type(g).__name__)
except Exception as e:
    print("no")

for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", ValueError()),
            lambda: BaseExceptionGroup("x", [ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()])]:
    try:
        r = bad()
        print("made", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

try:
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b")])])
except ExceptionGroup as e:
    lines = traceback.format_exception(e)
    text = "".join(lines)
    for line in text.splitlines():
        if "File" in line:
            line = line.split(",", 1)[1]
        print(line)
