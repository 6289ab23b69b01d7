# Errors and protocol calls inside the interpreter's hot loop (vm/hot.rs): each loop
# runs long enough to be quickened, then meets a value that raises or needs the protocol.
class Truth:
    def __init__(self, v, boom=False):
        self.v = v
        self.boom = boom

    def __bool__(self):
        if self.boom:
            raise ValueError("no truth")
        return self.v


class Box:
    def __init__(self, items, boom=False):
        self.items = items
        self.boom = boom

    def __iter__(self):
        if self.boom:
            raise KeyError("no iter")
        return iter(self.items)

    def __contains__(self, x):
        if self.boom:
            raise TypeError("no contains")
        return x in self.items


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    # The line within the function that raised.
    return tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno


def truth_tests(values):
    out = []
    for v in values:
        if v:
            out.append("t")
        else:
            out.append("f")
        out.append(not v)
        out.append(v and 1 or 2)
    return out


def iter_and_contains(boxes):
    n = 0
    for b in boxes:
        for x in b:
            n += x
        if 2 in b:
            n += 100
    return n


def unpack(seqs):
    total = 0
    for s in seqs:
        a, b = s
        total += a * b
    return total


def builtins_calls(items):
    acc = []
    for x in items:
        acc.append(len(x))
        acc.append(abs(len(x) - 3))
    return acc


def tuples(n):
    t = ()
    for i in range(n):
        t = (i, t[0] if t else -1)
    return t


vals = [0, 1, True, False, None, 2.5, "", "x", [], [1], Truth(True), Truth(False)] * 10
print(truth_tests(vals)[:40])
for bad in ([Truth(True, boom=True)], [1, 2, Truth(False, boom=True)]):
    try:
        truth_tests(vals + bad)
    except ValueError as e:
        print("ValueError", e, line_of(e))

boxes = [[1, 2, 3], (4, 5), range(3), Box([2, 9])] * 20
print(iter_and_contains(boxes))
try:
    iter_and_contains(boxes + [Box([1], boom=True)])
except KeyError as e:
    print("KeyError", e, line_of(e))
try:
    iter_and_contains(boxes + [5])
except TypeError as e:
    print("TypeError", e, line_of(e))

seqs = [(1, 2), [3, 4], (5, 6)] * 30
print(unpack(seqs))
for bad in ([(1, 2, 3)], [[1]], ["ab"], [5]):
    try:
        print(unpack(seqs + bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, line_of(e))

items = ["abc", [1, 2], (1,), "hello"] * 30
print(sum(builtins_calls(items)))
try:
    builtins_calls(items + [5])
except TypeError as e:
    print("TypeError", e, line_of(e))

print(tuples(100))
print([tuples(i)[0] for i in range(1, 6)])
