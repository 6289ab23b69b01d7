import io
import token
import tokenize
from tokenize import TokenInfo, untokenize, generate_tokens, detect_encoding

# --- token module ---
print(token.ENDMARKER, token.NAME, token.OP, token.ERRORTOKEN, token.COMMENT, token.NL,
      token.ENCODING, token.N_TOKENS, token.NT_OFFSET, token.COLONEQUAL, token.SOFT_KEYWORD)
print(sorted(token.tok_name.items()))
print(len(token.tok_name), token.tok_name[token.RARROW], token.tok_name[256])
print(list(token.EXACT_TOKEN_TYPES.items()))
print(token.ISTERMINAL(token.NAME), token.ISTERMINAL(300), token.ISNONTERMINAL(256),
      token.ISNONTERMINAL(1), token.ISEOF(0), token.ISEOF(1))
print(token.__all__[:6], len(token.__all__))
print(tokenize.__all__[-6:], len(tokenize.__all__))
print(tokenize.NAME, tokenize.tok_name[tokenize.NUMBER], tokenize.EXACT_TOKEN_TYPES['**='])

# --- regex constants ---
import re
for pat, text in [(tokenize.Number, "1_000.5e-3j"), (tokenize.Name, "abc_1 x"),
                  (tokenize.Comment, "# hi\nx"), (tokenize.Hexnumber, "0xDEAD_beef"),
                  (tokenize.Whitespace, " \t x"), (tokenize.Funny, "**= 1"),
                  (tokenize.Floatnumber, "3.14"), (tokenize.Intnumber, "0o17"),
                  (tokenize.Imagnumber, "2j"), (tokenize.Exponent, "e+10")]:
    m = re.match(pat, text)
    print(repr(m.group(0)) if m else None)
print(re.match(tokenize.String, "'it\\'s' rest").group(0))
print(re.match(tokenize.Triple, 'rb"""x').group(0))
print(tokenize.Whitespace, tokenize.Comment, tokenize.Name, tokenize.Hexnumber)
print(tokenize.Decnumber, tokenize.Exponent, tokenize.Pointfloat)
print(tokenize.Single, tokenize.Double3)
print(tokenize.tabsize, sorted(tokenize.single_quoted)[:8], len(tokenize.triple_quoted), len(tokenize.endpats))
print(tokenize.group('a', 'b'), tokenize.any('x'), tokenize.maybe('y'))

# --- TokenInfo ---
t = TokenInfo(tokenize.OP, '+=', (1, 2), (1, 4), 'a += 1\n')
print(t, t.exact_type, t.type, t.string, t.start, t.end, repr(t.line))
print(TokenInfo._fields, t[1], tuple(t), t._replace(string='-='))
print(TokenInfo(tokenize.OP, '$', (1, 0), (1, 1), '').exact_type)
print(TokenInfo(tokenize.NAME, 'x', (1, 0), (1, 1), '').exact_type)
print(t == (54, '+=', (1, 2), (1, 4), 'a += 1\n'), isinstance(t, tuple))

SOURCES = [
    "x = 1\n",
    "def f(a,b):\n    return a+b\n\nprint( f(1 ,2) )\n",
    "if x:\n    if y:\n        z = [1,\n   2]\n    w = 'a' 'b'\nelse:\n  pass\n",
    "s = '''x\ny'''  # c\nt = 1 + \\\n  2\n",
    "class A(B):\n\tdef m(self): return {k:v for k,v in x}\n",
    "a = 1\nb = 2",
    "@dec\nasync def f():\n    await g(x, *a, **k)\n",
    "x = f'{a}' rb'c' 1_0 .5j\n",
]

for src in SOURCES:
    print("=== %r" % (src,))
    toks = list(generate_tokens(io.StringIO(src).readline))
    full = untokenize(toks)
    print(repr(full), full == src)
    compat = untokenize((t.type, t.string) for t in toks)
    print(repr(compat))
    # compat output tokenizes to the same (type, string) pairs
    again = [(t.type, t.string) for t in generate_tokens(io.StringIO(compat).readline)]
    print(again == [(t.type, t.string) for t in toks])
    # bytes API
    btoks = list(tokenize.tokenize(io.BytesIO(src.encode('utf-8')).readline))
    print(btoks[0], btoks[1])
    print(repr(untokenize(btoks)))
    print([tokenize.tok_name[t.exact_type] for t in btoks])

# untokenize with hand-built tokens and positions
toks = [(tokenize.NAME, 'x', (1, 0), (1, 1), ''), (tokenize.OP, '=', (1, 4), (1, 5), ''),
        (tokenize.NUMBER, '3', (3, 2), (3, 3), '')]
print(repr(untokenize(toks)))
try:
    untokenize([(tokenize.NAME, 'x', (2, 5), (2, 6), ''), (tokenize.NAME, 'y', (2, 1), (2, 2), '')])
except ValueError as e:
    print("ValueError:", e)
print(repr(untokenize([(tokenize.NAME, 'if'), (tokenize.NAME, 'x'), (tokenize.OP, ':'),
                       (tokenize.NEWLINE, '\n'), (tokenize.INDENT, '    '),
                       (tokenize.NAME, 'y'), (tokenize.OP, '='), (tokenize.STRING, "'a'"),
                       (tokenize.STRING, "'b'"), (tokenize.NEWLINE, '\n'),
                       (tokenize.DEDENT, ''), (tokenize.ENDMARKER, '')])))
print(repr(untokenize([(tokenize.ENCODING, 'utf-8'), (tokenize.NAME, 'a'), (tokenize.OP, '+'), (tokenize.NUMBER, '1')])))

# --- detect_encoding ---
def lines_reader(data):
    return io.BytesIO(data).readline

for data in [b"x = 1\n", b"# -*- coding: latin-1 -*-\nx = 1\n", b"#!/usr/bin/python\n# vim: set fileencoding=UTF_8 :\n",
             b"\xef\xbb\xbfx = 1\n", b"\xef\xbb\xbf# coding: utf-8\n", b"", b"\n\n# coding: latin-1\n",
             b"\n# coding=iso-8859-15\nx\n", b"# coding: utf-8-strict\n", b"# coding: ISO_8859_1\n",
             b"x = 1\n# coding: latin-1\n", b"#!x\n#!y\n"]:
    try:
        print(repr(data), detect_encoding(lines_reader(data)))
    except SyntaxError as e:
        print(repr(data), "SyntaxError:", e)
for data in [b"# coding: bogus-enc\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe = 1\n"]:
    try:
        print(detect_encoding(lines_reader(data)))
    except SyntaxError as e:
        print("SyntaxError:", e)

# tokenize over latin-1 bytes
data = "# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode('latin-1')
for tok in tokenize.tokenize(io.BytesIO(data).readline):
    print(tok)
data = b"\xef\xbb\xbfx = 1\n"
for tok in tokenize.tokenize(io.BytesIO(data).readline):
    print(tok)
print(untokenize(tokenize.tokenize(io.BytesIO(b"a  =  b\n").readline)))

# readline that raises StopIteration
def gen_lines():
    for ln in ["a = (1,\n", " 2)\n"]:
        yield ln
for tok in generate_tokens(gen_lines().__next__):
    print(tok.type, tok.string, tok.start, tok.end)

# exact types of all operators
ops = "( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :="
for tok in generate_tokens(io.StringIO(ops + "\n").readline):
    if tok.type == tokenize.OP:
        print(tok.string, tok.exact_type, tokenize.tok_name[tok.exact_type], end="; ")
print()
