a = x < y
b = 0 < x <= 10
c = x is None
d = x not in (1, 2)
e = x in [1, 2, 3]
if x is not None:
    pass
