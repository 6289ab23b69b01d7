# Column markers under traceback source lines: plain carets, BinOp and subscript
# anchors, multi-line expressions, non-ASCII columns, and whole-line ranges (none).
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
def nested(a):
    return [[a[0][1]]]
tests = [lambda: div(1, 0), lambda: sub({}, "k"), lambda: attr(1), lambda: call(None),
         lambda: multi(1), lambda: many(), lambda: twochar(1, 0), lambda: paren(None, "a"),
         lambda: whole(), lambda: meth(3), lambda: uni(1), lambda: kw(len),
         lambda: slices([]), lambda: nested([[]])]


def run(i):
    if i == len(tests):
        return
    try:
        tests[i]()
    finally:
        run(i + 1)


run(0)
