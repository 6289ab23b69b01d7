"""A tiny snippet checker: compiles code cells, reports SyntaxErrors with carets, runs the good ones."""

CELLS = {
    "call": "result = compute(alpha beta)",
    "list": "primes = [2, 3 5, 7]",
    "dict": "conf = {'host': 'x' 'port': 80}",
    "nested": "total = sum(f(x) g(y) for x in z)",
    "multiline": "values = (\n    first\n    second\n)",
    "expr-chain": "v = (1 + 2 3 + 4)",
    "kwarg": "make(size=3 4)",
    "star": "merge(*parts extra)",
    "attr": "pair = (a.b.c d.e)",
    "subscript": "grid[1 2]",
    "string-concat": "print('a' 'b' name)",
    "soft-kw": "items = [match x]",
    "py2-print": "print 'hello'",
    "if-colon": "if ready\n    go()",
    "while-junk": "while x y:\n    pass",
    "for-junk": "for i in range(3) print(i)",
    "def-junk": "def f() x",
    "else-junk": "if a:\n    pass\nelse b",
    "class-newline": "class Point\n    pass",
    "ternary": "label = 'big' if n > 10",
    "ternary-call": "show(1 if flag)",
    "starred-group": "x = (*rest)",
    "starred-bare": "x = *rest",
    "starred-dict": "d = {*keys: 1}",
    "unclosed": "data = [1, 2,\n",
    "stray": "x = 1)",
    "mismatch": "x = (1, 2]",
    "indent": "def g():\nreturn 1",
    "dedent": "if x:\n        a = 1\n    b = 2",
    "assign-literal": "1 = x",
    "assign-call": "f() = 3",
    "kw-dup": "f(a=1, a=2)",
    "default-order": "def h(a=1, b): pass",
    "ok-simple": "x = [i * i for i in range(5)]\nprint(x)",
    "ok-walrus": "if (n := len('hello')) > 3:\n    print('long', n)",
    "ok-match": "match (1, 2):\n    case (a, b) if a < b:\n        print('asc', a, b)",
}


def caret_line(err):
    text = (err.text or "").rstrip("\n")
    if not text or not err.offset:
        return None
    start = err.offset - 1
    if err.end_lineno == err.lineno and err.end_offset and err.end_offset > err.offset:
        width = err.end_offset - err.offset
    else:
        width = 1
    return text, " " * start + "^" * width


def check(name, src):
    try:
        code = compile(src, f"<cell {name}>", "exec")
    except SyntaxError as err:
        kind = type(err).__name__
        where = f"line {err.lineno}, col {err.offset}"
        if err.end_lineno is not None:
            where += f"-{err.end_lineno}:{err.end_offset}"
        print(f"[{name}] {kind}: {err.msg} ({where})")
        shown = caret_line(err)
        if shown:
            print("    " + shown[0])
            print("    " + shown[1])
        return False
    print(f"[{name}] ok:", end=" ")
    scope = {}
    exec(code, scope)
    return True


results = {name: check(name, src) for name, src in CELLS.items()}
good = [n for n, ok in results.items() if ok]
print(f"{len(good)} of {len(results)} cells compiled: {', '.join(good)}")

try:
    eval("lambda: (yield)")
except SyntaxError as e:
    print("eval:", e.msg)
try:
    compile("x = 1", "<x>", "bogus")
except ValueError as e:
    print("ValueError:", e)
err = None
try:
    compile("f(a b)", "snippet.py", "exec")
except SyntaxError as e:
    err = e
print(err.filename, err.lineno, err.offset, err.end_offset, repr(err.text), err.args[0])
print(str(err))
print(isinstance(err, SyntaxError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
