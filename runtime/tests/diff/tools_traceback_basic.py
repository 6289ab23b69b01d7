# traceback: formatting exceptions, chains, stacks and summaries.
import os
import sys
import traceback

# CPython names the main script by its absolute path: keep the output location-free.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    if not isinstance(text, str):
        text = "".join(text)
    return text.replace(HERE, "")


def show(text):
    print(clean(text), end="")


class Fail(Exception):
    pass


def inner(n):
    if n == 0:
        raise Fail("at the bottom")
    inner(n - 1)


def outer():
    inner(2)


def chained_cause():
    try:
        outer()
    except Fail as e:
        raise KeyError("lookup") from e


def chained_context():
    try:
        outer()
    except Fail:
        raise ValueError("while handling")


def suppressed():
    try:
        outer()
    except Fail:
        raise TypeError("fresh") from None


print("--- format_exc / print_exc")
try:
    outer()
except Fail:
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(repr(traceback.format_exc()))

print("--- chains")
for fn in (chained_cause, chained_context, suppressed):
    try:
        fn()
    except Exception as e:
        show(traceback.format_exception(e))
        print("== no chain")
        show(traceback.format_exception(type(e), e, e.__traceback__, chain=False))

print("--- format_exception_only")
print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(ValueError, ValueError("v2")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(Fail("custom")))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(StopIteration()))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(BadStr()))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
se = SyntaxError("invalid syntax", ("prog.py", 3, 5, "  x = = 1\n", 3, 8))
print(traceback.format_exception_only(se))
print(traceback.format_exception_only(SyntaxError("bare")))

print("--- errors")
try:
    traceback.format_exception(ValueError, ValueError("x"))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    traceback.format_exception(5)
except Exception as ex:
    print(type(ex).__name__, ex)
print(traceback.format_exception(None))

print("--- extract_tb / format_tb / format_list")
try:
    outer()
except Fail as ex:
    tb = ex.__traceback__
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.lineno, fs.name, repr(fs.line), clean(repr(fs)), len(fs))
    fs = summary[-1]
    print(fs[1], fs[2], fs[3], list(fs)[1:])
    show(traceback.format_tb(tb))
    show(traceback.format_tb(tb, limit=2))
    show(traceback.format_list(summary))
    print(len(traceback.extract_tb(tb, limit=1)), len(list(traceback.walk_tb(tb))))
    print([ln for _, ln in traceback.walk_tb(tb)])

print("--- FrameSummary / StackSummary")
f1 = traceback.FrameSummary("file.py", 10, "func", line="x = 1")
f2 = traceback.FrameSummary("file.py", 10, "func", lookup_line=False)
print(f1, f1.line, f2.line, f1 == f2, f1 == ("file.py", 10, "func", "x = 1"))
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "call()"), f1, ("b.py", 2, "g", None)])
show(ss.format())
show(traceback.format_list([("a.py", 1, "f", "  spaced()  ")]))
rep = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 7)
show(rep.format())
rep4 = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 4)
show(rep4.format())

print("--- extract_stack / format_stack")


def where():
    st = traceback.extract_stack()
    print([f.name for f in st], st[-1].line)
    print([f.name for f in traceback.extract_stack(limit=2)])
    show(traceback.format_stack()[-1])


def caller():
    where()


caller()

print("--- TracebackException")
try:
    chained_cause()
except KeyError as ex:
    te = traceback.TracebackException.from_exception(ex)
    print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__.exc_type.__name__,
          te.__context__.exc_type.__name__ if te.__context__ else None)
    show(te.format())
    print("".join(te.format_exception_only()), end="")
    te2 = traceback.TracebackException(type(ex), ex, ex.__traceback__, compact=True)
    print(te2.__context__)
    te3 = traceback.TracebackException.from_exception(ex, limit=1)
    show(te3.format(chain=False))

print("--- recursion in traceback")


def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    recurse(n - 1)


try:
    recurse(8)
except RecursionError as ex:
    show(traceback.format_exception(ex))

print("--- walk_stack(None)")


def names_via_walk():
    return [fr.f_code.co_name for fr, _ in traceback.walk_stack(None)]


def names_via_extract():
    return [x.name for x in traceback.StackSummary.extract(traceback.walk_stack(None))]


def call_both():
    return names_via_walk(), names_via_extract()


print(call_both())
