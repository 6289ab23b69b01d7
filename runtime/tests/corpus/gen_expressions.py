# Generator expressions: laziness, scoping of the first iterable, reuse, nesting.
log = []
def src(name, n):
    log.append(f"iter {name}")
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
g = (x * 10 for x in src("a", 3))
log.append("genexp created")
print(log)
print(next(g), log[-1])
print(list(g), len(log))
log.clear()
g2 = ((x, y) for x in src("o", 2) for y in src("i", 2))
log.append("created")
print(list(g2))
print(log)
n = 3
gen = (i for i in range(n))
n = 10
print(list(gen))
xs = [1, 2, 3]
gen = (x for x in xs)
xs = [7, 8, 9]
print(list(gen))
ys = [1, 2, 3]
gen = (y for y in ys)
ys.append(4)
print(list(gen))
factor = 2
gen = (v * factor for v in range(3))
factor = 100
print(list(gen))
try:
    bad = (1 / x for x in [1, 0])
    print("created without error")
    print(list(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError on consumption:", e)
try:
    g3 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
nested = (sum(row) for row in ([i] * i for i in range(5)))
print(list(nested))
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in "a bb ccc dd".split()))
print(sorted((x % 3, x) for x in range(6)), tuple(c.upper() for c in "abc"), dict((k, len(k)) for k in ["x", "yy"]))
print(" ".join(str(i) for i in range(5)), any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "ab3"))
gen = (i for i in range(3))
print(type(gen).__name__, iter(gen) is gen, next(gen), list(gen), list(gen))
class K:
    items = [1, 2, 3]
    total = sum(i for i in items)
    try:
        scaled = list(i * len(items) for i in items)
    except NameError as e:
        scaled = str(e)
print(K.total, K.scaled)
print(list((a, b) for a in range(3) if a for b in range(a) if b != 1))
