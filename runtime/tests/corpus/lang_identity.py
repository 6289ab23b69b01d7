# Identity vs equality, singletons, aliasing and copying.
a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
b.append(4)
print(a, c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
print(type(None)() is None, type(...)() is ..., bool() is False)
e = ()
print(e == (), tuple() == (), frozenset() == frozenset())
nested = [[0] * 2] * 3
nested[0][0] = 9
print(nested)
nested = [[0] * 2 for _ in range(3)]
nested[0][0] = 9
print(nested)
d = {"k": [1]}
d2 = d.copy()
d2["k"].append(2)
d2["j"] = 0
print(d, d2)
def f(x):
    x.append("mutated")
    x = ["rebound"]
    return x
arg = []
print(f(arg), arg)
s1 = "hello"
s2 = s1
s1 += " world"
print(s1, s2)
t = (1, [2])
t[1].append(3)
print(t)
class Eq:
    def __eq__(self, o):
        return True
x = Eq()
print(x == 1, x == None, x is None, x != 1)
print([x] == [1], x in [1, 2], 1 in [x])
lst = [float("nan")]
print(lst[0] == lst[0], lst[0] in lst, lst == lst, [float("nan")] == [float("nan")])
k = float("nan")
dd = {k: 1}
print(k in dd, float("nan") in dd)
print(1 == 1.0, 1 == True, 0 == False, "1" == 1, [1] == (1,))
print(list(a) == a, a[:] is a, a[:] == a)
obj = object()
print(obj == obj, obj is obj, obj != object())
q = r = []
q += [1]
print(r)
q = q + [2]
print(q, r)
