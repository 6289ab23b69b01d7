import itertools as it
def show(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
def gen():
    yield 1
    yield next(a)
a, b = it.tee(gen())
show("tee reenter", lambda: list(a))
def kf(x):
    next(g)
    return x
g = it.groupby([1, 2, 3], key=kf)
show("groupby reenter", lambda: list(g))
c = it.count()
def bad():
    yield next(cy)
cy = it.cycle(bad())
show("cycle reenter", lambda: next(cy))
show("accumulate 3 pos", lambda: it.accumulate([1], None, 5))
show("chain next", lambda: next(it.chain()))
print(list(it.islice(it.count(), 0)), list(it.islice([1, 2, 3], None, None, 2)))
z = it.zip_longest([1], it.count())
print(next(z), next(z))
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
show("chain boom", lambda: list(it.chain([1], Boom())))
show("product boom", lambda: it.product(Boom()))
show("islice boom", lambda: list(it.islice(Boom(), 2)))
p = it.permutations("abc", 2)
print(next(p), list(p), list(p))
c = it.combinations(range(5), 5)
print(list(c), list(it.combinations(range(3), 4)))
print(list(it.starmap(lambda *a: sum(a), it.zip_longest([1, 2], [3], fillvalue=10))))
print(list(it.takewhile(lambda x: x < 3, it.count())))
print(sum(it.repeat(2, 10)), list(it.compress(it.count(), [0, 1, 0, 1])))
print(list(it.accumulate(it.repeat(1, 5), lambda a, b: a * 2 + b, initial=0)))
print(list(it.pairwise(it.chain("ab", "cd"))))
x = it.groupby("aabbb")
print([(k, list(g)) for k, g in x], list(x))
