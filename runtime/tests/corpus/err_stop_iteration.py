# next() on an exhausted iterator at module level raises an uncaught StopIteration.
words = iter("the quick brown fox jumps over the lazy dog".split())
for _ in range(9):
    w = next(words)
    print(w, len(w), w.upper())
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "default is fine"))
print(next(it))
