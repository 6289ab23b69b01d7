# Lambdas: defaults, varargs, closures, immediately invoked, in sort keys.
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *rest, k=1, **kw: (a, b, rest, k, sorted(kw.items()))
print(add(1))
print(add(1, 2, 3, 4, k=5, z=6, y=7))
print((lambda: "iife")())
print((lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda a, /, b: a - b)(10, b=3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: -p[1]))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] >= 25, people)))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(15)])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for op in sorted(ops):
    print(op, ops[op](12, 4))
print((lambda x: (yield x))(5).__class__.__name__)
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-2, 0, 3)])
print((lambda: None)())
lam = lambda x, y=[]: y.append(x) or y
print(lam(1), lam(2), lam(3, []))
print(type(sq).__name__, callable(sq))
try:
    sq()
except TypeError as e:
    print("TypeError", e)
try:
    sq(1, 2)
except TypeError as e:
    print("TypeError", e)
