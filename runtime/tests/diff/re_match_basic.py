# Differential test: many patterns against many strings (search/match/fullmatch spans and groups).
import re

CASES = [
    (r'abc', ['abc', 'xabcx', 'ab', '']),
    (r'a.c', ['abc', 'a\nc', 'ac']),
    (r'(?s)a.c', ['a\nc']),
    (r'a*', ['', 'aaa', 'baaa']),
    (r'a+?', ['aaa']),
    (r'a*?b', ['aaab', 'b']),
    (r'a{2}', ['a', 'aa', 'aaa']),
    (r'a{2,}', ['aaaaa', 'a']),
    (r'a{,2}', ['aaaa']),
    (r'a{1,3}?', ['aaa']),
    (r'a{2,3}+a', ['aaaa', 'aaa']),
    (r'a{', ['a{']),
    (r'a{1', ['a{1']),
    (r'a{,', ['a{,']),
    (r'x{}', ['x{}']),
    (r'(a|b)*c', ['ababc', 'c', 'abab']),
    (r'(a|ab)(c|bcd)(d*)', ['abcd']),
    (r'(?:a|b)+', ['abba']),
    (r'^abc$', ['abc', 'abc\n', 'abc\n\n']),
    (r'(?m)^b$', ['a\nb\nc']),
    (r'a$', ['a\n', 'a\nb']),
    (r'a\Z', ['a\n', 'a']),
    (r'\Aa', ['ba', 'a']),
    (r'\bfoo\b', ['a foo b', 'afoo', 'foo']),
    (r'\Bfoo', ['afoo', 'foo']),
    (r'\B', ['', 'a']),
    (r'\b', ['', 'a']),
    (r'\d+', ['abc123', '٣٤٥', 'x']),
    (r'(?a)\d+', ['٣٤٥', '12']),
    (r'\w+', ['héllo wörld', '_x1']),
    (r'(?a)\w+', ['héllo']),
    (r'\s+', ['a \t\n\x1cb', 'a\u3000b']),
    (r'(?a)\s+', ['a\x1c b']),
    (r'\D\W\S', ['a b', '!!!a']),
    (r'[a-c]+', ['xabcabcx']),
    (r'[^a-c]+', ['abcxyzabc']),
    (r'[]a]+', ['a]]a']),
    (r'[^]a]+', ['a]bc]']),
    (r'[a-]+', ['a-a-']),
    (r'[-a]+', ['a--a']),
    (r'[\d\s]+', ['a1 2 3b']),
    (r'[\w-]+', ['foo-bar baz']),
    (r'[.*+?]+', ['a.*+?b']),
    (r'[\]\\]+', ['x]\\]x']),
    (r'[\x41-\x43]+', ['ABCD']),
    (r'\x41\u0042\U00000043\101', ['ABCA']),
    (r'\0', ['\x00']),
    (r'\07', ['\x07']),
    (r'[\0-\7]', ['\x05']),
    (r'(?i)hello', ['HeLLo', 'HELLO']),
    (r'(?i)[a-z]+', ['ABCdef']),
    (r'(?i)[^a-z]+', ['ABC123']),
    (r'(?i)é', ['É']),
    (r'(?i)σ', ['Σ', 'ς']),
    (r'(?i)[σ]', ['ς', 'Σ']),
    (r'(?i)k', ['\u212a', 'K']),
    (r'(?i)[k]', ['\u212a']),
    (r'(?i)s', ['ſ']),
    (r'(?ia)s', ['ſ']),
    (r'(?ia)é', ['É']),
    (r'(?i:a)b', ['Ab', 'AB']),
    (r'a(?i:b)c', ['aBc', 'aBC']),
    (r'(?i)a(?-i:b)c', ['AbC', 'ABC']),
    (r'(?x) a b  c # comment', ['abc']),
    (r'(?x)[ ]a', [' a']),
    (r'(?x)a\ b', ['a b']),
    (r'(a)(b)(c)\3\2\1', ['abccba']),
    (r'(?P<x>a+)(?P=x)', ['aaaa', 'aaa']),
    (r'(?i)(a)\1', ['aA']),
    (r'(a)|\1', ['x']),
    (r'(?:(a)|b)\1', ['aa', 'bb']),
    (r'(a)?(?(1)b|c)', ['ab', 'c', 'b']),
    (r'(?P<q>")?\w+(?(q)")', ['"abc"', 'abc', '"abc']),
    (r'(a)?(?(1)b)', ['ab', 'x']),
    (r'foo(?=bar)', ['foobar', 'foobaz']),
    (r'foo(?!bar)', ['foobar', 'foobaz']),
    (r'(?<=foo)bar', ['foobar', 'fobar']),
    (r'(?<!foo)bar', ['foobar', 'fobar', 'bar']),
    (r'(?<=(a))b', ['ab']),
    (r'(?=(a+))a*b\1', ['baaabac']),
    (r'(?=(\w+))', ['ab']),
    (r'(?!(a))b', ['b']),
    (r'(?>a|ab)c', ['abc', 'ac']),
    (r'(?>a*)a', ['aaa']),
    (r'a*+a', ['aaa']),
    (r'(?:ab)*+a', ['ababa']),
    (r'(?:ab)++', ['ababa']),
    (r'a?+b', ['ab', 'b']),
    (r'(a*)*', ['aaa', 'b']),
    (r'(a*)+', ['aaa', 'b']),
    (r'(a|)*b', ['aab']),
    (r'(?:a*?)*?b', ['aab']),
    (r'(a*?)*?', ['aa']),
    (r'(?:(a)|b)+', ['ab', 'ba']),
    (r'(a)+', ['aaa']),
    (r'((a)|(b))+', ['ab', 'ba']),
    (r'(\w+)\s(\w+)', ['hello world']),
    (r'.*foo', ['xfooyfoo']),
    (r'.*?foo', ['xfooyfoo']),
    (r'.*(\d+)', ['abc123']),
    (r'.*?(\d+)', ['abc123']),
    (r'[^\W\d]+', ['abc123def']),
    (r'(ab|cd)*?', ['abcd']),
    (r'(\()?\d+(?(1)\))', ['(12)', '12', '(12']),
    (r'x*', ['']),
    (r'(?:)', ['abc']),
    (r'|a', ['a']),
    (r'a|', ['b']),
    (r'\.\*\+\?', ['.*+?']),
    (r'\$\^', ['$^']),
    (r'a\|b', ['a|b']),
    (r'[a-z]+@[a-z]+\.com', ['mail me@ex.com now']),
    (r'(\d{2,4})-(\d\d)', ['on 2023-04-05']),
    (r'\n\t\r\f\v\a', ['\n\t\r\f\v\a']),
    (r'[\n]', ['\n']),
    (r'[\b]', ['\b']),
    (r'\\', ['\\']),
    (r'é+', ['ééé']),
    (r'[é-ü]+', ['aéñüz']),
    (r'😀+', ['x😀😀y']),
    (r'.', ['😀']),
    (r'(?u)\w', ['é']),
]

for pat, subjects in CASES:
    rx = re.compile(pat)
    for s in subjects:
        out = []
        for fn in (rx.search, rx.match, rx.fullmatch):
            m = fn(s)
            out.append(None if m is None else (m.span(), m.groups(), m.lastindex))
        print(repr(pat), repr(s), out)
        print('   findall', rx.findall(s), 'sub', rx.sub('<\\g<0>>', s), 'split', rx.split(s))

# pos / endpos
rx = re.compile(r'\w+')
for pos, endpos in [(0, 100), (2, 5), (-3, 4), (5, 2), (3, 3), (10, 20)]:
    m = rx.search('hello world', pos, endpos)
    print(pos, endpos, m, m and (m.pos, m.endpos))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('ba', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\b').search('ab', 0, 1))
print(re.compile(r'(?<=b)a').search('ba', 1))
print(re.compile(r'\w+').findall('hello world', 3, 8))
print(list(m.span() for m in re.compile(r'\w').finditer('abcdef', 2, 4)))
print(re.compile('x*').match('xxx', pos=1, endpos=2))
print(re.compile('a').search(string='bab', pos=1))

# bytes patterns
print(re.findall(rb'\w+', b'hello w\xe9rld'))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.sub(rb'(\d)', rb'[\1]', b'a1b2'))
print(re.split(rb'\s', b'a b\tc'))
print(re.search(rb'\d+', bytearray(b'ab12')))
print(re.match(rb'\x41', b'A'), re.compile(rb'a(?P<n>b)').match(b'ab').groupdict())
print(re.fullmatch(rb'[^a]+', b'\xff\x00'))
for pat, s in [('a', b'a'), (b'a', 'a'), ('a', 1)]:
    try:
        print(re.search(pat, s))
    except TypeError as e:
        print('TypeError', e)
