# Generators suspended and resumed by the hot loop (vm/hot.rs): lines, throw, close, send.
import sys
def gen(n):
    for i in range(n):
        x = i * 2
        yield x
        if x > 100:
            return "done"
g = gen(200)
for _ in range(40): v = next(g)
print(v, g.gi_frame.f_lineno)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("VE", e.__traceback__.tb_next.tb_lineno)
def gen2():
    try:
        while True:
            y = yield 1
            if y: yield y + 1
    finally:
        print("closing", sys._getframe().f_lineno)
g2 = gen2()
next(g2)
for i in range(100):
    g2.send(0)
print(g2.send(5), g2.gi_frame.f_lineno)
g2.close()
def deleg():
    r = yield from gen(60)
    print("r", r)
    yield -1
print(sum(x for x in deleg()))
