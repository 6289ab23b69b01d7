# Differential test: re.error messages, positions, lineno/colno for bad patterns.
import re

BAD = [
    '(', ')', '(()', 'a)', '((a)', 'a**', 'a*+*', 'a+?+', '*', '+a', '?', '{1}', 'a|*', '(*)', '^*', '$+',
    r'\b*', r'\A+', '[a', '[', '[^', '[]', '[a-', r'[\d-z]', r'[a-\d]', '[z-a]', r'[\x41-\x30]',
    'a{3,2}', 'a{99999999999}', 'a{1,99999999999}', r'\q', r'\Q', r'[\q]', r'[\A]', r'\x4', r'\xz', r'\u12',
    r'\U0011ffff', r'\U1234', r'\777', r'[\777]', r'[\8]', r'\8', r'\1', r'(a)\2', r'(a\1)',
    '(?P<1>a)', '(?P<a-b>x)', '(?P<>x)', '(?P<a', '(?P<a>x)(?P<a>y)', '(?P=x)', '(?P=)', '(?P=1)',
    '(?Px)', '(?P', '(?', '(?z)', '(?<x>a)', '(?<', '(?<=a+)b', '(?<!a|bc)d', '(?<=a{1,2})',
    '(?#abc', '(?i', '(?i-', '(?i-i:a)', '(?-i)', '(?L)', '(?u)', '(?au)', '(?-a:x)', '(?i:x', '(?iq)',
    '(?i-q:x)', '(?i-:x)', '(?1)', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(-1)a)', '(?(1)a', '(?(a-b)x)',
    '(?(2)a)(b)', '(?(3)a)', 'a(?i)b', '(?x)a(?s)b', '\\', 'ab\\', '(?<=(a)\\1)', '(a)(?<=\\1)',
    '(?<=(a)(?P=x))', r'\N{DASH}', r'\N', '\n(\n', 'a\nb\n)', 'ab\n(?z)',
    '(?t)', '(?i-t:a)', '(?t:a)', 'a{,', '(?P<é>a)(?P=é)', '[[:alpha:]]',
]
for p in BAD:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(', b'\\q', b'(?u)', b'[\xe9-a]', b'(?P<\xe9>a)', b'\\u1234', b'(?L)a', b'(?a)(?L)x']:
    try:
        print(p, re.compile(p))
    except re.error as e:
        print(p, 'error:', e, e.pos)
    except Exception as e:
        print(p, type(e).__name__, e)

for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), ('a', re.I | re.M)]:
    try:
        print(repr(p), re.compile(p, f))
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [1, None, ['a']]:
    try:
        re.compile(p)
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile(re.compile('a'), re.I)
except Exception as e:
    print(type(e).__name__, e)
print(re.compile(re.compile('a')))
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
