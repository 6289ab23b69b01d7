# Exact tuples hash and compare natively: the results, the order in which item
# comparisons run, and the errors must be CPython's.
nan = float("nan")
t = (1, "a", 2.5, None, True, (3, (4, "b")), frozenset({1, 2}), -1, 2**70)
print(hash(t) == hash((1, "a", 2.5, None, True, (3, (4, "b")), frozenset({1, 2}), -1, 2**70)))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((),)), hash((1.0, True)) == hash((1, 1)))
print(hash(("x", 2)) == hash(("x", 2)), {(1, 2): "a", (1, 2.0): "b"})
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("  hash", self.v)
        return self.v

    def __eq__(self, o):
        print("  eq", self.v, getattr(o, "v", o))
        return isinstance(o, H) and self.v == o.v

    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v < o.v


print(hash((H(1), H(2))) == hash((1, 2)))
a, b = (H(1), H(2), H(3)), (H(1), H(5))
print(a < b, a == b, a != b, b > a)
print((H(1),) == (H(1), H(2)), (1, 2) < (1, 2, 3), (1, 2) >= (1, 2), () < (0,), (2,) > (1, 9))
print((nan,) == (nan,), (nan, 1) < (nan, 2), [(nan,)] == [(nan,)])
x = float("nan")
print((x,) == (x,), (x, 1) < (x, 2))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), ()]))
print(max([(1, 2), (1, 3), (0, 9)]), min((i % 3, -i) for i in range(10)))
d = {}
for i in range(200):
    d[(i % 7, str(i % 3))] = d.get((i % 7, str(i % 3)), 0) + 1
print(sorted(d.items())[:5], len(d))


class T(tuple):
    def __eq__(self, o):
        return "T.eq"

    def __hash__(self):
        return 7


print(T((1,)) == (1,), (1,) == T((1,)), hash(T((1, 2))), {T((1,)): 1}.get((1,)))

# Tuple subclasses go through tuple's own comparisons and hash: the same order of item
# comparisons (items before lengths), NotImplemented against a non-tuple.
class TS(tuple):
    pass


class EqAll:
    def __eq__(self, o):
        print("  eq")
        return True


print(TS((1, 2)) == (1, 2), TS((1,)) < (1, 2), (1, 2) != TS((1, 2)), TS((3,)) >= TS((2, 9)), TS((1,)) == [1])
print(TS((EqAll(),)) == (EqAll(), 2), hash(TS((1, 2))) == hash((1, 2)), tuple.__lt__((1,), [2]))
for x, y in [((1, 2), (1, 2)), ((1,), (1, 2)), ((2,), (1, 5)), ((), ())]:
    print([getattr(tuple, m)(T(x), T(y)) for m in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__")])
