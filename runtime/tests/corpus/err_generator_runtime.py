# StopIteration leaking from a generator becomes an uncaught RuntimeError.
def pairs(seq):
    it = iter(seq)
    while True:
        a = next(it)
        b = next(it)
        yield a, b
for p in pairs([1, 2, 3, 4]):
    print(p)
print(list(pairs([1, 2, 3, 4, 5])))
