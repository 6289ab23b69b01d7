# Differential test (one checksum of all results per pattern): random patterns over Unicode letters, case folding and classes.
import re, sys
seed = 7; N = 800
st = [seed]
def rnd(n):
    st[0] = (st[0] * 1103515245 + 12345) % 2147483648
    return (st[0] >> 8) % n
ATOMS = ['é', 'É', 'ß', '[à-ÿ]', '(?i:é)', r'\W', r'[^\w\s]', 'k', 'K', '[a-z]', '[^A-Z]', 'σ', 'Σ', r'\S', '.', r'(?i:[ǅ])', '-']
def gen(d):
    k = rnd(12) if d < 4 else rnd(3)
    if k <= 2:
        return ATOMS[rnd(len(ATOMS))]
    if k == 3:
        return gen(d+1) + gen(d+1)
    if k == 4:
        return gen(d+1) + '|' + gen(d+1)
    if k == 5:
        g = gen(d+1)
        return '(' + g + ')'
    if k == 6:
        return '(?:' + gen(d+1) + ')' + ['*', '+', '?', '*?', '+?', '??', '{1,2}', '{2}', '{0,2}?'][rnd(9)]
    if k == 7:
        return ['a', 'b', '.', '[ab]', r'\w'][rnd(5)] + ['*', '+', '?', '*?', '+?', '??', '{1,2}', '{2}', '*+', '++', '{,2}'][rnd(11)]
    if k == 8:
        return ['(?=', '(?!', '(?<=', '(?<!', '(?>'][rnd(5)] + gen(d+1) + ')'
    if k == 9:
        return '(' + gen(d+1) + ')' + ['*', '+', '?', '{2}'][rnd(4)]
    if k == 10:
        return '(a)?(?(1)' + gen(d+1) + '|' + gen(d+1) + ')'
    return r'(a|b)\1'
SUBJ = ['', 'é', 'Éé', 'kK\u212a', 'ßSS', 'σςΣ', 'a-b', 'ÀÉÎ õ', 'ǄǅǆX', 'Ab-Cd', 'x\ny', 'éÉé kk']
def digest(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


for i in range(N):
    lines = []
    p = gen(0)
    fl = [0, 0, 0, re.I, re.M, re.S][rnd(6)]
    try:
        rx = re.compile(p, fl)
    except Exception as e:
        print(i, ascii(p), 'ERR', e)
        continue
    for s in SUBJ[rnd(4):][:5]:
        try:
            m = rx.search(s)
            r1 = m and (m.span(), m.groups(), m.lastindex)
            m = rx.match(s)
            r2 = m and (m.span(), m.groups())
            m = rx.fullmatch(s)
            r3 = m and (m.span(), m.groups())
            lines.append(repr((s, r1, r2, r3, rx.findall(s), rx.sub('-', s), rx.split(s))))
        except Exception as e:
            lines.append('EXC %s %s' % (type(e).__name__, e))
    print(i, ascii(p), int(fl), digest(''.join(lines)))
