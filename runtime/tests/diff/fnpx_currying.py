"""Auto-currying decorators built on inspect.signature, partial and closures."""
import inspect
import functools
from functools import partial


def curry(fn):
    sig = inspect.signature(fn)
    required = [p for p in sig.parameters.values()
                if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]

    @functools.wraps(fn)
    def curried(*args, **kwargs):
        bound = sig.bind_partial(*args, **kwargs)
        if all(p.name in bound.arguments for p in required):
            return fn(*args, **kwargs)
        return curry(partial(fn, *args, **kwargs))
    return curried


@curry
def volume(length, width, height, unit="cm"):
    return f"{length * width * height}{unit}3"

print(volume(2)(3)(4), volume(2, 3)(4), volume(2)(3, 4, unit="m"), volume(1, 1, 1))
step = volume(5)
print(step.__name__, inspect.signature(step))

for target in [partial(volume.__wrapped__, 2), partial(volume.__wrapped__, width=3),
               partial(volume.__wrapped__, 1, 2, unit="mm"), partial(volume.__wrapped__, 1, 2, 3, 4, 5)]:
    try:
        print(inspect.signature(target))
    except ValueError as e:
        print(type(e).__name__, str(e).split(" at ")[0])


def pos_only(a, b, /, c, *, d=1, **rest):
    return (a, b, c, d, rest)

p = partial(pos_only, 1, d=5)
print(inspect.signature(p))
print(p(2, 3), p(2, c=3, e=4))
pp = partial(p, 2, 3)
print(inspect.signature(pp), pp())


class Temp:
    def __init__(self, c):
        self.c = c

    def convert(self, scale, digits=1):
        table = {"F": self.c * 9 / 5 + 32, "K": self.c + 273.15, "C": self.c}
        return round(table[scale], digits)

    to_f = functools.partialmethod(convert, "F")
    to_k = functools.partialmethod(convert, "K", digits=2)

t = Temp(21.5)
print(t.to_f(), t.to_k(), t.to_f(digits=3))
print(inspect.signature(Temp.to_k), inspect.signature(t.to_f))


# closures capturing loop variables
def make_adders():
    late = [lambda x: x + i for i in range(3)]
    early = [lambda x, i=i: x + i for i in range(3)]
    bound = [partial(lambda i, x: x + i, i) for i in range(3)]
    return late, early, bound

for name, fns in zip(["late", "early", "bound"], make_adders()):
    print(name, [f(10) for f in fns])


def accumulator(start=0):
    total = start
    history = []

    def add(amount):
        nonlocal total
        total += amount
        history.append(total)
        return total

    def undo():
        nonlocal total
        history.pop()
        total = history[-1] if history else start
        return total

    add.undo = undo
    add.history = history
    return add

acc = accumulator(100)
print(acc(5), acc(10), acc.undo(), acc(1), acc.history)
print(acc.__code__.co_freevars, sorted(acc.undo.__code__.co_freevars))
print([type(c.cell_contents).__name__ for c in acc.__closure__])


def compose(*fns):
    if not fns:
        return lambda x: x
    return functools.reduce(lambda f, g: lambda *a, **k: f(g(*a, **k)), fns)

slug = compose("-".join, str.split, str.lower, str.strip)
print(slug("  Hello Functional World  "))
print(compose()(42), compose(abs)(-3))
try:
    volume(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    volume(1, nope=2)
except TypeError as e:
    print(type(e).__name__, e)
class Shapes:
    def area(self, w, h, *, scale=1):
        return w * h * scale
    square = functools.partialmethod(area, 4, 4)
    anything = functools.partialmethod(lambda *args: args, "x")
    big = functools.partialmethod(area, scale=10)
print(inspect.signature(Shapes.square), inspect.signature(Shapes.anything), inspect.signature(Shapes.big))
print(Shapes().square(), Shapes().anything(1)[1:], Shapes().big(2, 3), Shapes.big(Shapes(), 1, 1))
