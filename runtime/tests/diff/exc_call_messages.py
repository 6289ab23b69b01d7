# Call errors naming the callee (argument after * / ** ) and evaluation order of f(*x, **k).
def f(*a, **k): pass
class C:
    def m(self, *a): pass
import functools
for call in [lambda: f(*1), lambda: print(*1), lambda: C().m(*1), lambda: C.m(C(), *None), lambda: len(*1),
             lambda: f(**1), lambda: print(**[1]), lambda: f(1, *[2], *3),
             lambda: [*1], lambda: (*1,), lambda: {**1}, lambda: f(**{"a": 1}, **{"a": 2}), lambda: print(**{1: 2}),
             lambda: f(*[], **1)]:
    try:
        call()
    except TypeError as e:
        print(e)
order = []
class It:
    def __iter__(self):
        order.append("iter")
        return iter([1, 2])
def kwv():
    order.append("kw")
    return 3
def h(*a, **k):
    return a, k
print(h(*It(), x=kwv()), order)
print(h(*[1, 2]), h(*(3,)), h(*"ab"), h(*range(2)), h(*{5: 6}))
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError
print(h(*Seq()))
def gen():
    yield 1
    raise TypeError("inside generator")
try:
    h(*gen())
except TypeError as e:
    print(e)
