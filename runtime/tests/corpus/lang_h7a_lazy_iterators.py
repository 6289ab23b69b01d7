import itertools as it
def noisy(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
    print(f"  {name} done")
print(list(zip(noisy("a", 3), noisy("b", 2))))
g = noisy("c", 5)
print(list(it.islice(g, 2)), next(g))
groups = it.groupby("aaabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
gs = [(k, g) for k, g in it.groupby("xxyyz")]
print([(k, list(g)) for k, g in gs])
a, b = it.tee(noisy("t", 3))
print(next(a), next(a), next(b), list(b), list(a))
m = map(lambda x: print("map", x) or x * 2, [1, 2, 3])
print("created")
print(next(m), list(m))
f = filter(lambda x: print("filt", x) or x % 2, range(4))
print(list(f))
c = it.chain(noisy("p", 1), noisy("q", 1))
print(list(c))
z = it.zip_longest(noisy("l1", 2), noisy("l2", 1))
print(list(z))
gen = (print("genexp", x) or x for x in noisy("src", 2))
print("before")
print(sum(gen))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        elif cmd is not None: n += cmd
        else: n += 1
c = counter(); print(next(c), c.send(5), next(c), c.send("reset"), c.send(2))
it1 = iter([1, 2, 3, 4, 5])
print(list(zip(it1, it1)), list(it1))
it2 = iter(range(10))
print(3 in it2, list(it2))
print(list(it.takewhile(lambda x: x < 3, noisy("tw", 5))))
s = it.starmap(lambda a, b: a * b, zip(noisy("s1", 3), [10, 20, 30]))
print(list(s))
e = enumerate(noisy("en", 2), start=1)
print(list(e))
r = reversed([1, 2, 3]); print(next(r), list(r), list(r))
acc = it.accumulate(noisy("acc", 3)); print(next(acc), list(acc))
cyc = it.cycle(noisy("cy", 2)); print([next(cyc) for _ in range(5)])
prod = it.product(noisy("pr", 2), "ab"); print("product made"); print(list(prod))
d = dict.fromkeys(noisy("dk", 2)); print(d)
print(max(noisy("mx", 3)), sorted(noisy("so", 2), reverse=True), any(noisy("an", 5)), all(noisy("al", 3)))
print(list(it.compress(noisy("cmp", 4), [1, 0, 1])))
print(list(it.pairwise(noisy("pw", 3))))
