f = lambda x: x.y
list(map(f, [1]))
