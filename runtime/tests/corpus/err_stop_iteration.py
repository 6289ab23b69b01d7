# next() on an exhausted iterator at module level raises an uncaught StopIteration.
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "default is fine"))
print(next(it))
