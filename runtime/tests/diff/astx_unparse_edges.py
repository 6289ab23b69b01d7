"""ast.unparse: quoting, f-strings, precedence and parentheses, statements of every kind."""
import ast
exprs = r'''
'a\'b"c'
"line\nbreak"
"tab\t"
'\x00\x7f\u200b'
f'{x!r:{width}} and {{lit}}'
f"{'q'}"
f'{x}\n{y}'
f"{a['k']}"
f"{ {1: 2}[1] }"
u"unicode"
(a, b)[0]
-a ** -b
(-a) ** b
not not x
(not x) + 1
a if b else c if d else e
(a if b else c) if d else e
lambda: (yield)
(yield x)
x[a:b:c, ::2]
x[()]
x[(1, 2)]
x[*a]
(*a, *b)
[*a, *b]
{**a, **{'b': 1}}
f(*a, **k, x=1)
a.b.c(d)[e]
(a + b).c
1 .real
1.0.real
(1j).imag
await x
a < b < c
(a < b) < c
a - (b - c)
(a - b) - c
a ** b ** c
(a ** b) ** c
x := 5
(x := 5)
f(x := 1)
{*()}
1e400
-1e400j
float('nan')
(a, *b) = c
a and (b or c)
(a and b) or c
a or b or c
(a or b) or c
a | b & c ^ d
~x << 2
'''.strip().splitlines()
for e in exprs:
    try:
        t = ast.parse(e)
        print(repr(e), '=>', ast.unparse(t))
    except SyntaxError as err:
        print(repr(e), 'SyntaxError', err.msg)
stmts = [
 "def f(a, /, b, *, c): pass",
 "def f(a=1, /, b=2, *args, c, d=4, **kw) -> int: return a",
 "async def g():\n    await x\n    async for a in b: pass\n    async with c: pass",
 "class A(B, *mixins, **kw): x: int",
 "(x): int = 3",
 "x.y: 'str'",
 "for (a, b) in c: pass",
 "for a, in c: pass",
 "with (a as b, c as d): pass",
 "try:\n    pass\nexcept* E:\n    pass",
 "del (a, b), [c]",
 "global a, b",
 "raise E from F",
 "from . import (a)",
 "import a.b.c as d",
 "if a:\n    pass\nelse:\n    if b:\n        pass",
 "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
 "while x:\n    break\nelse:\n    continue",
 "match x:\n    case [1, *_] | {'a': _, **kw} if kw:\n        pass\n    case A(1, b=2) as c:\n        pass\n    case (1 | 2) as d:\n        pass\n    case (e):\n        pass",
 "def f():\n    '''doc'''\n    return",
 "def f():\n    'doc\\'s \"q\"'\n",
 "x = 1; y = 2",
 "@a.b(c)\n@d\ndef f(): pass",
 "print(f'{x=}', f'{y=!s:>3}')",
]
for s in stmts:
    print('---'); print(ast.unparse(ast.parse(s)))
