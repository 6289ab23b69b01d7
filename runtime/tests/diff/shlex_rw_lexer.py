# shlex after the rewrite: class attributes, push/pop of tokens and sources, punctuation,
# error_leader, split/quote/join edge cases and error messages
import io
import shlex


def run(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for posix in (False, True):
    lx = shlex.shlex('x', posix=posix)
    print(posix, repr(lx.eof), repr(lx.commenters), repr(lx.whitespace), repr(lx.quotes),
          repr(lx.escape), repr(lx.escapedquotes), lx.whitespace_split, repr(lx.state),
          lx.lineno, lx.debug, repr(lx.token), lx.source, repr(lx.punctuation_chars), lx.infile)
    print(len(lx.wordchars), 'é' in lx.wordchars, '-' in lx.wordchars)

for pc in (False, True, '|&', '();'):
    lx = shlex.shlex('ls -la ~/x.txt|grep "a b">out;echo $((1+2)) && a||b', punctuation_chars=pc)
    print(repr(pc), repr(lx.punctuation_chars), list(lx))
    lx = shlex.shlex('a&&b ; c (d) e|f >> g', posix=True, punctuation_chars=pc)
    lx.whitespace_split = True
    print(repr(pc), list(lx))

lx = shlex.shlex('one two three')
print(lx.get_token())
lx.push_token('pushed')
lx.push_token('again')
print(lx.get_token(), lx.get_token(), lx.get_token())
lx.push_source('inner stream', 'inner.txt')
print(lx.infile, lx.get_token(), lx.lineno, lx.get_token())
print(lx.get_token(), lx.infile, repr(lx.get_token()), repr(lx.get_token()))

lx = shlex.shlex('a\nb\n\nc # comment\nd', infile='f.sh')
toks = []
for t in lx:
    toks.append((t, lx.lineno))
print(toks, lx.error_leader(), lx.error_leader('g', 9), lx.error_leader(lineno=3))
print(shlex.shlex('x').error_leader())

lx = shlex.shlex(io.StringIO('from stream "q s" \'single\''), posix=True)
run("list", lambda: list(lx))
lx = shlex.shlex('a,b;c=d', posix=True)
lx.wordchars += ',;='
run("list", lambda: list(lx))
lx = shlex.shlex("a 'b\\'c' \"d\\\"e\" f\\ g", posix=True)
run("list", lambda: list(lx))
lx = shlex.shlex("a 'b\\'c' \"d\\\"e\"", posix=False)
run('nonposix escapes', lambda: list(lx))
lx = shlex.shlex('x "$y" z', posix=True)
lx.escapedquotes = '"\''
run("list", lambda: list(lx))

for s in ['a"b c"d', "'a''b'", '"" x', "a\\\\b", '"a\\\\b"', "'a\\\\b'", '"\\$x"', 'x\\', '"x',
          "a # b", "a#b", 'é ü', '  ', '', 'a\tb\r\nc']:
    run('split %r' % s, lambda: shlex.split(s))
    run('split-np %r' % s, lambda: shlex.split(s, posix=False))
    run('split-c %r' % s, lambda: shlex.split(s, comments=True))

for s in ['', ' ', 'simple', 'with space', "o'neil", '"dq"', 'a$b', 'a`b`', '~home', 'x=1', 'a,b',
          'emoji😀', '-flag', '--long=val', 'tab\t', 'new\nline', 'a\\b']:
    print(repr(s), shlex.quote(s))
run('quote None', lambda: shlex.quote(None))
run('quote bytes', lambda: shlex.quote(b'abc'))
print(shlex.join([]), shlex.join(['a']), shlex.join(['a b', '', 'c']))
run('join bad', lambda: shlex.join(['a', 3]))
print(sorted(shlex.__all__))
