# Builtin iterators: exhausted and mutated iterators, zip(strict=True), range iterators,
# iter(callable, sentinel), map/filter/reversed and a few itertools.
l = [1, 2]
it = iter(l)
print(list(it)); l.append(3); print(list(it))
l = [1, 2, 3]
it = iter(l)
next(it); l.clear(); print(list(it))
l = [1, 2, 3]
r = reversed(l)
next(r); l.pop(); print(list(r))
d = {"a": 1, "b": 2}
it = iter(d)
next(it)
d["a"] = 5
print(list(it))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2], [2], [3, 4], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2], [2, 3], [3], strict=True))
except ValueError as e:
    print(e)
ri = iter(range(2**64, 2**64 + 3))
print(next(ri), list(ri), list(range(5, -5, -3)), range(0, 10, 3)[-1], list(range(10))[::-4])
print(len(range(-10, 10, 7)), range(1, 2**70)[2**69], reversed(range(3)).__length_hint__(), iter([1, 2]).__length_hint__())
e = enumerate("abc", 5)
print(next(e), list(e), list(enumerate([])))
def countdown():
    n = 3
    def f():
        nonlocal n
        n -= 1
        if n < -5: raise ValueError("too far")
        return n
    return f
print(list(iter(countdown(), 0)))
m = map(lambda a, b: a + b, [1, 2, 3], [10, 20])
print(list(m), list(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(next(f), list(f))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
x = It()
print(list(x), list(x), 2 in It(), sum(It()), sorted(It(), reverse=True), max(It()), dict(zip(It(), "abc")))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
import itertools
c = itertools.count()
print([next(c) for _ in range(3)], list(itertools.repeat("x", 3)), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.pairwise("abcd")), list(itertools.tee([1, 2])[0]), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(list(itertools.dropwhile(lambda v: v < 2, [0, 1, 2, 0])), list(itertools.combinations_with_replacement("ab", 2)), list(itertools.cycle("ab") and itertools.islice(itertools.cycle("ab"), 5)))
