import tokenize, token, io, tempfile, os
print(tokenize.TokenError, tokenize.TokenInfo, tokenize.Untokenizer, token.tok_name[54])
print(tokenize.TokenInfo.__mro__[1].__name__, tokenize.TokenError.__mro__)
d = tempfile.mkdtemp()
p = os.path.join(d, 'm.py')
with open(p, 'wb') as f:
    f.write("# coding: latin-1\nx = 'caf\xe9'\n".encode('latin-1'))
with tokenize.open(p) as f:
    print(f.encoding, f.mode, repr(f.read()), repr(f).replace(d, "D"))
with open(p, 'rb') as f:
    print(tokenize.detect_encoding(f.readline))
with open(p, 'rb') as f:
    for t in tokenize.tokenize(f.readline):
        print(t)
with open(p, 'wb') as f:
    f.write(b"# coding: nope\n")
with open(p, 'rb') as f:
    try:
        tokenize.detect_encoding(f.readline)
    except SyntaxError as e:
        print(str(e).replace(d, 'D'))
os.remove(p); os.rmdir(d)
g = tokenize.generate_tokens(io.StringIO("x = (\n").readline)
print(next(g))
try:
    list(g)
except tokenize.TokenError as e:
    print(type(e).__name__, e, e.args)
# generators are lazy: tokens before the error are produced
got = []
try:
    for t in tokenize.generate_tokens(io.StringIO("a = 1\nb = '''x\n").readline):
        got.append(t.string)
except tokenize.TokenError as e:
    print(got, e.args)
# tokenize over a plain iterator's __next__
it = iter([b"x = 1\n", b"y = x\n"])
print([t.string for t in tokenize.tokenize(it.__next__)])
print(repr(tokenize.untokenize(tokenize.tokenize(iter([b"# coding: latin-1\n", b"z='\xe9'\n"]).__next__))))
