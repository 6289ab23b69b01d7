import os as _os, sys as _sys


class _Scrub:
    """Replaces this file's absolute path in the output: the recording must not depend on
    where the checkout lives."""

    def __init__(self, out):
        self.out = out

    def write(self, s):
        return self.out.write(s.replace(_os.path.abspath(__file__), "FILE"))

    def flush(self):
        self.out.flush()

    def __getattr__(self, name):
        return getattr(self.out, name)


_sys.stdout = _Scrub(_sys.stdout)

import traceback, sys, io

def emit(lines):
    sys.stdout.write("".join(lines))
    print("-----")

def boom(n):
    if n == 0:
        return {}["missing"] + 1
    return boom(n - 1)

def deep(n):
    return deep(n - 1) if n else 1 / 0

try:
    boom(2)
except KeyError as e:
    emit(traceback.format_exception(e))
    emit(traceback.format_exception(type(e), e, e.__traceback__, limit=1))
    emit(traceback.format_exception(e, limit=-1))
    emit(traceback.format_exception(e, chain=False))
    emit(traceback.format_tb(e.__traceback__))
    print(traceback.format_exc().count("\n"))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    tb_list = traceback.extract_tb(e.__traceback__)
    print(type(tb_list).__name__, len(tb_list))
    for fs in tb_list:
        print(repr(fs), fs.name, fs.lineno, fs.line, list(fs), len(fs), fs[2])
        print(fs.colno, fs.end_colno, fs.end_lineno)
    print(tb_list[0] == tuple(tb_list[0]), tb_list[0] == tb_list[0], tb_list[0] == 5)

try:
    deep(30)
except ZeroDivisionError as e:
    emit(traceback.format_exception(e))

def chain_cause():
    try:
        int("x")
    except ValueError as v:
        raise RuntimeError("wrapped") from v

try:
    chain_cause()
except RuntimeError as e:
    emit(traceback.format_exception(e))
    emit(traceback.format_exception(e, chain=False))

try:
    try:
        [].pop()
    except IndexError:
        raise TypeError("during")
except TypeError as e:
    emit(traceback.format_exception(e))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__cause__, te.__suppress_context__, str(te))
    print(te == traceback.TracebackException.from_exception(e))
    print(te.exc_type.__name__, len(te.stack))

try:
    try:
        raise OSError(2, "nope")
    except OSError:
        raise KeyError("k") from None
except KeyError as e:
    emit(traceback.format_exception(e))

e1 = ValueError("self")
e2 = TypeError("other")
e1.__context__ = e2
e2.__context__ = e1
emit(traceback.format_exception(e1))

class Custom(Exception):
    def __str__(self):
        raise RuntimeError
emit(traceback.format_exception_only(Custom()))
emit(traceback.format_exception_only(ValueError, ValueError("v")))
emit(traceback.format_exception_only(ValueError()))
emit(traceback.format_exception_only(None))
class Local(Exception):
    pass
Local.__module__ = "pkg.mod"
emit(traceback.format_exception_only(Local("x")))
ex = ValueError("noted")
ex.add_note("first note")
ex.add_note("second\nmultiline")
emit(traceback.format_exception_only(ex))
ex2 = ValueError("badnotes")
ex2.__notes__ = 42
emit(traceback.format_exception_only(ex2))
ex3 = ValueError("strnotes")
ex3.__notes__ = "ab"
emit(traceback.format_exception_only(ex3))

for src in ["x = (1,", "def f(:\n  pass", "a b c", "  1 +* 2"]:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        emit(traceback.format_exception_only(e))
se = SyntaxError("custom msg", ("file.py", 3, 5, "    foo bar baz\n", 3, 8))
emit(traceback.format_exception_only(se))
emit(traceback.format_exception_only(SyntaxError("bare")))
emit(traceback.format_exception_only(SyntaxError()))
se2 = SyntaxError("only file")
se2.filename = "f.py"
emit(traceback.format_exception_only(se2))

def grp():
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), OSError("c")]), TypeError("d")])
try:
    grp()
except ExceptionGroup as e:
    emit(traceback.format_exception(e))
wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
emit(traceback.format_exception(wide))
emit(traceback.TracebackException.from_exception(wide, max_group_width=2).format())
nest = ValueError("leaf")
for i in range(4):
    nest = ExceptionGroup("lvl%d" % i, [nest])
emit(traceback.TracebackException.from_exception(nest, max_group_depth=2).format())
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except ExceptionGroup:
        raise KeyError("after group")
except KeyError as e:
    emit(traceback.format_exception(e))

fl = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)])
emit(fl.format())
emit(traceback.format_list([("c.py", 3, "h", "  y()  ")]))
fs = traceback.FrameSummary("z.py", 9, "fn", line="  code  ", locals={"a": 1, "b": "s"})
print(fs.line, fs.locals, repr(fs))
emit(traceback.StackSummary.from_list([fs]).format())
fs2 = traceback.FrameSummary("nofile.py", 3, "q", lookup_line=False)
print(repr(fs2.line))
rep = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 7 + [("r.py", 6, "end", "x")])
emit(rep.format())
rep = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 4)
emit(rep.format())

def inner_stack():
    return traceback.extract_stack(limit=2), traceback.format_stack(limit=1)
st, fmt = inner_stack()
print([f.name for f in st], len(fmt), fmt[0].splitlines()[0])
def walker():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)][:2]
print(walker())
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e:
    print(type(e).__name__, e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print(type(e).__name__, e)
print(traceback.format_exception(None))
buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError as e:
    traceback.print_exception(e, file=buf)
    traceback.print_tb(e.__traceback__, file=buf)
    traceback.TracebackException.from_exception(e).print(file=buf)
print(buf.getvalue())
sys.last_type = None
del sys.last_type
try:
    traceback.print_last()
except ValueError as e:
    print(type(e).__name__, e)

def carets():
    a = [1, 2]
    b = {"k": None}
    return a[0] + b["k"]["z"]
try:
    carets()
except TypeError as e:
    emit(traceback.format_exception(e))
def carets2():
    x = 1
    y = 0
    return (x +
            x) / y
try:
    carets2()
except ZeroDivisionError as e:
    emit(traceback.format_exception(e))
def carets3(obj):
    return obj.attribute.other
try:
    carets3(None)
except AttributeError as e:
    emit(traceback.format_exception(e))
def callit(f):
    return f(1, 2)
try:
    callit(len)
except TypeError as e:
    emit(traceback.format_exception(e))
print(sorted(traceback.__all__))
