"""Functions made in hot loops (MAKE_FUNCTION in the hot loop): lambdas with defaults,\nkeyword-only defaults, annotations, closures, generator expressions."""
def make(n):
    fs = []
    for i in range(n):
        fs.append(lambda x, i=i: x + i)
        def g(a, *, b=2, c: int = 3) -> int:
            return a + b + c + i
        fs.append(g)
        fs.append(sum(j * i for j in range(3)))
    return fs
for k in range(60):
    fs = make(5)
print([f(1) if callable(f) else f for f in fs])
print(fs[1].__name__, fs[1].__qualname__, fs[1].__defaults__, fs[1].__kwdefaults__, fs[1].__annotations__, fs[1].__module__)
print(fs[0].__defaults__, fs[0].__name__)
