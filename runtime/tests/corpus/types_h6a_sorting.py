# Sorting: keys, stability, reverse stability, multi-key sorts, custom comparisons via cmp_to_key.
from functools import cmp_to_key

people = [
    ("Ann", "Smith", 34, 55000.0),
    ("bob", "jones", 25, 48000.0),
    ("Cid", "Smith", 34, 61000.0),
    ("dee", "Adams", 41, 55000.0),
    ("Eve", "jones", 25, 52000.5),
    ("fay", "Brown", 29, 48000.0),
]
print([p[0] for p in sorted(people, key=lambda p: p[2])])
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
print([p[0] for p in sorted(people, key=lambda p: (p[1].lower(), -p[3]))])
print([p[0] for p in sorted(people, key=lambda p: p[0].lower())], sorted(p[0] for p in people))
by_salary = sorted(people, key=lambda p: p[3])
by_salary_then_age = sorted(by_salary, key=lambda p: p[2])
print([(p[0], p[2], p[3]) for p in by_salary_then_age])
print(sorted([3, 1, 2], reverse=True), sorted("Banana", key=str.lower), sorted([], key=len), sorted((1,)))
words = "the quick brown fox jumps over the lazy dog then quits".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), sorted(set(words), key=words.index))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))), max(nums, key=abs), min(nums, key=lambda n: (abs(n), n)))
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["bb", "a", "ccc", "ab", "b"], key=cmp_to_key(compare)))
def version_cmp(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)
print(sorted(["1.10", "1.2", "1.9.9", "2.0", "1.2.0", "0.1"], key=cmp_to_key(version_cmp)))
lst = [("b", 2), ("a", 2), ("c", 1)]
lst.sort(key=lambda t: t[1])
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True, key=lambda t: t[1])
print(lst)
mixed = [3, 1.5, True, 2, 0.5, False]
print(sorted(mixed), sorted(mixed, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{1}, {2}, {1, 2}])
    print(sorted([{1, 2}, {1}, {3}]))
except TypeError as e:
    print("TypeError", e)
try:
    [3, 2, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError", e)
data = list(range(10))
def mutating_key(x):
    data.append(x)
    return x
try:
    data.sort(key=mutating_key)
except ValueError as e:
    print("ValueError", e)
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in "KS 2H TD 2C AH TS".split()]
print(sorted(hand), sorted(hand, reverse=True), max(hand), min(hand))
grades = {"ann": [90, 85], "bob": [70, 95], "cid": [85, 90], "dee": [90, 85]}
ranking = sorted(grades.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
for pos, (name, g) in enumerate(ranking, 1):
    print(f"{pos}. {name:<4} {sum(g):>4} {sum(g) / len(g):6.2f}")
print(sorted(grades, key=grades.get), sorted(grades.values()), list(reversed(sorted(grades))))
nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), sorted([-0.0, 0.0, -0.0]), sorted([1e308, float("inf"), -float("inf"), 0]))
print(sorted(["b", "B", "a", "A", "ä", "_", "1"]), sorted(["b", "B", "a", "A"], key=str.casefold), sorted("hello world"))
print(sorted([(1, 2), (1,), (0, 5, 1), ()]), sorted([[2], [1, 9], [1]]), sorted([b"b", b"ab", b"a"]))
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"], reverse=True)])
import operator
print(sorted(people, key=operator.itemgetter(2, 0))[0], [p[0] for p in sorted(people, key=operator.itemgetter(3), reverse=True)])
