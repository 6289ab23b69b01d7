# Calls of builtin functions and method descriptors, which the interpreter makes on the
# operands where they lie on the stack: results, errors, callbacks into Python, and the
# order in which the operands are released.
import sys


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append("del " + self.name)

    def __len__(self):
        return 3


def line_of_caller():
    return sys._getframe(1).f_lineno


def plain_builtins():
    xs = []
    total = 0
    for i in range(200):
        total += len(xs) + abs(-i) + max(i, 3)
        xs.append(i)
    print(total, len(xs), min(xs), sum(xs))
    print(isinstance(xs, list), getattr(xs, "count")(5), divmod(17, 5), pow(3, 4, 5))


def descriptors():
    print(list.append, str.upper("abc"), list.__len__([1, 2]))
    d = {}
    set_default = dict.setdefault
    for k in "abca":
        set_default(d, k, []).append(k)
    print(d)
    for bad in ((), ("x",), ([], 1, 2)):
        try:
            list.append(*bad)
        except TypeError as e:
            print("TypeError", e)
    for call in (lambda: list.append(), lambda: list.append("x", 1), lambda: list.append([], 1, 2)):
        try:
            call()
        except TypeError as e:
            print("TypeError", e)
    try:
        str.upper(5)
    except TypeError as e:
        print("TypeError", e)


def errors_and_callbacks():
    try:
        int("nope")
    except ValueError as e:
        print("ValueError", e)
    try:
        len(5)
    except TypeError as e:
        print("TypeError", e)
    print(sorted([3, 1, 2], key=lambda v: -v), list(map(lambda v: v * 2, (1, 2))))
    print(max([1, 5, 2], key=lambda v: line_of_caller() and -v))

    def boom(v):
        raise KeyError(v)

    try:
        sorted([1, 2], key=boom)
    except KeyError as e:
        print("KeyError", e)


def operands_released():
    log = []
    r = len(Noisy("arg", log))
    print(r, log)
    log2 = []
    print(isinstance(Noisy("a", log2), Noisy), log2)


def deep():
    def f(n):
        return len([n]) + (f(n - 1) if n else 0)

    try:
        f(100000)
    except RecursionError:
        print("RecursionError")


plain_builtins()
descriptors()
errors_and_callbacks()
operands_released()
deep()
