from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary age")
staff = [
    Emp("Ann", "eng", 120_000, 34), Emp("bob", "ops", 85_000, 45), Emp("Cid", "eng", 120_000, 29),
    Emp("dee", "sales", 70_000, 51), Emp("Eve", "ops", 85_000, 38), Emp("fay", "eng", 99_500, 41),
    Emp("Gus", "sales", 70_000, 23), Emp("hal", "eng", 150_000, 60),
]
def show(title, seq):
    print(title)
    for e in seq:
        print(f"   {e.name:<4} {e.dept:<6} {e.salary:>8,} {e.age:>3}")

show("by name (case sensitive)", sorted(staff, key=attrgetter("name")))
show("by name casefold", sorted(staff, key=lambda e: e.name.casefold()))
show("by dept then -salary", sorted(staff, key=lambda e: (e.dept, -e.salary)))
show("stable multi-pass: salary desc then dept", sorted(sorted(staff, key=attrgetter("dept")), key=attrgetter("salary"), reverse=True))
show("itemgetter(1,3)", sorted(staff, key=itemgetter(1, 3)))

def cmp(a, b):
    if a.dept != b.dept:
        return -1 if a.dept > b.dept else 1
    return (a.age > b.age) - (a.age < b.age)
show("cmp_to_key dept desc age asc", sorted(staff, key=cmp_to_key(cmp)))

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "eclair", "fig", "10", "9", "1e3"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=methodcaller("casefold"), reverse=True))
print(sorted(words, key=lambda w: w[::-1]))
def natural(s):
    import re
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20b.txt", "file20a.txt", "img12.png", "img2.png"]
print(sorted(files))
print(sorted(files, key=natural))
data = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(data, key=abs), sorted(data, key=abs, reverse=True), sorted(data, reverse=True))
print(sorted(data, key=lambda x: (x % 3, x)))
lst = list(data); lst.sort(key=lambda x: x * x); print(lst)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=itemgetter(0)), sorted(pairs, key=itemgetter(1)))
print(sorted("hello world"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5), reverse=True))
print(min(staff, key=attrgetter("age")).name, max(staff, key=attrgetter("salary", "age")).name)
print(min([], default="empty"), max([1, 5, 3]), min("bca"), max([(1, "z"), (1, "a")]))
print(max([2, 10, 3], key=str), min([[3], [1, 2], []], key=len))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
floats = [2.5, float("inf"), -0.0, 0.0, 1e-9, -3.5]
print(sorted(floats), sorted(floats, key=lambda f: -f))
print(sorted([True, 0, 2, False, 1.5]))
rank = {e.name: i for i, e in enumerate(sorted(staff, key=attrgetter("salary"), reverse=True), 1)}
print(rank)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for d in sorted(by_dept, key=lambda d: -sum(e.salary for e in by_dept[d])):
    members = sorted(by_dept[d], key=attrgetter("salary"), reverse=True)
    print(f"{d:<6} total={sum(e.salary for e in members):>9,} top={members[0].name} names={[e.name for e in members]}")
print(list(reversed(sorted(staff, key=attrgetter("age"))))[0].name, sorted(staff)[0].name)
