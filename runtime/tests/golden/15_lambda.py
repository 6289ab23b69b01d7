f = lambda x, y=1: x + y
g = lambda: (yield)
h = lambda *a, **k: (a, k)
