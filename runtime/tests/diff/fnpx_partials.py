import functools
from functools import partial, partialmethod, reduce
import operator
import re


def show(obj):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
modsq = partial(square, mod=7)
print(show(square))
print(show(modsq))
print(modsq.func is power, modsq.args, sorted(modsq.keywords.items()))
print([square(i) for i in range(6)])
print([modsq(i) for i in range(6)])

add3 = partial(operator.add, 3)
print(repr(add3))
print(list(map(add3, [1, 2, 3])))
p2 = partial(partial(operator.mul, 2))
print(repr(p2), p2(21))

# nested partial flattens
def f(a, b, c, d=0):
    return (a, b, c, d)
pa = partial(f, 1)
pb = partial(pa, 2, d=9)
print(show(pb))
print(pb(3), pb(3, d=4))

# errors
for bad in [lambda: partial(), lambda: partial(5), lambda: pb(), lambda: pb(3, 4), lambda: pb(3, e=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Cell:
    def __init__(self):
        self.value = 0

    def set(self, v, note=""):
        self.value = v
        return f"set {v}{note}"

    zero = partialmethod(set, 0)
    hundred = partialmethod(set, 100, note="!")

c = Cell()
print(c.hundred(), c.value)
print(c.zero(), c.value)
print(repr(Cell.__dict__["hundred"]).split(" at ")[0][:60])

# reduce
print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 8), 1))
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(operator.add, [], "empty"))
try:
    reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce()
except TypeError as e:
    print(type(e).__name__, e)

# partial with kwargs override
greet = partial("{greeting}, {name}{punct}".format, greeting="Hi", punct="!")
print(greet(name="Ann"), greet(name="Bo", greeting="Yo"))

# partial attribute immutability
try:
    square.func = len
except AttributeError as e:
    print(type(e).__name__, e)
square.extra = 1
print(square.extra, sorted(square.__dict__))

# partial equality / hash
print(square == partial(power, exp=2))
import pickle
sq2 = pickle.loads(pickle.dumps(square))
print(sq2(9), show(sq2))

# pipeline composition with reduce
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)

pipeline = compose(partial(operator.add, 1), partial(operator.mul, 10), str, len)
print(pipeline(5), pipeline(99))
print(callable(square), type(square).__name__, partial.__module__)
class MyPartial(partial):
    pass
mp = MyPartial(power, 2)
print(show(mp), mp(5))
