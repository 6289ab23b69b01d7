# The hot loop writes its instruction pointer back lazily: every callee that can look
# at its caller's line (properties, dunders, sys._getframe, warnings, logging,
# tracebacks, generators) must still see the current line once the code is hot.
import sys, warnings, logging, traceback

def caller_line():
    return sys._getframe(1).f_lineno

def caller_line2():
    return sys._getframe(2).f_lineno

class B:
    def __bool__(self):
        return caller_line2() > 0 and sys._getframe(1).f_lineno % 2 == 0
    def __len__(self):
        return 1
    @property
    def p(self):
        return sys._getframe(1).f_lineno
    def __getitem__(self, k):
        return sys._getframe(1).f_lineno + k
    def __iter__(self):
        return iter([sys._getframe(1).f_lineno])
    def __add__(self, o):
        return sys._getframe(1).f_lineno
    def __lt__(self, o):
        return sys._getframe(1).f_lineno > 0
    def __contains__(self, x):
        return sys._getframe(1).f_lineno == x
    def __setitem__(self, k, v):
        out.append(("set", sys._getframe(1).f_lineno))

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return sys._getframe(1).f_lineno * 0 + hash(self.v)
    def __eq__(self, o):
        out.append(("eq", sys._getframe(1).f_lineno))
        return self.v == o.v

out = []
def work(i):
    b = B()
    a = caller_line()
    c = b.p
    d = b[i]
    e = [x for x in b]
    f = b + 1
    g = b < 2
    h = 44 in b
    b[1] = 2
    if b:
        out.append("t")
    d1 = {K(1): 1, K(2): 2}
    v = d1[K(2)]
    s = {K(1), K(1)}
    z = sorted([3, 1, 2], key=lambda x: sys._getframe(1).f_lineno * 0 + x)
    return (a, c, d, e, f, g, h, v, z, len(s))

res = None
for i in range(200):
    res = work(i)
print(res, out[-6:])

def gen():
    for i in range(3):
        yield sys._getframe(0).f_lineno
        yield sys._getframe(1).f_lineno
print([list(gen()) for _ in range(100)][-1])

warnings.simplefilter("always")
import io
buf = io.StringIO()
warnings.showwarning = lambda m, c, f, l, file=None, line=None: buf.write(f"{c.__name__}:{l}:{m}\n")
def warn_user():
    warnings.warn("careful", UserWarning, stacklevel=2)
for i in range(100):
    warn_user()
    x = i + 1
print(buf.getvalue().splitlines()[-1])

logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s", level=logging.INFO)
log = logging.getLogger("t")
def logit(i):
    y = i * 2
    if i == 99:
        log.info("at %d", i)
    return y
for i in range(100):
    logit(i)

def boom(i):
    return [1][i]
def mid(i):
    x = i
    return boom(x) + 1
for i in range(100):
    try:
        mid(i % 2 + 0 if i < 99 else 5)
    except IndexError:
        tb = traceback.extract_tb(sys.exc_info()[2])
print([(t.name, t.lineno) for t in tb])
def stack_here():
    return [(f.name, f.lineno) for f in traceback.extract_stack()][-3:]
def outer(i):
    q = i + 1
    return stack_here()
for i in range(100):
    st = outer(i)
print(st)

# Finalisers run by a reference drop see the line that dropped it.
seen = []
class D:
    def __init__(self, v=0):
        self.v = v
    def __del__(self):
        seen.append(sys._getframe(1).f_lineno)
class H:
    __slots__ = ("a",)
def drops(i):
    d = D()
    d = None
    D()
    x = [D(i)][0].v
    t = (D(), D())
    a, b = t
    del t
    a = b = 0
    h = H()
    h.a = D()
    h.a = 1
    n = D(5).v
    return x + n
for i in range(120):
    drops(i)
print(seen[-9:], len(seen))
