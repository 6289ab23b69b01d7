# Generators consumed by list(), set() and sum() inside generators consumed the same way,
# deeper than the recursion limit: RecursionError, never a native stack overflow.


def g(n):
    if n:
        yield list(g(n - 1))
    else:
        yield 1


try:
    list(g(100000))
except RecursionError as e:
    print("RecursionError", e)


def h(n):
    if n:
        yield set(h(n - 1)) and n
    yield 0


try:
    set(h(100000))
except RecursionError as e:
    print("RecursionError", e)


def s(n):
    yield sum(s(n - 1)) if n else 1


try:
    sum(s(100000))
except RecursionError as e:
    print("RecursionError", e)
print(list(g(50)) != [], sum(s(50)))
