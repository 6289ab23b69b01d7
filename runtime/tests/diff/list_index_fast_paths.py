# The interpreter's inline list subscripts (l[i], l[i] = v) and the slice assignment
# that takes a temporary list's items: every edge the generic protocol has must hold.
import gc


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append("del " + self.name)

    def __repr__(self):
        return self.name


class L(list):
    def __getitem__(self, i):
        return ("sub", i)

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


def reads(xs):
    out = []
    for i in range(-len(xs), len(xs)):
        out.append(xs[i])
    return out


def hot_reads():
    xs = [10, 20, 30]
    total = 0
    for _ in range(300):
        total += xs[0] + xs[-1] + xs[1]
    print("hot reads", total)


def errors():
    xs = [1, 2, 3]
    for key in (3, -4, 2**70, -(2**70), 1.0, "a", None):
        try:
            print("read", key, xs[key])
        except (IndexError, TypeError) as e:
            print("read", repr(key), type(e).__name__, e)
        try:
            xs[key] = 0
            print("write", key, xs)
        except (IndexError, TypeError) as e:
            print("write", repr(key), type(e).__name__, e)


def bool_and_index_keys():
    xs = ["a", "b", "c"]

    class I:
        def __index__(self):
            return 2

    print(xs[True], xs[False], xs[I()])
    xs[True] = "B"
    xs[I()] = "C"
    print(xs)


def subclasses():
    s = L([1, 2, 3])
    print(s[0], s[-1])
    s[1] = 9
    print(list(s))
    print(reads([1, 2, 3]), reads(()), reads((4, 5)))


def frees_in_order():
    log = []
    xs = [Noisy("a", log), Noisy("b", log)]
    xs[0] = Noisy("c", log)
    print(log, xs)
    tmp = [Noisy("t", log)][0]
    print(log, tmp)
    del tmp
    print(log)
    xs[-1] = None
    print(log, xs)


def slice_assignment():
    perm = list(range(8))
    for k in range(1, 8):
        perm[: k + 1] = perm[k::-1]
    print("flips", perm)
    a = [1, 2, 3, 4]
    b = [9, 9]
    a[1:3] = b
    b.append(5)
    print(a, b)
    a[:0] = a
    print(a)
    a[::2] = [0] * ((len(a) + 1) // 2)
    print(a)
    try:
        a[::2] = [1, 2]
    except ValueError as e:
        print("ValueError", e)
    a[1:2] = [x * 10 for x in range(3)]
    print(a)
    a[:] = (7, 8)
    print(a)
    a[5:1] = [6]
    print(a)
    c = [3, 4]
    c[0:1] = c
    print(c)
    try:
        c[0:1] = 5
    except TypeError as e:
        print("TypeError", e)


def slice_bounds():
    xs = list(range(10))
    print(xs[2**70:], xs[-(2**70) : 3], xs[::2**70], xs[::-(2**70)])
    print(xs[True:None:2], xs[-3:], xs[:-3], xs[5:2:-1])
    try:
        xs[::0]
    except ValueError as e:
        print("ValueError", e)
    try:
        xs["a":]
    except TypeError as e:
        print("TypeError", e)


def gc_sees_moved_items():
    a = [0, 0, 0]
    b = []
    b.append(b)
    a[0:2] = [b, [b]]
    del b
    gc.collect()
    print(len(a), a[0][0] is a[0], a[1][0] is a[0], a[2])
    a[:] = []
    gc.collect()
    print(a)


hot_reads()
errors()
bool_and_index_keys()
subclasses()
frees_in_order()
slice_assignment()
slice_bounds()
gc_sees_moved_items()
