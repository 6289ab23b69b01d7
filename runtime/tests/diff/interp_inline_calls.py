"""Python calls the hot loop runs inline: errors unwinding through them, handlers in
callers, RecursionError, frames seen by sys._getframe, tracebacks."""
import os
_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep  # (paths printed relative)
import sys
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1) + 1
def g(n):
    try:
        return f(n)
    except ValueError as e:
        return str(e)
for i in range(200):
    r = g(5)
print(r)
def rec(n):
    return rec(n + 1)
for i in range(100):
    try:
        rec(0)
    except RecursionError as e:
        msg = str(e)
print("rec ok", msg)
def h(a, b):
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_lineno
def caller():
    return h(1, 2)
for i in range(100): x = caller()
print(x)
def fib(n):
    if n < 2: return n
    return fib(n-1) + fib(n-2)
print(fib(22))
class C:
    def m(self, x):
        if x > 95: 1/0
        return x * 2
def loop():
    c = C()
    t = 0
    for i in range(100):
        t += c.m(i)
    return t
try:
    loop()
except ZeroDivisionError:
    import traceback; print(traceback.format_exc().replace(_HERE, ""), end="")
def deep(n):
    if n == 0:
        return sys._getframe()
    return deep(n-1)
for i in range(60): fr = deep(3)
c = 0
while fr: c += 1; fr = fr.f_back
print("depth", c)
def withloop(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
for i in range(100): withloop(10)
print(withloop(10))
