# SyntaxErrors from compile(): args (details tuple, or the message alone for symbol-table
# errors), text (tokenizer lines without their newline), offsets, format_exception_only.
import traceback
cases = [
    "return 1", "x = = 1", "def f(:\n  pass", "if x:\npass", "  x = 1", "break",
    "def f():\n    nonlocal q", "x = [1, 2", "'abc", "a + = 1",
    "del f()", "for x in 1, 2:\n    continue\nelse:\n    yield 1", "class C:\n    return 1",
    "def f(a, a): pass", "lambda: (yield)", "await x", "x: int = 1\nglobal x",
    "f(x for x in y, 1)", "print 'hi'", "1 = x", "None = 1", "(a, b) += 1",
    "def f(*): pass", "import a.b as", "from . import *", 
    "async def f():\n    yield from x", "def f():\n    x = 1\n    global x",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
        print("".join(traceback.format_exception_only(e)), end="")
cases2 = ["'abc", "x = 'abc\ny = 1", "x = )", "x = (]", "x = $", "x = 1\n  y = 2", "if x:\n    a\n  b", '"""abc', "x = 0777", "x = 1_", "x = 5 €", "f(", "x = [1,\n2", "\tif x:\n        pass", "x = 1 +", "x = 1\n"]
for src in cases2:
    try:
        compile(src, "<c>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
cases3 = ["if x:\npass", "x = 1\n  y = 2", "if x:\n    a\n  b", "if x:\n\ty\n        z", "def f():\n\treturn 1\n        return 2", "try:\n    x\nexcept:\npass"]
for src in cases3:
    try:
        compile(src, "<c>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args)
