"""Class calls whose __init__ the hot loop runs inline: results, errors, recursion,
a class changed after its call sites warmed."""
import os
_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep  # (paths printed relative)
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
class Bad:
    def __init__(self):
        return 5
class Raiser:
    def __init__(self, v):
        if v > 90: raise KeyError(v)
        self.v = v
class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None
t = 0
for i in range(100):
    p = P(i, 2)
    t += p.x
print(t)
for i in range(100):
    try:
        Bad()
    except TypeError as e:
        m = str(e)
print(m)
try:
    for i in range(100):
        r = Raiser(i)
except KeyError as e:
    print("keyerror", e, r.v)
for i in range(60): r = Rec(5)
d = 0
while r: d += 1; r = r.child
print(d)
def mk(n):
    return Rec(n)
import sys
sys.setrecursionlimit(200)
for i in range(60):
    try:
        mk(500)
    except RecursionError as e:
        # (CPython's message here depends on which of its C and Python recursion
        # checks trips first; only the type is compared.)
        msg = type(e).__name__
print(msg)
class Q:
    def __init__(self, a):
        self.a = a
for i in range(100):
    q = Q(i)
Q.__init__ = lambda self, a: setattr(self, 'a', -a)
print(Q(3).a)
import traceback
class E:
    def __init__(self, a):
        1/a
def go():
    for i in range(100, -1, -1):
        E(i)
try:
    go()
except ZeroDivisionError:
    print(traceback.format_exc().replace(_HERE, ""), end="")
