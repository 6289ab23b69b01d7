# traceback.format_exception/format_exception_only: chains, notes (a str of notes too), groups, SyntaxErrors, failing __str__, collapsed recursion.
import traceback, sys
def show(e):
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
    print(traceback.format_exception_only(type(e), e))
try:
    try:
        {}["a"]
    except KeyError as k:
        k.add_note("knote")
        raise ValueError("v") from k
except ValueError as v:
    v.add_note("vnote\nline2")
    show(v)
try:
    raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2)])])
except ExceptionGroup as g:
    g.add_note("gnote")
    show(g)
try:
    raise SyntaxError("custom", ("f.py", 2, 3, "abcdef\n", 2, 5))
except SyntaxError as s:
    s.add_note("snote")
    show(s)
try:
    compile("x = = 1", "h.py", "exec")
except SyntaxError as s:
    show(s)
try:
    1/0
except ZeroDivisionError as z:
    z.__notes__ = "notalist"
    show(z)
class E(Exception):
    def __str__(self): raise ValueError
try:
    raise E()
except E as e:
    show(e)
try:
    raise KeyError("x") from None
except KeyError as e:
    show(e)
def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)
try:
    rec(10)
except RuntimeError as e:
    show(e)
