# tuple and range: methods, comparisons, hashing, edge cases.
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(2), t.index(1, 1), t[1:3], t[::-1], t + (4,), t * 2, 2 in t)
print((), (1,), tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "x"}[(1, 2)])
a, b = (1, 2)
print(a, b, (a, b)[::-1], tuple(reversed((1, 2, 3))), sorted((3, 1, 2)), max((1, 9, 3)))
print(repr((1,)), repr(("a",)), str((None, True)), repr(((),)), ((1, 2),)[0][1])
r = range(10)
print(r, range(5, 0, -1), range(0), range(1, 10, 3), len(range(1, 10, 3)), list(range(1, 10, 3)))
print(range(10)[3], range(10)[-1], range(10)[2:5], range(10)[::3], range(0, 100, 7)[-2], range(10)[::-1][0])
print(3 in r, 10 in r, -1 in r, 3.0 in r, "3" in r, r.count(4), r.index(7), r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3) == range(0, 3, 1), range(1) != range(2))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError", e)
print(range(10 ** 20)[10 ** 19], 10 ** 19 in range(10 ** 20), range(-5, 5)[::-2], range(10 ** 20)[-1])
print(list(range(5, -5, -3)), list(range(-3)), list(range(-3, 0)), sum(range(101)), list(range(2, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(5).index(10)
except ValueError as e:
    print("ValueError", e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 2))), bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3)), min(range(4, 9)), max(range(4, 9)), sorted(range(3), reverse=True))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(x for x, *_ in nested))
print(tuple.__name__, type(()).__name__, type(range(1)).__name__)
