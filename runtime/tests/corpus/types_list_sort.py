# Sorting: key, reverse, stability, mixed-type errors, sort vs sorted.
data = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (-t[1], t[0])))
s1 = sorted(data, key=lambda t: t[0])
s2 = sorted(s1, key=lambda t: t[1])
print(s2)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
l = nums[:]
r = l.sort()
print(r, l)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5), reverse=True))
print(sorted([3.5, 1, 2.25, True, 0]), sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{}, {}])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 0)
except TypeError as e:
    print("TypeError", e)
class Item:
    def __init__(self, name, weight):
        self.name, self.weight = name, weight
    def __lt__(self, other):
        return self.weight < other.weight
    def __repr__(self):
        return f"{self.name}:{self.weight}"
items = [Item("a", 3), Item("b", 1), Item("c", 2), Item("d", 1)]
print(sorted(items), min(items), max(items), sorted(items, reverse=True))
nan = float("nan")
print(sorted([3, 1, 2]), len(sorted([nan, 1, nan])))
big = list(range(100, 0, -7))
big.sort(key=lambda v: (v % 3, v))
print(big)
stab = [(k % 3, i) for i, k in enumerate([5, 2, 8, 1, 4, 7, 3, 6, 9, 0])]
print(sorted(stab, key=lambda t: t[0]))
print(sorted(stab, key=lambda t: t[0], reverse=True))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
try:
    sorted([1, 2], cmp=lambda a, b: 0)
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
lst = [3, 1, 2]
try:
    def bad_key(x):
        lst.append(x)
        return x
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(sorted([[3, "c"], [1, "a"], [2, "b"]], key=lambda p: p[1], reverse=True))
