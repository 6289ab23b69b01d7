# Newer syntax and compiler corners: star subscripts, parenthesized with, decorator
# expressions, walrus, augmented assignment targets, except*, match, lambdas.
class M:
    def __getitem__(self, k): return k
m = M()
idx = (1, 2)
print(m[*idx], m[*idx, 3], m[1:2, ...], m[:, None], m[()], m[1,])
with (open(__file__) as f1,
      open(__file__) as f2):
    print(f1.readline() == f2.readline())
buttons = {"a": lambda: 1}
@[lambda f: f, None][0]
def weird(): pass
print(type(weird).__name__)
@(lambda f: f())
def immediate():
    return "called"
print(immediate)
print(1if 1else 2, 0x1_0, 1e1_0, 0o1_0, [0_0], 1_0j, .5j, 5.j)
x = 1 + \
    2
print(x, 1 in [1] not in [[2]], 1 is not None is not False, (1, 2) < (1, 3) <= (1, 3), "a" < "b" in "abc")
lam = lambda *a, k=1, **kw: (a, k, kw)
print(lam(1, 2, k=3, z=4), (lambda: (yield))().__class__.__name__, (lambda x=(y := 5): x + y)())
def defaults(a, b=[1], *, c=(lambda: 42)()):
    return a, b, c
print(defaults(0))
print([y for x in range(3) if (y := x * x) > 0], [[z := i, z * 2] for i in range(2)])
def outer():
    total = 0
    def add(vals):
        nonlocal total
        [total := total + v for v in vals] if False else None
        for v in vals:
            total += v
        return total
    return add
print(outer()([1, 2, 3]))
print(*[1, 2], *"ab", sep="", end="|\n")
print(f"{'a' if True else 'b'}", f"{(lambda: 7)()}", f"{ {1: 2}[1] }", f"{[1, 2][-1]!r:>3}", f"{3:{'>'}4}")
t = 1,
print(t, (1), [*t], {**{}}, {*()}, (*t, *t))
a = b = c = 5
a += 1; b -= 1; c **= 2
print(a, b, c)
v = [1, 2, 3]
v[0] += 10; v[-1] //= 2; v[1] **= 3
print(v)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] <<= 3
print(d)
s = "abc"
s *= 2
s += "!"
print(s, -(-5), +(-5), not not 0, ~~5, - - 5)
if (n := 10) > 5 and (m2 := n * 2):
    print(n, m2)
while (line := "") != "":
    pass
print(type(...).__name__, ... is Ellipsis, __debug__)
try:
    pass
except* ValueError:
    pass
print("except* ok")
match [1, [2, 3]]:
    case [int(a), [b, *rest]] if a < b:
        print("matched", a, b, rest)
class Decor:
    def __init__(self, f): self.f = f
    def __call__(self, *a): return ("decorated", self.f(*a))
@Decor
def fn(x): return x * 2
print(fn(4))
def gen_with_return():
    x = yield 1
    return x
g = gen_with_return()
next(g)
try:
    g.send("sent")
except StopIteration as e:
    print("returned", e.value)
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2], {i: j for i, j in zip("ab", "cd")}, {i for i in "aab"} == {"a", "b"})
async def agen():
    yield 1
print(type(agen()).__name__, (x for x in []).__class__.__name__)
global_var = 1
def use_global():
    global global_var
    global_var += 1
    return global_var
print(use_global(), global_var)
print(type(lambda: 0).__name__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def f_annot(x: "int" = 5) -> "str": ...
print(f_annot.__annotations__, f_annot())
class WithCall:
    __call__ = lambda self, x: x + 1
print(WithCall()(1), callable(WithCall()))
print("done")
