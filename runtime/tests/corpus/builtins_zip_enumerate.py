# zip (incl. strict), enumerate with start, reversed, map, filter.
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3])), list(zip(*[[1, 2], [3, 4], [5, 6]])))
print(list(zip(range(3), range(10, 13), "xyz")), dict(zip("abc", range(3))))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([], [1])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print("ValueError", e)
try:
    list(zip([1, 2], [1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 10)))
print(list(enumerate(range(2), 10 ** 20)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))), "".join(reversed("stressed")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError", e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 3 == 0, range(20))), type(filter(None, [])).__name__, type(map(abs, [])).__name__)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z))
words = ["apple", "banana", "cherry"]
for i, (w, n) in enumerate(zip(words, map(len, words)), start=1):
    print(i, w, n)
print(list(zip(*zip("abc", "def"))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(map(sum, matrix)), list(map(sum, zip(*matrix))))
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print("TypeError", e)
print(list(zip("ab", [1, 2, 3], strict=False)))
