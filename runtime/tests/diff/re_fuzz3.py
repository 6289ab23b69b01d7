# Differential test (one checksum per pattern): random patterns with lazy loops, named
# back-references, look-arounds and scoped IGNORECASE.
import re, sys
seed = 21; N = 1000
st = [seed]
def rnd(n):
    st[0] = (st[0] * 1103515245 + 12345) % 2147483648
    return (st[0] >> 8) % n
ATOMS = ['a', 'b', 'A', 'B', '[a-c]', '[^b]', r'\W', '.', 'ab', r'\d', '1', ' ']
def gen(d):
    k = rnd(10) if d < 4 else rnd(2)
    if k <= 1: return ATOMS[rnd(len(ATOMS))]
    if k == 2: return gen(d+1) + gen(d+1)
    if k == 3: return gen(d+1) + '|' + gen(d+1)
    if k == 4: return '(' + gen(d+1) + ')' + ['', '*', '+?', '{1,3}', '??'][rnd(5)]
    if k == 5: return '(?:' + gen(d+1) + ')' + ['*', '+', '?', '*?', '{0,3}', '{2,}?'][rnd(6)]
    if k == 6: return ['a', '[ab]', '.', r'\w'][rnd(4)] + ['*', '+', '?', '*?', '+?', '{2,3}', '{1,}?'][rnd(7)]
    if k == 7: return ['(?=', '(?!', '(?<=', '(?<!'][rnd(4)] + ['a', 'ab', '(b)', '[ab]', r'\d'][rnd(5)] + ')'
    if k == 8: return '(?i:' + gen(d+1) + ')'
    return '(?P<g%d>%s)(?P=g%d)' % (d, ['a', 'b|a', 'a*', '.'][rnd(4)], d)
SUBJ = ['', 'aAbB', 'ab ab', 'abab1', 'ba11 a', 'AAaa', 'b1b1', 'a b c', 'aab bba']
def digest(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


for i in range(N):
    lines = []
    p = gen(0)
    fl = [0, 0, re.I, re.M, re.S][rnd(5)]
    try:
        rx = re.compile(p, fl)
    except Exception as e:
        print(i, ascii(p), 'ERR', e); continue
    for s in SUBJ[rnd(5):][:4]:
        m = rx.search(s); r1 = m and (m.span(), m.groups(), m.lastindex)
        m = rx.fullmatch(s); r3 = m and (m.span(), m.groups())
        lines.append(repr((s, r1, r3, rx.findall(s), rx.sub('-', s), rx.split(s), rx.subn(r'<\g<0>>', s, 2))))
    print(i, ascii(p), int(fl), digest(''.join(lines)))
