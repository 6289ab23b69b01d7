# The compiler's SyntaxWarnings ("is" with a literal, not callable/subscriptable, bad index
# types), seen through warnings.catch_warnings, and as SyntaxError under an error filter.
import warnings, sys
src = """
x = 1
a = x is 1
b = x is not 'a'
c = 1 is None
d = x is ()
e = x is (1, 2)
f = x is -1
g = None is x
h = x is ...
i = (1, 2)(3)
j = [1][None] if x else 0
k = {1}[0] if x else 0
l = (lambda: 1)[0] if x else 0
m = 'abc'[1.5] if x else 0
n = f'{x}'['a'] if x else 0
o = (1, 2)['a'] if x else 0
p = 1 < x is 2
"""
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(src, "<w>", "exec")
for x in w:
    print(x.category.__name__, x.lineno, x.message, x.filename)
warnings.simplefilter("error")
try:
    compile("y = 1\nz = y is 5\n", "<e>", "exec")
except SyntaxError as e:
    print("error:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.args)
