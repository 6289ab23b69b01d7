# unittest.util: safe/short reprs, class names, list differences and element-count diffs.
from unittest import util


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")


class Long:
    def __repr__(self):
        return "L" * 100


print(util.safe_repr(1), util.safe_repr("s"), util.safe_repr([1, "a"], short=True))
print(util.safe_repr(Long()))
print(util.safe_repr(Long(), short=True))
print(util.safe_repr("x" * 79, short=True))
print(util.safe_repr("x" * 78, short=True))
print(util.safe_repr(BadRepr()).startswith("<__main__.BadRepr object at 0x"))
print(util.strclass(int), util.strclass(util._Mismatch), util.strclass(BadRepr))


class Outer:
    class Inner:
        pass


print(util.strclass(Outer.Inner))

for e, a in [([1, 2, 3], [2, 3, 4]), ([], [1, 1]), ([1, 1, 2], []), ([1, 2, 2, 3], [2, 2, 4]),
             ([1, 3, 5, 7], [2, 4, 6, 8]), ([1, 1, 1], [1]), ([5], [5, 5, 6, 6]), ([], []),
             ("aabcd", "abbce")]:
    print("sorted diff", e, a, util.sorted_list_difference(e, a))

for e, a in [([1, [2], {3: 4}], [[2], 5]), ([], [[1]]), ([[1], [1]], [[1]])]:
    ee, aa = list(e), list(a)
    print("unorderable", e, a, util.unorderable_list_difference(ee, aa), ee, aa)

print(util.three_way_cmp(1, 2), util.three_way_cmp(2, 2), util.three_way_cmp("b", "a"))
m = util._Mismatch(1, 2, "v")
print(m, m.actual, m.expected, m.value, util._Mismatch._fields, tuple(m))
print(util._count_diff_hashable("aabbc", "abbcdd"))
print(util._count_diff_hashable([], [1, 1]))
print(util._count_diff_all_purpose([[1], [1], [2], {}], [[2], [2], {}, [3]]))
print(util._count_diff_all_purpose([], [[0], [0]]))
print(util._count_diff_all_purpose([[0]], []))
print(util._count_diff_all_purpose([1, [1], 1], [[1], 1, 1]))
for args in [("a", "b"), ("a" * 100, "a" * 100 + "b"), ("x" * 30 + "a" * 60, "x" * 30 + "b" * 60),
             ("q" * 50, "r" * 50), (list(range(40)), list(range(41))), ("z" * 200, 5),
             ("same" * 30, "same" * 30), ("p" * 10 + "a" * 100, "p" * 10 + "b" * 100, "p" * 10)]:
    print(util._common_shorten_repr(*args))
print(util._shorten("abcdefghijklmnopqrstuvwxyz", 3, 4), util._shorten("abcdefghij", 2, 2))
print(util._MAX_LENGTH, util._PLACEHOLDER_LEN, util._MIN_BEGIN_LEN, util._MIN_END_LEN,
      util._MIN_COMMON_LEN, util._MIN_DIFF_LEN)
