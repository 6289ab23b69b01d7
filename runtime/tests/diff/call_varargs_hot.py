# Calls of functions with *args and/or **kwargs from hot loops (well past the shadow
# threshold): packing, defaults, a fresh kwargs dict per call, errors and recursion.


def va(a, *args):
    return (a, args)


def kw(a, b=2, **kwargs):
    kwargs["n"] = kwargs.get("n", 0) + 1
    return (a, b, sorted(kwargs.items()))


def both(a, b=5, *args, **kwargs):
    return (a, b, args, kwargs)


def only(*args, **kwargs):
    return len(args), kwargs


class Logger:
    def __init__(self):
        self.seen = 0

    def debug(self, msg, *args, **kwargs):
        self.seen += 1
        if args:
            return msg % args
        return msg


def count_down(n, *acc):
    if n == 0:
        return acc
    return count_down(n - 1, *acc, n)


results = []
log = Logger()
for i in range(300):
    results.append(va(i))
    results.append(va(i, i + 1, "x"))
    results.append(kw(i))
    results.append(kw(i, 7))
    results.append(both(i))
    results.append(both(i, 1))
    results.append(both(i, 1, 2, 3))
    results.append(only())
    results.append(only(1, 2))
    results.append(log.debug("plain"))
    results.append(log.debug("n=%d", i))
    results.append((lambda *a: a)(i, i))
print(len(results), results[:12], results[-12:])
print(log.seen, count_down(6), count_down(0))

# Each call gets its own args tuple and kwargs dict.
seen = []


def keep(*args, **kwargs):
    kwargs["k"] = len(seen)
    seen.append((args, kwargs))


for i in range(100):
    keep()
    keep(i)
print(len(seen), seen[0], seen[1], seen[-1], seen[0][1] is seen[2][1])

# Too few arguments: the same TypeError as the generic call.
def need2(a, b, *args):
    return a + b


for i in range(100):
    try:
        need2(i)
    except TypeError as e:
        msg = str(e)
print(msg)
for i in range(100):
    r = need2(i, 1, 2)
print(r)

# Defaults captured at definition, replaced later.
def d(a, b=10, **kw):
    return a + b + len(kw)


tot = 0
for i in range(200):
    if i == 100:
        d.__defaults__ = (1000,)
    tot += d(i)
print(tot)


# A closure and a method with *args called through a bound method object.
def outer(k):
    def inner(*xs):
        return sum(xs) * k

    return inner


f = outer(3)
m = log.debug
print(sum(f(i, 1) for i in range(200)), [m("%s-%s", i, i) for i in range(3)])

# Recursion through *args stops at the recursion limit, not a crash.
def deep(*a):
    return deep(*a, 1)


try:
    deep()
except RecursionError as e:
    print("RecursionError", e)
