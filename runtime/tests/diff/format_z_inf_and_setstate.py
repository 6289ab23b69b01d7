# The `z` option against infinities that `%` makes from finite values, and the
# TypeError texts of Random.setstate for a bad index and a bad state word.
import random

for x in (-1e308, -1.7e308, -0.0001, -0.0, -1.5, 1e308):
    for spec in ('z%', 'z.0%', 'z.1f', 'z.0f', 'z.3e', 'z,.2%', '+z.1%'):
        print(repr(x), spec, format(x, spec))
r = random.Random(1)
s = r.getstate()
for bad in ((3, s[1][:-1] + ('x',), None), (3, ('x',) + s[1][1:], None),
            (3, s[1][:-1] + (1.5,), None)):
    try:
        r.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r.setstate(s)
print(r.random())
