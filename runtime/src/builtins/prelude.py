# Builtins written in Python, compiled into every interpreter at startup.

def enumerate(iterable, start=0):
    n = start
    for x in iterable:
        yield (n, x)
        n += 1


def zip(*iterables, strict=False):
    if not iterables:
        return
    its = [iter(x) for x in iterables]
    while True:
        items = []
        for i, it in __builtins_enumerate_its(its):
            for x in it:
                items.append(x)
                break
            else:
                if strict and i > 0:
                    raise ValueError("zip() argument %d is shorter than argument%s 1%s" % (i + 1, "s" if i > 1 else "", "-%d" % i if i > 1 else ""))
                if strict:
                    for j in range(1, len(its)):
                        for y in its[j]:
                            raise ValueError("zip() argument %d is longer than argument%s 1%s" % (j + 1, "s" if j > 1 else "", "-%d" % j if j > 1 else ""))
                return
        yield tuple(items)


def __builtins_enumerate_its(its):
    i = 0
    for it in its:
        yield (i, it)
        i += 1


def map(func, *iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield func(x)
    else:
        for args in zip(*iterables):
            yield func(*args)


def filter(func, iterable):
    if func is None:
        for x in iterable:
            if x:
                yield x
    else:
        for x in iterable:
            if func(x):
                yield x


def reversed(seq):
    if hasattr(seq, "__reversed__"):
        for x in seq.__reversed__():
            yield x
        return
    i = len(seq) - 1
    while i >= 0:
        yield seq[i]
        i -= 1
