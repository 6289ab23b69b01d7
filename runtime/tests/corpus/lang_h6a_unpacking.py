# Unpacking: starred targets, nested targets, swaps, for-loop targets, function-call unpacking.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), c, [d, *e] = (1, 2), 3, [4, 5, 6]
print(a, b, c, d, e)
x = y = z = []
x.append(1)
print(y, z is x)
a, b = b, a
print(a, b)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 99
print(i, lst)
data = {"k1": (1, [2, 3]), "k2": (4, [5, 6])}
for key, (num, [p, q]) in data.items():
    print(key, num, p, q)
for i, (ch, *more) in enumerate(["ab", "cde", "f"]):
    print(i, ch, more)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(*range(3), sep="-", end="!\n")
print([*"ab", *range(2), *{"k": 1}], {*"aa", *"b"} == {"a", "b"}, (*[1, 2],), {**{"a": 1}, "b": 2, **dict(c=3)})
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]), f(1, *(2, 3, 4)), f(**{"a": 1, "b": 2}), f(1, *[2], c=5, **{"d": 6}))
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "(a, b), c = [1, 2], 3", "a, *b, c, d = 'xy'", "[a] = []", "a, b = None"]:
    try:
        exec(bad, {})
        print("ok", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
it = iter(range(10))
a, b, *_ = it
print(a, b, _)
gen = (n * n for n in range(4))
w, *xs = gen
print(w, xs)
s1, s2 = "xy"
b1, b2 = b"xy"
d1, d2 = {"p": 1, "q": 2}
print(s1, s2, b1, b2, d1, d2)
(m, n), = [(7, 8)]
print(m, n)
[o] = {9}
print(o)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed, [r[::-1] for r in matrix][::-1], sum(matrix, []))
diag = [row[i] for i, row in enumerate(matrix)]
print(diag)
first, second, *others = sorted({3: "c", 1: "a", 2: "b", 0: "z"}.items())
print(first, second, others)
def returns_many():
    return 1, [2, 3], {"k": "v"}
one, (two, three), four = returns_many()
print(one, two, three, four)
counts = {}
for word, n in [("a", 1), ("b", 2), ("a", 3)]:
    counts[word] = counts.get(word, 0) + n
(ka, va), (kb, vb) = counts.items()
print(ka, va, kb, vb)
class P:
    def __init__(self, *coords, label="p", **meta):
        self.coords = coords
        self.label = label
        self.meta = meta
    def __iter__(self):
        return iter(self.coords)
px, py = P(3, 4)
print(px, py, P(*P(1, 2), label="z", **{"color": "red"}).meta, P().coords)
obj = P(0)
obj.x, obj.y = 10, 20
lst2 = [0, 0, 0]
lst2[0], lst2[2] = lst2[2] + 1, lst2[0] + 2
print(obj.x, obj.y, lst2)
aa = [1, 2, 3, 4, 5]
aa[1:3], aa[-1] = ["x", "y", "z"], "last"
print(aa)
t = 1, 2,
u = 1,
v = ()
print(t, u, v, type(u).__name__, len(v))
for (k, v) in zip("ab", "cd"):
    print(k + v, end=" ")
print()
key, value = max({"x": 3, "y": 9, "z": 1}.items(), key=lambda kv: kv[1])
print(key, value)
