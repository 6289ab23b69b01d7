# SyntaxError messages and positions for: a try without handlers, Python 2's print in
# brackets, assignment hints, conditions written with '=', misordered call arguments,
# malformed exponents, a bare decorator, and eval of incomplete input.
cases = [
    ("try:\n  pass\nx = 1\n", "exec"),
    ("def f():\n  try:\n    pass\n  x = 1\n", "exec"),
    ("[print 'x']\n", "exec"),
    ("print 'x'\n", "exec"),
    ("[print 'x' + 'y']\n", "exec"),
    ("(exec 'x')\n", "exec"),
    ("foo(print 'x')\n", "exec"),
    ("[print 'x', 1]\n", "exec"),
    ("f(x) = *a\n", "exec"),
    ("f(x) = lambda: 1\n", "exec"),
    ("f(x) = not a\n", "exec"),
    ("f(x) = yield\n", "exec"),
    ("f(x) = a = 1\n", "exec"),
    ("f(x) = 1, 2\n", "exec"),
    ("f(x) = -1\n", "exec"),
    ("a.b() = *a, b\n", "exec"),
    ("for x in a if b: pass\n", "exec"),
    ("for x in a if b else c if d: pass\n", "exec"),
    ("x = a if b\n", "exec"),
    ("x = (1,", "eval"),
    ("x = (1,", "exec"),
    ("(1,", "eval"),
    ("if x = 3: pass\n", "exec"),
    ("if x.y = 3: pass\n", "exec"),
    ("if f() = 3: pass\n", "exec"),
    ("if x = a + b and c: pass\n", "exec"),
    ("if x = 3 == 4: pass\n", "exec"),
    ("f(**a, *b)\n", "exec"),
    ("f(x, **a, *b)\n", "exec"),
    ("f(a, *c, **a, *b)\n", "exec"),
    ("f(a=1, 2)\n", "exec"),
    ("f(a=1, 2, 3)\n", "exec"),
    ("f(a=1, 2\n)\n", "exec"),
    ("f(**a, 2)\n", "exec"),
    ("f(a=1, 2, c=3)\n", "exec"),
    ("3.e\n", "exec"),
    ("3.e", "exec"),
    ("1e\n", "exec"),
    ("1.5e\n", "exec"),
    ("1e+\n", "exec"),
    ("12.e\n", "exec"),
    ("1_000e\n", "exec"),
    ("3.e+x", "exec"),
    ("1.e5x", "exec"),
    ("@\ndef f(): pass\n", "exec"),
    ("x = \n", "exec"),
    ("1 +", "eval"),
    ("1 *", "eval"),
    ("1 +\n", "eval"),
    ("1 +", "exec"),
    ("1 +\n", "exec"),
    ("(1 +", "eval"),
]
for src, mode in cases:
    try:
        compile(src, "<t>", mode)
        print("no error", repr(src))
    except SyntaxError as e:
        print(repr(src), mode)
        print("   ", (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
for src in ("x = (1,", "1 +"):
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
