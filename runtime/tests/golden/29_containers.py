l = [1, 2, 3]
t = (1, x)
s = {1, 2, 3}
d = {'a': 1, 'b': 2}
e = {k: v, **other}
m = [*a, *b, c]
n = (*a, 1)
empty = {}
