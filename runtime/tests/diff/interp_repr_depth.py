# repr of containers nested past the recursion limit raises RecursionError (and leaves no
# stale marks: the same containers print after), self-reference prints as [...]/{...}.
import sys
l = []; c = l
for _ in range(5000):
    n = []; c.append(n); c = n
try:
    repr(l)
except RecursionError as e:
    print("RecursionError", e)
c = l
for _ in range(5):
    c = c[0]
c.clear()
print(repr(l), str(l))
t = (1,)
for _ in range(3000):
    t = (t, 2)
try:
    print(len(repr(t)))
except RecursionError as e:
    print("RecursionError", e)
d = {"a": [1, {"b": (2, 3)}]}
d["self"] = d
print(repr(d))

class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return "R(%r)" % (R(self.n - 1) if self.n else None,)
print(repr(R(5)))
sys.setrecursionlimit(10000)
x = []; c = x
for _ in range(3000):
    n = []; c.append(n); c = n
print(len(repr(x)))
