def t(src):
    try:
        exec(src, {})
    except BaseException as e:
        print(src, "->", type(e).__name__, repr(e))
    else:
        print(src, "-> ok")
cases = r'''
[1,2][5]
(1,2)[5]
{}["k"]
{}[(1,2)]
{}[1.5]
None.foo
(1).foo
"x".foo
[].foo = 1
object().x = 1
int.foo
len(5)
len()
len(1, 2)
abs("x")
1 < "a"
[1] < (1,)
None < None
{} < {}
-"x"
~1.5
"a" * 1.5
[1] * "a"
1 / 0
1 // 0
1 % 0
1.0 / 0
divmod(1, 0)
2 ** -1 % 0
int("x")
int("5", 1)
int(None)
float([])
complex("abc")
list(5)
iter(5)
next(iter([]))
max([])
min([], default=None)
max(1)
sorted([1, "a"])
"abc".index("d")
[1].index(2)
[].pop()
{}.pop("a")
set().pop()
{1}.remove(2)
[1].remove(2)
dict([1])
dict([(1,2,3)])
a, b = [1, 2, 3]
a, b, c = [1, 2]
a, *b, c = [1]
f = lambda x: x; f()
f = lambda x: x; f(1, 2)
f = lambda x: x; f(y=1)
f = lambda x: x; f(1, x=2)
def g(*, k): pass
g(1)
def h(a, b=1, *args, c, **kw): pass
h()
import nosuchmod
from math import nosuch
x = undefined_name
def q():
    y = y + 1
q()
class A: pass
A().meth()
A.meth
hash([])
hash({})
{[]: 1}
{[1]}
"%d" % None
chr(-1)
chr(0x110000)
ord("ab")
ord("")
range(1, 2, 0)
range(1.5)
[1,2,3][1:2:0]
bytes([256])
bytes("x")
b"a" + "b"
"a" + b"b"
int.from_bytes(1)
round(1.5, "x")
getattr(1, "zz")
setattr(1, "x", 2)
delattr(A(), "x")
isinstance(1, 2)
issubclass(1, int)
super()
memoryview(1)
open(1.5)
(1).__add__("x")
1 + None
None + 1
[] + ()
() + []
{} | []
{1} + {2}
"abc"[1.0]
[1,2]["x"]
(lambda: (yield))().send(1)
import math; math.sqrt(-1)
import math; math.log(0)
import math; math.factorial(-1)
import math; math.factorial(1.5)
import math; math.exp(1000)
2.0 ** 10000
10 ** 400 * 1.0
float(10**400)
int(float("inf"))
int(float("nan"))
"".join(None)
str(b"x", "zz")
"x".encode("nope")
frozenset().add(1)
().append(1)
print(end=5)
print(sep=1)
type("X", (), {})().__dict__["a"]
x = [1]; x[1] = 2
x = {}; del x["a"]
x = [1]; del x[3]
enumerate(5)
zip(5)
map(None)
filter(None, 5)
callable()
'''
for line in cases.strip("\n").split("\n"):
    t(line.replace("; ", "\n") if line.startswith(("f =", "import", "x =")) else line)
