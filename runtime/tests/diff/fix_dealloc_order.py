# The order in which containers release their items (a __del__ can tell), as CPython:
# lists and tuples last first, del of an extended slice in index order; and del of a
# slice of a long list in linear time.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")
t = (A(1), A(2), A(3)); del t; print("tuple")
l = [A(1), A(2), A(3)]; del l; print("list")
d = {1: A(1), 2: A(2)}; del d; print("dict")
d = {A("k1"): A("v1"), A("k2"): A("v2")}; del d; print("dict kv")
l = [A(1), A(2), A(3)]; l.clear(); print("clear")
l = [A(1), A(2), A(3)]; l[:] = []; print("slice")
l = [A(1), A(2), A(3)]; del l[:]; print("del slice")
t = tuple(A(i) for i in range(3)); t = None; print("tuple gen")
class S: __slots__ = ("a", "b")
s = S(); s.a = A("a"); s.b = A("b"); del s; print("slots")
class O: pass
o = O(); o.x = A("x"); o.y = A("y"); del o; print("inst dict")
from collections import deque
q = deque([A(1), A(2)]); del q; print("deque")
l = [A(i) for i in range(6)]; del l[::2]; print("step 2", [a.n for a in l])
l = [A(i) for i in range(6)]; del l[::-2]; print("step -2", [a.n for a in l])
l = [A(i) for i in range(5)]; del l[1:4]; print("plain slice", [a.n for a in l])
l = [A(i) for i in range(3)]; l.__init__([A("new")]); print("init", [a.n for a in l])
big = list(range(300000))
del big[:150000]
del big[::3]
print(len(big), big[:4], big[-1])
