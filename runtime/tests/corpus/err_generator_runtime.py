# StopIteration leaking from a generator becomes an uncaught RuntimeError.
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
for v in evens(20):
    print("even", v)
def pairs(seq):
    it = iter(seq)
    while True:
        a = next(it)
        b = next(it)
        yield a, b
for p in pairs([1, 2, 3, 4]):
    print(p)
print(list(pairs([1, 2, 3, 4, 5])))
