# fnmatch (translate text, matching, filter) and glob (patterns, recursive **, hidden files, escape)
import fnmatch
import glob
import os
import tempfile

pats = ['*.py', 'a*b*c', '[!a-c]x', '[]', '[!]', '[a-]', '[z-a]', 'a[b', '[a-c-e]', '[\\]', '[&&x]',
        '**', 'a?*', '[^x]', '[[x]', '*', '?', 'x*y*', '*a*', '[]]', '[!]]', '[a-c-]', 'a.b(c)+',
        '[b-a-z]', '\\*', '*[0-9]*.txt', '']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.PY', 'abc', 'aXbYc', 'dx', 'ax', ']', '!', '-', 'a', '', 'file1.txt',
         '.hidden', 'a\nb', '[x', 'x', '^', '&']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)], fnmatch.filter(names, p) ==
          [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.PY'))
print(fnmatch.fnmatch(b'abc.txt', b'*.txt'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
try:
    fnmatch.fnmatch('abc', b'a*')
except TypeError as e:
    print('TypeError', e)

old = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    try:
        for p in ['a.txt', 'b.txt', 'c.py', '.hid.txt', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt',
                  'sub/.hdir/g.txt', 'other/h.txt', 'weird[1].txt']:
            if os.path.dirname(p):
                os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'w') as f:
                f.write('x')
        g = lambda *a, **k: sorted(glob.glob(*a, **k))
        print(g('*.txt'))
        print(g('*'))
        print(g('*', include_hidden=True))
        print(g('.*'))
        print(g('*/*.txt'))
        print(g('sub/*'))
        print(g('sub/'))
        print(g('nope/'))
        print(g('a.txt'), g('zzz.txt'))
        print(g('**/*.txt'))
        print(g('**/*.txt', recursive=True))
        print(g('**', recursive=True))
        print(g('sub/**', recursive=True))
        print(g('sub/**/', recursive=True))
        print(g('**/', recursive=True))
        print(g('**', recursive=True, include_hidden=True))
        print(g('?.*'))
        print(g('[ab].txt'))
        print(g('weird[1].txt'), g(glob.escape('weird[1].txt')))
        print(g('*.txt', root_dir='sub'))
        print(g('**/*.py', root_dir=d, recursive=True))
        print(sorted(glob.iglob('s*/*.py')))
        print(g(os.path.join(d, 'sub', '*.py')) == [os.path.join(d, 'sub', 'e.py')])
        print(g(b'*.py'))
        print(g(''))
        print(glob.escape('a*b?c[d]'), glob.escape(b'x*'), glob.has_magic('a[b'), glob.has_magic('ab'))
    finally:
        os.chdir(old)
