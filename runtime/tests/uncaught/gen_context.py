def gen():
    yield 1
    raise KeyError("in gen")
g = gen()
next(g)
try:
    raise ValueError("outer")
except ValueError:
    next(g)
