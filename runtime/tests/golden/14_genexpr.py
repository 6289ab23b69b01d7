total = sum(x for x in range(100))
def f(n):
    return (i * n for i in range(n))
