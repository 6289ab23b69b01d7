"""ast: literal_eval on many inputs and its errors, SyntaxErrors from ast.parse, modes."""
import ast
cases = [
    "1", "-5", "+3.5", "'abc'", "b'xy'", "None", "True", "(1, 2, [3, {4: 5}])",
    "{'a': 1, 'b': [1, 2]}", "set()", "{1, 2}", "1+2j", "-1-2j", "3.5 - 1j", "  12",
    "\t[1,\n 2]", "...", "u'x'", "'a' 'b'", "10**2", "x", "f(1)", "1 + 1", "[1, 2][0]",
    "{**a}", "set([1])", "-'a'", "(1,)*2", "-(1)", "1j + 1", "--1", "{1: 2, 3: [x]}",
    "1 +", "'unterminated", "0x1F", "1_000_000", "{'x': (1, None, False)}",
]
for c in cases:
    try:
        print(repr(c), '->', repr(ast.literal_eval(c)))
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg.split(' at 0x')[0] + '>'
        print(repr(c), '!!', type(e).__name__, msg)
node = ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)))
print(ast.literal_eval(node))
print(ast.literal_eval(ast.List([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ast.Load())))
try:
    ast.literal_eval(ast.Dict([ast.Constant(1)], []))
except ValueError as e:
    print('dict mismatch', str(e).split(' at 0x')[0])
try:
    ast.literal_eval(b'1')
except ValueError as e:
    print('bytes', e)
for src in ["x = (1,\n", "def f(:\n  pass", "a = 1 +* 2", "if x:\npass", "x = 'abc", "f(**k, *a)",
            "  x = 1", "é = = 2", "for x in y:\n    pass\n  else: pass", "(x for x in y) = 1"]:
    try:
        ast.parse(src, filename='prog.py')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.filename, repr(e.text))
print(ast.dump(ast.parse('x + 1', mode='eval')))
print(ast.dump(ast.parse('if x:\n    y = 2\n', mode='single')))
print(ast.dump(ast.parse(b'y = "\xc3\xa9"')))
