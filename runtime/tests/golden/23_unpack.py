a, b = b, a
x, *rest = items
first, *mid, last = items
[p, (q, r)] = data
for k, v in d.items():
    pass
