import io
import tokenize
import token

SOURCES = [
    "x = 1\n",
    "x = 1",
    "",
    "\n",
    "   \n",
    "# only a comment",
    "# comment\n",
    "a = 1  # trailing\nb = 2\n",
    "def f(a, b=2, *args, **kw):\n    return a + b\n",
    "if x:\n    if y:\n        pass\n    z = 1\nw = 2\n",
    "if x:\n\tpass\n",
    "if x:\n        a\n\tb\n",
    "class C:\n    def m(self):\n        pass\n\n\n",
    "x = (1,\n     2,\n     3)\n",
    "x = [\n  1, # c\n  2\n]\n",
    "y = {'a': 1,\n\n 'b': 2}\n",
    "s = 'abc' \"def\"\n",
    "s = '''multi\nline\nstring'''\n",
    's = """a\n"b"\n""c"""\n',
    "s = rb'raw\\d' + BR\"x\" + f'{a!r:>10}' + Rb'q' + u'uni'\n",
    "s = f'{x}' F\"{y:{z}}\"\n",
    "n = 1_000_000 + 0x_FF + 0b1010 + 0o777 + 1.5e-3 + 3j + .5 + 1. + 1e10J + 0_0\n",
    "n = 1.2.3\n",
    "n = 0xg 08 1__0 1_\n",
    "a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7\n",
    "a >>= 1; b <<= 2; c &= 3; d |= 4; e ^= 5; f @= m\n",
    "x = a->b if c != d else e <= f >= g == h\n",
    "print(...)\nx[1:2, ::3]\n",
    "if (n := 10) > 5: pass\n",
    "x = 1 + \\\n    2\n",
    "x = 1 \\\n\n",
    "a $ b\n",
    "a ? b\n",
    "x = `y`\n",
    "s = 'unterminated\nx = 1\n",
    "s = \"unterminated\n",
    "s = 'cont \\\nnued'\n",
    "s = 'cont \\\nnot closed\nx\n",
    "@decorator\ndef g(): ...\n",
    "async def f():\n    await x\n",
    "lambda x: x**2\n",
    "x = ~a ^ b | c & d\n",
    "x = a.b.c(d)[e]{f}\n",
    "\xe9t\xe9 = 'caf\xe9'\n",
    "x = 1\r\ny = 2\r\n",
    "if a:\r\n    b\r\n",
    "\x0cx = 1\n",
    "x = 1\n    \n",
    "def f():\n    x = 1\n    # comment\n\n    return x",
    "def f():\n    return 1\n  # odd comment\n",
    "x = 1  ",
    "x = (1 +\n# comment\n 2)\n",
    "x = 'a' 'b' \\\n 'c'\n",
    "x = 0.0 + 00 + 1e+5 + 1E-5j + 10l\n",
    "x = ''''''\n",
    "x = '' + \"\"\n",
    "a!b\n",
    "x = 1 ;\n",
    "for i in range(10):\n    print(i)\nelse:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    raise\nfinally:\n    pass\n",
    "match x:\n    case [a, *rest]:\n        pass\n    case {'k': v}:\n        pass\n",
    "x = 'tab\there'\n",
    "\tx = 1\n",
    "x = a[\n1\n][\n2\n]\n",
    "def f(\n    a,\n    b,\n):\n    pass\n",
    "\u00b2\n",
    "x=1if y else 2\n",
    "0or 1\n",
]


def dump(src):
    print("=== %r" % (src,))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok)
            if tok.type == token.OP:
                print("   exact:", token.tok_name[tok.exact_type])
    except tokenize.TokenError as e:
        print("TokenError:", e.args)
    except IndentationError as e:
        print("IndentationError:", e.args)


for s in SOURCES:
    dump(s)

# list repr as programs print it
print(list(tokenize.generate_tokens(io.StringIO("a = [1, 2]\n").readline)))

# errors in multi-line constructs
for src in ["x = (1,\n2", "s = '''abc\ndef", "x = [\n", "foo(\n  bar", "x = 1 + \\\n", "s = 'a\\\n"]:
    try:
        out = list(tokenize.generate_tokens(io.StringIO(src).readline))
        print("no error", len(out), out[-1])
    except tokenize.TokenError as e:
        print("TokenError", e.args, str(e))

# bad dedent
try:
    list(tokenize.generate_tokens(io.StringIO("if a:\n        b\n    c\n").readline))
except IndentationError as e:
    print("IndentationError", e.args, e.filename, e.lineno, e.offset, repr(e.text), e.msg)
