# Program state after an exception interrupts a statement midway.
lst = [1, 2, 3]
try:
    lst.extend(x if x < 5 else 1 / 0 for x in [4, 5, 6])
except ZeroDivisionError:
    pass
print(lst)
d = {}
try:
    for k in "abc":
        d[k] = 10 // (ord(k) - ord("b"))
except ZeroDivisionError:
    pass
print(d)
x = 5
try:
    x += 1 / 0
except ZeroDivisionError:
    pass
print(x)
a, b = 1, 2
try:
    a, b = 10, 1 / 0
except ZeroDivisionError:
    pass
print(a, b)
items = []
def f(v):
    items.append(v)
    if v == 3:
        raise ValueError(v)
    return v
try:
    result = [f(i) for i in range(5)]
except ValueError:
    pass
print(items, "result" in dir())
try:
    t = (f(10), f(3), f(11))
except ValueError:
    pass
print(items)
s = {1, 2}
try:
    s.update([3, [4], 5])
except TypeError:
    pass
print(sorted(s))
class Obj:
    pass
o = Obj()
try:
    o.a = 1
    o.b = 1 / 0
    o.c = 3
except ZeroDivisionError:
    pass
print(sorted(vars(o)))
counter = {"n": 0}
def bump_then_fail():
    counter["n"] += 1
    raise RuntimeError
for _ in range(3):
    try:
        bump_then_fail()
    except RuntimeError:
        pass
print(counter)
lst2 = [3, 1, 2]
try:
    lst2.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError:
    pass
print(sorted(lst2))
def gen():
    yield 1
    yield 1 / 0
    yield 3
g = gen()
out = []
try:
    for v in g:
        out.append(v)
except ZeroDivisionError:
    pass
print(out, list(g))
nums = [1, 2, 3, 4]
try:
    nums[1:3] = (v * 10 if v != 3 else int("x") for v in nums[1:3])
except ValueError:
    pass
print(nums)
dd = {"k": 1}
try:
    dd.update({"new": 1}, **{"k": 1 / 0})
except ZeroDivisionError:
    pass
print(dd)
