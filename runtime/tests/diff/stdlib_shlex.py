# shlex: split (posix and not), quote, join, the shlex class with comments, punctuation, errors
import shlex


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [
    'a b c', '  lead  and trail  ', 'a "b c" d', "a 'b c' d", 'a\\ b c', '"a\\"b"', "'a\\'",
    'x="1 2" y', 'echo $HOME "$PATH"', 'a#b # comment', 'foo\\\nbar', '"\\\\"', '"\\x"',
    "don't", 'a "" b', "''", 'tab\there\nnewline', 'ünï cödé', 'a;b|c&&d', 'cmd > out.txt 2>&1',
    '"unterminated', 'trailing\\', "'single", 'a"b"c', "it's \"quoted\"",
]
for c in cases:
    show('split %r' % c, lambda: shlex.split(c))
    show('comments %r' % c, lambda: shlex.split(c, comments=True))
    show('nonposix %r' % c, lambda: shlex.split(c, posix=False))

for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'file.txt', 'a/b-c_d:e,f=g+h@i%j', 'é', '*', 'x\ny']:
    print('quote', repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))
show('quote int', lambda: shlex.quote(5))

lex = shlex.shlex('a = b; c("x y") # tail\nnext line')
print(list(lex))
lex = shlex.shlex('a = b; c("x y") # tail\nnext line', posix=True)
toks = []
while True:
    t = lex.get_token()
    if t is None:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex('ls -l | grep "a b" && echo ok;done', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a&&b||c>>d ~/x.py', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
print(lex.error_leader(), lex.error_leader('f', 3))
lex = shlex.shlex('x:y:z', posix=True)
lex.whitespace = ':'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('k=v; %% rest', posix=True)
lex.commenters = '%'
lex.wordchars += '='
print(list(lex))
lex = shlex.shlex('"a b" c', posix=True)
print(lex.posix, repr(lex.eof), lex.quotes, lex.escape, lex.whitespace_split, repr(lex.commenters))
print(list(lex))
show('class unterminated', lambda: list(shlex.shlex('"abc', posix=True)))
show('class escape eof', lambda: list(shlex.shlex('abc\\', posix=True)))
show('punct', lambda: shlex.shlex('x', punctuation_chars='<>').punctuation_chars)
