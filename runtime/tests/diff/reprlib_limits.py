# reprlib: every container kind at and past its limits, the depth limit, strings cut in the
# middle, broken reprs, recursive_repr, and subclasses overriding a repr_ method.
import reprlib, collections, array
r = reprlib.Repr()
vals = [(), (1,), tuple(range(10)), [], [1], list(range(20)), set(), {3, 1, 2}, set(range(10)), frozenset(), frozenset({1}), frozenset(range(9)),
        collections.deque(), collections.deque(range(8)), {}, {1: 2}, dict.fromkeys(range(8)), "short", "x" * 50, "a\nb" * 20, 10 ** 50, 7,
        array.array('i'), array.array('i', range(8)), [[[[[[[[1]]]]]]]], {1: [2, {3: (4, [5])}]}, object, [set(), frozenset(), ()]]
for v in vals:
    print(r.repr(v), reprlib.repr(v))
r.maxlevel = 2; r.maxlist = 2; r.fillvalue = '~'
print(r.repr([[1, 2, 3], [4, [5]], 6]), r.repr((1,)), r.repr({1: {2: {3: 4}}}))
class Bad:
    def __repr__(self): raise ValueError
print(r.repr(Bad()).split(" at ")[0])
class N:
    def __init__(self): self.me = self
    @reprlib.recursive_repr()
    def __repr__(self): return f"N({self.me!r})"
print(repr(N()), N.__repr__.__name__, N.__repr__.__qualname__)
class R2(reprlib.Repr):
    def repr_list(self, x, level): return "LIST"
print(R2().repr([1, [2]]), R2().repr((1, [2])), reprlib.Repr.repr_set.__name__, reprlib.Repr.repr_tuple.__qualname__)
print(sorted(k for k in vars(reprlib.Repr()) ))
