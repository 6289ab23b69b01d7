# Differential test: deep group nesting (RecursionError) and long subjects (no native recursion).
import re
for n in [100, 300, 2000, 100000]:
    for p in ['(' * n + ')' * n, '(?:' * n + 'a' + ')*' * n, '(?=' * n + ')' * n]:
        try:
            r = re.compile(p)
            print(n, 'ok', r.groups, r.match('a' if 'a' in p else '') is not None)
        except RecursionError as e:
            print(n, 'RecursionError')
        except re.error as e:
            print(n, 'error', e)
s = 'ab' * 200000
print(re.match('(?:a|b)*c', s), re.match('(?:a|b)*', s).end(), re.match('(a|b)*', s).span(1))
print(re.match(r'(?:(a)|b)*?$', s).span())
print(len(re.findall(r'\w', s)), re.search('x', s), re.match('.*', 'y'*1000000).end())
print(re.match('(?:ab)+?c', s), re.sub('a', 'x', s)[:6], len(re.split('b', s)))
print(re.fullmatch('(?:(?:a|b)(?=[ab]|$))*', s) is not None)
print(re.match('(a*)*b', 'a'*25), re.match(r'(\w+\s?)+$', 'hello world ' * 3 + '!') )
