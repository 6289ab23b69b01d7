# The "too many positional arguments" message counts keyword-only arguments given.
def f(a, b, /, c, *, d):
    return a + b + c + d

def g(a, *, k=1, m=2):
    return a

def h(a, b=2, *, k):
    return a

cases = [
    lambda: f(1, 2, 3, 4, d=5),
    lambda: g(1, 2, k=3),
    lambda: g(1, 2, k=3, m=4),
    lambda: g(1, 2),
    lambda: h(1, 2, 3, k=4),
    lambda: h(1, 2, 3),
    lambda: g(1, 2, 3, m=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
print(f(1, 2, 3, d=4), g(7, k=1), h(5, k=0))
