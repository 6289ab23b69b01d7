# repr of recursive and nested containers, and str vs repr inside containers.
l = [1, 2]
l.append(l)
print(l, repr(l), len(l))
d = {"a": 1}
d["self"] = d
print(d)
nested = [l, d]
print(nested)
a = []
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
dd = {}
dd[1] = [dd, {"k": dd}]
print(dd)
print(["s", "q'uote", 'd"q', "both'\""], ("tab\t",), {"\n": "\\"})
print([1.0, 2.5e10, 1e-10, float("inf")], [True, None], [b"x", bytearray(b"y")])
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
print([R()], R(), str(R()), f"{R()}", f"{R()!r}", (R(),), {R(): R()} if False else {1: R()})
class OnlyStr:
    def __str__(self):
        return "only str"
print(str(OnlyStr()), f"{OnlyStr()}", "%s" % OnlyStr())
deep = []
cur = deep
for i in range(10):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(deep)
s = set()
print(s, repr(set()), repr(frozenset()), {1}, frozenset({2}))
m = {"list": [1, [2, [3]]], "tuple": (1, (2,)), "empty": {}, "set": set()}
print(m)
import sys
print(repr(sys.maxsize), repr(-sys.maxsize - 1))
