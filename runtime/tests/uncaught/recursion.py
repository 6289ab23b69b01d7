# Runs of one repeated traceback entry collapse into "[Previous line repeated N more times]".
def f(n):
    return f(n + 1)


def g(n):
    if n:
        g(n - 1)
    else:
        f(0)


g(5)
