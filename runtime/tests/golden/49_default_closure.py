def make(n):
    def add(x, n=n):
        return x + n
    return add, lambda: n
