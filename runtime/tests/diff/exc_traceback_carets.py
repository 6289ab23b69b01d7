# traceback-module column markers ("^^^", "~~^~~") and the positions behind them.
import io
import sys
import traceback

DIR = __file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else ""


def clean(s):
    return s.replace(DIR, "") if DIR else s


def div(a, b):
    return a / b
def sub(d, k):
    x = d[k] + 1
    return x
def attr(o):
    return o.missing.thing
def call(f):
    return f(1, 2) + 0
def multi(a):
    return (a +
            None)
def many():
    x = [1, 2]
    return x[0] + x[1] + x[5]
def twochar(a, b):
    return a    //   b
def paren(a, b):
    return (a) * (b)
def whole():
    raise ValueError("w")
def meth(o):
    o.foo(1)
def uni(s):
    ü = {}
    return ü["clé"] + s
def kw(f):
    return f(x=1)
def slices(s):
    return s[1:2, ::3]
def trailing(a):
    return a[3]   
def nested(a):
    return [[a[0][1]]]
def cmp(a, b):
    return a < b
def unary(a):
    return -a


tests = [lambda: div(1, 0), lambda: sub({}, "k"), lambda: attr(1), lambda: call(None),
         lambda: multi(1), lambda: many(), lambda: twochar(1, 0), lambda: paren(None, "a"),
         lambda: whole(), lambda: meth(3), lambda: uni(1), lambda: kw(len),
         lambda: slices([]), lambda: trailing(""), lambda: nested([[]]),
         lambda: cmp(1, "a"), lambda: unary("s")]

for t in tests:
    try:
        t()
    except Exception as e:
        print(clean(traceback.format_exc()))
        print(clean(repr(traceback.format_exception(e)[-2:])))
        print([(f.lineno, f.end_lineno, f.colno, f.end_colno)
               for f in traceback.extract_tb(e.__traceback__)])

try:
    div(1, 0)
except ZeroDivisionError:
    out = []
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()), end="")
    te = traceback.TracebackException(*sys.exc_info())
    print(clean("".join(te.format())))
    print(clean("".join(traceback.format_tb(sys.exc_info()[2]))))

# Chained and caught-then-raised errors keep their own markers.
try:
    try:
        sub({}, 1)
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    print(clean(traceback.format_exc()))

# A stack summary (no positions) prints no markers; a FrameSummary made by hand can.
print(clean("".join(traceback.format_stack()[-1:])))
fs = traceback.FrameSummary("f.py", 1, "g", line="x = a[1] + b", end_lineno=1,
                            colno=4, end_colno=8)
print(repr("".join(traceback.StackSummary.from_list([fs]).format())))

positions = list(div.__code__.co_positions())
print(all(len(p) == 4 for p in positions), (3 + 10, 3 + 10, 11, 16) in positions)
