# Differential test: patterns starting with .* (search start skipping) over multi-line text.
import re
subs = ['ab\ncd\nab', '\n\nx', 'xa\n', 'a\nb\nc\n', '', '\n', 'abc', 'zz\nzx']
pats = ['.*x', '.*b', '.*$', '.*(?m:$)', '.*\\n', '.*(?<=b)', '.*?b', '(?s).*b', '.*', '.*c|d', '.*(?=\\n)', '.*\\b', '.+', '.*x?', '.*(a)\\1?', '.{0,}b']
for p in pats:
    for s in subs:
        print(repr(p), repr(s), [m.span() for m in re.finditer(p, s)], re.sub(p, '-', s), re.search(p, s, re.M) and re.search(p, s, re.M).span(), [m.span() for m in re.compile(p).finditer(s, 1)])
