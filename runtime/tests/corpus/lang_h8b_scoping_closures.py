"""Name resolution in real code: closures, nonlocal/global, class scopes, comprehensions."""

counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


print(bump(), bump(5), counter)


def make_accumulators():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    def undo():
        nonlocal total
        if not history:
            raise IndexError("nothing to undo")
        total -= history.pop()
        return total

    def state():
        return total, list(history)

    return add, undo, state


add, undo, state = make_accumulators()
add(3)
add(4)
add(10)
print(state(), undo(), state())
add2, undo2, state2 = make_accumulators()
print(state2(), add2(1), state(), add.__closure__ is not add2.__closure__)
try:
    undo2()
    undo2()
except IndexError as e:
    print("IndexError:", e)


def shadowing():
    x = "local"

    def inner():
        return x

    x = "rebound"
    return inner()


print(shadowing())


def unbound_local():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(unbound_local())


def free_var_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        msg = f"{type(e).__name__}: {e}"
    later = 1
    return msg, inner()


print(free_var_unbound())


class Config:
    base = 10
    scaled = [base * i for i in range(3)] if False else None
    doubled = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]

    try:
        broken = [base + i for i in range(2)]
    except NameError as e:
        broken = f"NameError: {e}"

    def method(self):
        try:
            return base
        except NameError as e:
            return f"NameError: {e}"


print(Config.doubled, Config.upper, Config.broken, Config().method())

x = "global x"


class Shadow:
    x = "class x"

    def get(self):
        return x

    y = [x for _ in range(1)]

print(Shadow().get(), Shadow.y, Shadow.x)


def comprehension_scope():
    i = "outer"
    squares = [i * i for i in range(4)]
    gen_vals = list(i for i in "ab")
    d = {i: len(i) for i in ["xx", "y"]}
    return i, squares, gen_vals, d


print(comprehension_scope())
i = "module"
[i for i in range(3)]
print(i)


def walrus_scope():
    data = [4, 8, 15, 16, 23, 42]
    if any((big := v) > 20 for v in data):
        found = big
    total = 0
    results = [total := total + v for v in data]
    return found, results, total


print(walrus_scope())


def loop_closures():
    late = []
    early = []
    for k in range(3):
        late.append(lambda: k)
        early.append(lambda k=k: k)
    return [f() for f in late], [f() for f in early]


print(loop_closures())


def factory():
    fns = {}
    for name in ("inc", "dec", "dbl"):
        def make(op=name):
            if op == "inc":
                return lambda v: v + 1
            if op == "dec":
                return lambda v: v - 1
            return lambda v: v * 2
        fns[name] = make()
    return fns


fns = factory()
print({k: f(10) for k, f in sorted(fns.items())})


def nested_nonlocal():
    level = 0

    def one():
        nonlocal level
        level += 1

        def two():
            nonlocal level
            level += 10
            return level
        return two()

    r = one()
    return r, level


print(nested_nonlocal())


def cell_sharing():
    v = [0]

    def get():
        return v[0]

    def put(n):
        v[0] = n

    put(42)
    return get(), get.__closure__[0].cell_contents is put.__closure__[0].cell_contents


print(cell_sharing())


def generator_closure(n):
    def gen():
        for j in range(n):
            yield j * step
    step = 3
    g = gen()
    step = 5
    return list(g)


print(generator_closure(4))


def default_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket


print(default_evaluated_once(1), default_evaluated_once(2), default_evaluated_once(3, []))
print(default_evaluated_once.__defaults__)


def keyword_only_scope(*, sep=", ", **opts):
    return sep.join(f"{k}={v}" for k, v in sorted(opts.items()))


print(keyword_only_scope(b=2, a=1), keyword_only_scope(sep="|", z=0))

g_before = sorted(k for k in globals() if not k.startswith("__"))
exec("dynamic_name = 7 * 6")
print(dynamic_name, "dynamic_name" in globals())
ns = {}
exec("def f(a):\n    return a * scale\nscale = 3", ns)
print(ns["f"](5), sorted(k for k in ns if k != "__builtins__"))
print(eval("x.upper() + str(n)", {"x": "abc", "n": 3}), eval("len(i)", {"len": len}, {"i": [1, 2]}))


def locals_snapshot():
    a = 1
    snap = locals()
    b = 2
    return sorted(snap), sorted(locals())


print(locals_snapshot())
del dynamic_name
try:
    dynamic_name
except NameError as e:
    print("NameError:", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)


def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(del_local())


class Outer:
    value = "outer-class"

    class Inner:
        value = "inner-class"

        def where(self):
            return self.value, type(self).__qualname__

    def make(self):
        return self.Inner().where()


print(Outer().make(), Outer.Inner.__qualname__, Outer.make.__qualname__)


def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


f = recursive_closure()
print(f(10), f.__code__.co_freevars)
import builtins
print(builtins.len is len, "print" in dir(builtins))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))
