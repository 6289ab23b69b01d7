# Rich comparisons count against the recursion limit (" in comparison"), as in CPython.
from dataclasses import dataclass


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


for n in (900, 990, 1000, 3000):
    for label, fn in [("eq", lambda a, b: a == b), ("lt", lambda a, b: a < b),
                      ("in", lambda a, b: a in [b]), ("tuple", lambda a, b: (a,) == (b,))]:
        try:
            print(n, label, fn(nest(n), nest(n)))
        except RecursionError as e:
            print(n, label, "RecursionError:", e)


class D:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == 0 or D(self.n - 1) == D(o.n - 1)


for n in (300, 480, 520, 800):
    try:
        print(n, D(n) == D(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)


@dataclass
class Node:
    value: int
    next: "Node" = None


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


for n in (100, 300, 400):
    try:
        print(n, chain(n) == chain(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)
print(chain(50) != chain(49))
