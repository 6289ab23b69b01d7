import contextlib, io, sys, copy, pickle, functools, logging
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in ctx", e)
    finally:
        print(f"</{name}>")
with tag("a") as t: print("body", t)
with tag("b"): raise KeyError("kk")
try:
    with tag("c"): raise ValueError("vv")
except ValueError as e: print("outer got", e)
with contextlib.suppress(ZeroDivisionError, KeyError): 1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("captured!"); print("two")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in "xyz": st.enter_context(tag(n))
    st.callback(print, "callback ran")
    print("inside stack")
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print("RuntimeError:", e)
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print("RuntimeError:", e)
class Res(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("res exit", a[0]); return None
with Res() as r: print(type(r).__name__)
with contextlib.nullcontext(5) as v: print(v)
cl = contextlib.closing(type("C", (), {"close": lambda s: print("closed")})())
with cl: pass
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.tell(), s.read(3), s.readlines(), s.read(), s.seek(0), s.readline().strip())
s.seek(0, 2); s.write("\nline4"); s.seek(0); print(s.read().splitlines(), list(io.StringIO("a\nb")))
b = io.BytesIO(b"abc"); b.seek(1); print(b.read(), b.getvalue(), b.tell(), b.write(b"de"), b.getvalue())
class Node:
    def __init__(s, v, kids=()): s.v = v; s.kids = list(kids); s.parent = None
    def __repr__(s): return f"N({s.v}, {s.kids})"
root = Node(1, [Node(2), Node(3)]); root.kids[0].parent = root
c1 = copy.copy(root); c2 = copy.deepcopy(root)
root.kids.append(Node(4)); root.v = 100
print(c1, c2, c2.kids[0].parent is c2, c1.kids is root.kids)
class Custom:
    def __init__(s): s.x = [1]
    def __copy__(s): n = Custom(); n.x = "shallow"; return n
    def __deepcopy__(s, memo): n = Custom(); n.x = "deep"; return n
print(copy.copy(Custom()).x, copy.deepcopy([Custom()])[0].x)
a = [1, [2]]; a.append(a); b2 = copy.deepcopy(a); print(b2[2] is b2, b2[1] is a[1])
data = {"n": 1, "l": [1, 2.5, "s", None, True], "t": (1, 2), "s": {3}, "b": b"x", "nested": {"k": [{}]}}
print(pickle.loads(pickle.dumps(data)) == data, pickle.loads(pickle.dumps(root)).kids[0].parent.v)
class Acc:
    @functools.singledispatchmethod
    def add(self, x): return f"generic {x}"
    @add.register
    def _(self, x: int): return f"int {x}"
    @add.register
    def _(self, x: list): return f"list {len(x)}"
print(Acc().add(1), Acc().add([1, 2]), Acc().add("s"))
log = logging.getLogger("app")
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h); log.setLevel(logging.INFO)
log.debug("hidden"); log.info("shown %d", 5); log.warning("warn %s", "x"); log.error("err")
child = logging.getLogger("app.sub"); child.info("from child")
try: 1 / 0
except ZeroDivisionError: log.exception("boom") if False else log.error("caught: %s", "zde")
print(logging.getLevelName(30), logging.getLevelName("ERROR"), log.getEffectiveLevel(), child.getEffectiveLevel(), log.isEnabledFor(10))
