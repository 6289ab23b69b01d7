# Differential test: lastindex/lastgroup and groups with nested, repeated and look-around groups.
import re
pats = [r'(a)(b)', r'((a)b)', r'(a)|(b)', r'((a)|(b))+', r'(a(b)?)+', r'(?:(a)|b)*', r'(a)(?=(b))', r'(a)(?!(c))b', r'((a)(?:(x)|b))', r'(a)+?(b)', r'(?P<x>a)(?P<y>b)?', r'(a)(b)(?:c|(d))', r'(?>(a)(b)?)', r'((a)|b)(?(2)c|d)']
subs = ['ab', 'a', 'b', 'abab', 'abc', 'aab', 'ad', 'abd', 'bd', 'ac']
for p in pats:
    rx = re.compile(p)
    for s in subs:
        m = rx.match(s)
        if m:
            print(p, s, m.span(), m.groups(), m.lastindex, m.lastgroup)
