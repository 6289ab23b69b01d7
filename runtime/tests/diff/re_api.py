# Differential test: the Match and Pattern APIs, sub/subn templates and callables, split, findall.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1, 2), m.group('first', 2, 'last'))
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start(1), m.end('last'), m.span('first'), m.span(3), m.start('opt'))
print(m[0], m[1], m['last'], m[3])
print(m.lastindex, m.lastgroup, m.re, m.string, m.pos, m.endpos, m.regs)
print(m.expand(r'\2, \1 (\g<first>) \g<2> [\g<opt>] \n\t\\'))
print(bool(m), type(m).__name__, type(m))
for bad in [4, 'nope', -1, 1.5, None]:
    for fn in (m.group, m.start, m.span, m.__getitem__):
        try:
            fn(bad)
        except Exception as e:
            print(bad, type(e).__name__, e)
try:
    m.group(1, 9)
except IndexError as e:
    print('IndexError', e)
class Idx:
    def __index__(self):
        return 2
print(m.group(Idx()), m[True])

print(re.match(r'(a)(b)?', 'a').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastgroup)
print(re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastgroup, re.match(r'a', 'a').lastindex, re.match(r'(a)|b', 'b').lastindex)
print(re.match(r'(a)(?:b)', 'ab').lastindex, re.match('(?P<n>a)(c)', 'ac').lastgroup)
print(repr(re.match('a*', 'a' * 100)))
print(repr(re.match(b'ab', b'abc')), repr(re.search('é+', 'xéé')))
print(repr(re.match("'\"", "'\"")))

p = re.compile(r'(?P<word>\b\w+\b)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__)
print(re.compile('a'), re.compile(b'a', re.I), re.compile('a', re.A), re.compile('a', re.X | re.S))
print(re.compile('x' * 300))
print(repr(re.compile("it's")), repr(re.compile('a\nb')))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags, re.compile('(?a)a').flags)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('abc')) == hash(re.compile('abc')), re.compile('a') == 'a')

# sub / subn
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\w)', r'<\g<a>\g<1>\g<0>>', 'ab'))
print(re.sub('a', r'\n\t\\x', 'bab'), re.sub('a', '\\&', 'a'), re.sub('a', r'\0', 'a') == '\x00', re.sub('a', r'\012', 'a'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub('a', lambda m: None, 'banana'))
print(re.sub('a', 'x', 'banana', 2), re.sub('a', 'x', 'banana', count=1), re.subn('a', 'x', 'banana'), re.subn('z', 'x', 'banana'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('(x*)', r'[\1]', 'axb'))
print(re.subn(r'\b', '|', 'ab cd'), re.sub(r'(?=a)', '^', 'aaa'), re.sub('a|', '-', 'bab'))
print(re.sub(rb'a', rb'\\', b'bab'), re.sub(b'(a)', lambda m: m.group(1) * 3, b'bab'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.compile('o').sub('0', 'foo boo', 3))
print(re.sub('(?i)B', 'x', 'aBcb'), re.sub('a', 'b', 'aaa', flags=re.I))
for tmpl in [r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<x>', r'\g<2>', r'\g<-1>', r'\g<1a>', r'\3', r'\q', '\\', r'\400', r'\99', r'\g<99999999999>']:
    try:
        print(repr(tmpl), re.sub('(a)', tmpl, 'a'))
    except Exception as e:
        print(repr(tmpl), type(e).__name__, e)
for tmpl in [b'\\q', b'\\g<x>']:
    try:
        print(tmpl, re.sub(b'(a)', tmpl, b'a'))
    except Exception as e:
        print(tmpl, type(e).__name__, e)
for repl in [1, b'x']:
    try:
        re.sub('a', repl, 'a')
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1 / 0, 'a')
except Exception as e:
    print(type(e).__name__, e)

# split
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words', maxsplit=-1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\b', 'a b'), re.split('(?:)', ''))
print(re.split('(a)|b', 'xaybz'), re.split(',', ''), re.split(b',', b'a,b'))

# findall / finditer
print(re.findall(r'\d', 'a1b2c3'), re.findall(r'(\d)(\w)', 'a1b2c3'), re.findall(r'(\d)\w', 'a1b2c3'))
print(re.findall('', 'ab'), re.findall('a*', 'baaac'), re.findall('(a)|b', 'ab'))
print([m.span() for m in re.finditer(r'a*', 'baaac')])
it = re.finditer(r'\w+', 'ab cd')
print(next(it), next(it), list(it), iter(it) is it)
print(re.findall(r'(?m)^\w+$', 'one\ntwo\nthree'))
print(re.findall(r'\s+', 'a \u2003 b\u00a0c'))

# escape, purge, misc
print(re.escape('a.b*c d\t-#&~é_^$[]{}()|\\'), re.escape(b'a.b\x00 '))
re.purge()
print(re.template is not None, re.A, re.I, re.L, re.M, re.S, re.X, re.U, re.NOFLAG, re.DEBUG, re.T)
print(re.I | re.M, re.I & re.M, re.I ^ re.I, ~re.I, re.I | 512, int(re.I), re.I == 2, type(re.I).__name__)
print(re.I.value, re.I.name, (re.I | re.M).name, format(re.S), f'{re.X}', str(re.A), isinstance(re.I, int))
print(re.search('a', 'A', re.I | re.M), re.search('a', 'A', 2))
print(re.Pattern, re.Match, isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
