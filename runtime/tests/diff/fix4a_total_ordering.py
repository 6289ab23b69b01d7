# functools.total_ordering fills in the missing comparisons with shared helpers,
# renamed to the method they provide (their __qualname__ stays the helper's).
import functools


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version" + repr(self.parts)


@functools.total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


@functools.total_ordering
class ByGe:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


for cls in (Version, Score, ByGe):
    for name in ("__lt__", "__le__", "__gt__", "__ge__"):
        f = getattr(cls, name)
        print(cls.__name__, name, f.__name__, f.__qualname__, f.__module__)

print(Version.__gt__ is Score.__gt__, Version.__le__ is Score.__le__, Version.__lt__ is Score.__lt__)
print(ByGe.__le__.__qualname__, ByGe.__lt__.__qualname__, ByGe.__gt__.__qualname__)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) <= Version(1), Version(2) > Version(1), Version(1) >= Version(2), Version(1) < Version(1, 0))
print(Version(1).__gt__(5), Version(1).__le__("x"), Version(1).__ge__(None))
try:
    Version(1) > 5
except TypeError as e:
    print("TypeError:", e)
print(ByGe(1) < ByGe(2), ByGe(3) <= ByGe(3), ByGe(3) > ByGe(3), ByGe(4) > ByGe(3))
print([s.n for s in sorted([Score(3), Score(1), Score(2)], reverse=True)])
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
