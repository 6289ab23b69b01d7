# Comprehensions: list/set/dict/generator, nesting, conditions, scoping rules.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print(sorted({x % 5 for x in range(100)}))
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(6) if x != 3})
g = (x + 1 for x in range(5))
print(type(g).__name__, list(g), list(g))

# comprehension variable does not leak
x = "outer"
res = [x for x in range(3)]
print(x, res)

# the first iterable is evaluated in the enclosing scope
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    try:
        bad = [d * len(data) for d in data]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)

# nested comprehension flattening
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])

# conditional expression inside
print(["even" if n % 2 == 0 else "odd" for n in range(5)])

# walrus in comprehension binds in enclosing scope
def walrus_comp():
    vals = [y := n * 2 for n in range(4)]
    return vals, y
print(walrus_comp())

data = [3, 8, 1, 9, 4]
print([m for v in data if (m := v * 10) > 30])
print(m)

# dict comprehension with duplicate keys keeps last
print({k % 3: k for k in range(10)})

# generator expression laziness
log = []
def src():
    for i in range(3):
        log.append(f"yield {i}")
        yield i
gen = (v * 10 for v in src())
log.append("created")
first = next(gen)
log.append(f"got {first}")
rest = list(gen)
print(log, rest)

# generator expression as sole argument
print(sum(i for i in range(101)))
print(max(len(w) for w in "the quick brown fox".split()))

# nested functions capture comprehension variables
fns = [lambda: i for i in range(3)]
print([f() for f in fns])

# comprehension over a string and tuple unpacking
pairs = [(c, i) for i, c in enumerate("hey")]
print(pairs)
print({c: i for i, c in enumerate("hello")})

# set comprehension sorted
print(sorted({w.lower() for w in ["A", "a", "B", "c", "C"]}))

# comprehension with side effects order
order = []
res = [order.append((a, b)) or a * b for a in range(2) for b in range(3) if b != 1]
print(res, order)

# async-free nested generator expressions
gen2 = ((a, b) for a in range(3) for b in range(a, 3))
print(list(gen2))

# comprehension iterating over its own previous result
squares = [i * i for i in range(5)]
cum = [sum(squares[:i + 1]) for i in range(len(squares))]
print(cum)

# scoping: comprehension in function sees function locals
def f(n):
    offset = 100
    return [offset + i for i in range(n)]
print(f(3))

# list comprehension with tuple targets and star
rows = [(1, 2, 3, 4), (5, 6, 7, 8)]
print([(a, rest) for a, *rest in rows])
print([b for _, b, *_ in rows])
