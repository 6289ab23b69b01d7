import re
import itertools
import operator
from collections import Counter, defaultdict, namedtuple
import statistics
import struct

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of comparison only."""

words = re.findall(r"[a-z]+", TEXT.lower())
cnt = Counter(words)
print(len(words), len(cnt), cnt.most_common(6))
print(sorted(w for w, c in cnt.items() if c == 2))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print({k: len(v) for k, v in sorted(by_len.items())}, by_len[max(by_len)])
lens = [len(w) for w in words]
print(statistics.mean(lens), statistics.median(lens), statistics.mode(lens), round(statistics.pstdev(lens), 6), round(statistics.variance(lens), 6))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.quantiles(lens, n=4), statistics.harmonic_mean([1, 2, 4]), statistics.geometric_mean([1, 2, 4]))
sentences = [s.strip() for s in re.split(r'[,.]\s*', TEXT) if s.strip()]
print(len(sentences), sentences[:3])
print(re.sub(r'\bit was\b', 'IT WAS', TEXT.splitlines()[0]), re.sub(r'(\w+) of (\w+)', r'\2-\1', 'age of wisdom and spring of hope'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'), re.subn('a', 'A', 'banana'), re.split(r'(\s)', 'a b  c'))
m = re.search(r'(?P<adj>\w+) of (?P<noun>\w+)', TEXT)
print(m.group(), m.group('adj', 'noun'), m.groupdict(), m.span(), m.start('noun'), m.end(2), m.lastgroup, m.lastindex)
print([m.group(1) for m in re.finditer(r'the (\w+) of', TEXT)])
print(re.match(r'\s*(\w+)', '  hello world').groups(), re.fullmatch(r'[a-z]+', 'abc') is not None, re.fullmatch(r'[a-z]+', 'abc1'))
pat = re.compile(r'^(?:we|it) (\w+)', re.M | re.I)
print(pat.findall(TEXT), pat.pattern, pat.flags & re.I != 0, pat.groups)
print(re.findall(r'(\w)(\w)?', 'abc'), re.findall(r'a|(b)', 'ab'), re.escape('a.b*c'), re.sub('(?i)IT', 'x', 'It it IT'))
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('dflt'), re.match(r'(?:x)+?', 'xxx').group(), re.search(r'(\d+)(?=px)', 'w: 100px').group(1))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.findall(r'\b\w', 'Hello big World'), re.split(r',\s*', 'a, b,c ,d', maxsplit=2))
Token = namedtuple('Token', 'kind value pos')
spec = [('NUM', r'\d+(?:\.\d+)?'), ('ID', r'[A-Za-z_]\w*'), ('OP', r'[+\-*/=()]'), ('WS', r'\s+'), ('ERR', r'.')]
tok_re = re.compile('|'.join(f'(?P<{k}>{p})' for k, p in spec))
def lex(s):
    for m in tok_re.finditer(s):
        if m.lastgroup != 'WS':
            yield Token(m.lastgroup, m.group(), m.start())
print(list(lex('x1 = 3.14 * (y + 42) $')))
print(list(itertools.groupby(sorted(words, key=len)[:12], key=len)) and [(k, list(g)) for k, g in itertools.groupby(sorted(words, key=len)[:12], key=len)])
pairs = list(itertools.pairwise(words[:6])) if hasattr(itertools, 'pairwise') else []
print(pairs, list(itertools.starmap(operator.mul, [(2, 3), (4, 5)])), list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest('ab', 'wxyz', fillvalue='-')), list(itertools.chain.from_iterable(['ab', 'cd'])), list(itertools.permutations('abc', 2))[:4])
print(list(itertools.combinations_with_replacement('ab', 3)), list(itertools.repeat('r', 3)), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
a, b = itertools.tee(iter(range(5)))
print(list(a), list(b), list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.islice('abcdefg', 1, None, 2)), list(itertools.cycle('ab'))[:0] if False else list(itertools.islice(itertools.cycle('ab'), 5)))
rec = struct.pack('<I2sh d', 258, b'ab', -2, 1.5)
print(rec.hex(), struct.unpack('<I2sh d', rec), struct.calcsize('<I2sh d'), struct.calcsize('I2shd'), struct.pack('>H', 1), struct.pack('!q', -1))
print(struct.unpack_from('>HH', b'\x00\x01\x00\x02\xff', 0), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.Struct('<3B').unpack(b'abc'))
try:
    struct.pack('<B', 256)
except struct.error as e:
    print('struct.error', e)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real', 'imag')(3 + 4j), operator.methodcaller('split', ',')('a,b'), sorted(cnt.items(), key=operator.itemgetter(1, 0))[-3:])
