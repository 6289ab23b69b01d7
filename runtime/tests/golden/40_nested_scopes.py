def a():
    x = 1
    class B:
        y = x
        def m(self):
            return x
    return B
