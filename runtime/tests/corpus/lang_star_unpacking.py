# Iterable unpacking with * in assignments, calls, literals.
a, b, c = [1, 2, 3]
print(a, b, c)
a, *b = range(5)
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = (1,)  if False else (1, 2)
print(a, b, c)
first, *mid, last = range(10)
print(first, mid, last)
(a, b), c, *d = [(1, 2), 3]
print(a, b, c, d)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print([*range(3), *"ab", *[9]])
print((*[1, 2], 3))
print({*[1, 1], *[2]} == {1, 2})
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 100})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(f(0, *range(2), 9, *"ab", k=1, **{"m": 2}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
a = b = c = "same"
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
s = "xyz"
p, q, r = s
print(p, q, r)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(m, n), = [(7, 8)]
print(m, n)
[*star] = "abc"
print(star)
print(*[1, 2, 3], sep="-")
print(*"abc")
def g(a, b, c=0, *d):
    return a + b + c + sum(d)
print(g(*[1, 2]), g(*[1, 2, 3, 4, 5]))
swap = [1, 2, 3, 4]
swap[0], swap[-1] = swap[-1], swap[0]
print(swap)
