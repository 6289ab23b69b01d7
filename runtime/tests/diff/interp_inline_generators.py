"""Generators resumed inline by FOR_ITER_GEN: PEP 479, errors, finally on break,
sys.exc_info inside, nesting, gi_running, RecursionError, handlers, tracebacks."""
import os
_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep  # (paths printed relative)
import sys
def g(n):
    for i in range(n):
        yield i * 2
def tot():
    t = 0
    for k in range(60):
        for x in g(10):
            t += x
    return t
print(tot())
def bad():
    yield 1
    raise StopIteration
for k in range(60):
    try:
        for x in bad():
            pass
    except RuntimeError as e:
        m = (str(e), type(e.__cause__).__name__)
print(m)
def err(n):
    yield 1
    yield 2
    1 / n
for k in range(60):
    try:
        out = [x for x in err(0)]
    except ZeroDivisionError as e:
        m = "zde"
print(m)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin ran", end=";")
for k in range(55):
    for x in fin():
        if x == 1:
            break
print()
def excinfo():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
for k in range(60):
    try:
        raise ValueError
    except ValueError:
        r = [x for x in excinfo()]
        after = sys.exc_info()[0].__name__
print(r, after)
def nested(d):
    if d == 0:
        yield "leaf"
        return
    for x in nested(d - 1):
        yield x + str(d)
for k in range(60):
    r = list(nested(4))
for k in range(60):
    for x in nested(3):
        pass
print(r, x)
def running():
    yield gen_obj.gi_running
    yield gen_obj.gi_frame is not None
for k in range(60):
    gen_obj = running()
    r = [v for v in gen_obj]
    for v in running.__call__():
        pass
print(r)
def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield 0
sys.setrecursionlimit(300)
for k in range(60):
    try:
        for x in deep(1000):
            pass
    except RecursionError as e:
        m = str(e)
print(m)
def caught():
    try:
        yield 1
        1/0
    except ZeroDivisionError:
        yield "caught"
    yield 3
for k in range(60):
    r = []
    for x in caught():
        r.append(x)
print(r)
import traceback
def tb():
    yield 1
    {}["missing"]
def use():
    for x in tb():
        pass
for k in range(60):
    try:
        use()
    except KeyError:
        s = traceback.format_exc()
print(s.replace(_HERE, ""))
g2 = g(3)
for k in range(60):
    pass
print(list(g2), list(g2))
