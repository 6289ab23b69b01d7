def add(a, b=2, *args, c, d=4, **kw):
    "Add things."
    return a + b + c + d
